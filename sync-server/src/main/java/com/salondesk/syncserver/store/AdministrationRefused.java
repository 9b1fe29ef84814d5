package com.salondesk.syncserver.store;

import java.util.Objects;

/** Headquarters asked for something the directory cannot do (a tenant that exists already, an unknown device…). */
public final class AdministrationRefused extends RuntimeException {

    /** Why the operation was refused. */
    public enum Reason {
        TENANT_EXISTS, UNKNOWN_TENANT, DEVICE_EXISTS, UNKNOWN_DEVICE, INVALID_ID
    }

    private final Reason reason;
    private final String subject;

    public AdministrationRefused(Reason reason, String subject, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.subject = subject;
    }

    public Reason reason() {
        return reason;
    }

    /** The id the refusal is about. */
    public String subject() {
        return subject;
    }
}
