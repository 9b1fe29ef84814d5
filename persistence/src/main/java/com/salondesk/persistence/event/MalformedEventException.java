package com.salondesk.persistence.event;

/** A stored or received event whose payload cannot be read as its type says. */
public final class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
