package com.salondesk.domain.shared;

import java.util.Objects;

/**
 * A command broke a business rule. The {@link #code()} is stable (tests, the UI and the sync protocol
 * match on it); the message is for people.
 */
public final class DomainRejection extends RuntimeException {
    private final String code;

    public DomainRejection(String code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    public String code() {
        return code;
    }
}
