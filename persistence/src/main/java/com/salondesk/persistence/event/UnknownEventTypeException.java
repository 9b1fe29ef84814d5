package com.salondesk.persistence.event;

/** An event type or schema version that this build does not know. */
public final class UnknownEventTypeException extends RuntimeException {
    private final String type;
    private final int schemaVersion;

    public UnknownEventTypeException(String type, int schemaVersion, String message) {
        super(message);
        this.type = type;
        this.schemaVersion = schemaVersion;
    }

    public String type() {
        return type;
    }

    public int schemaVersion() {
        return schemaVersion;
    }
}
