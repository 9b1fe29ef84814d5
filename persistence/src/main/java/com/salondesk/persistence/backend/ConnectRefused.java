package com.salondesk.persistence.backend;

import java.util.Objects;

/**
 * Connecting a desk to a chain was refused and nothing changed: {@link #reason()} is a code for texts
 * ({@value #TENANT_HAS_HISTORY}, {@value #SYNCED_ELSEWHERE}), the message says it in plain words.
 */
public final class ConnectRefused extends RuntimeException {

    /** The desk has events of its own and the tenant has events already: they cannot be merged. */
    public static final String TENANT_HAS_HISTORY = "tenant-has-history";
    /** The desk's events are already on a sync server under another tenant or device. */
    public static final String SYNCED_ELSEWHERE = "synced-elsewhere";

    private final String reason;

    public ConnectRefused(String reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public String reason() {
        return reason;
    }
}
