package com.salondesk.app.port;

/**
 * The desk could not be connected to the sync server, and nothing was changed or stored. {@link #code()} says
 * which check said no (for the field the words belong beside); the message is the back end's own words.
 */
public final class ConnectRefusal extends RuntimeException {

    private final String code;

    public ConnectRefusal(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** A stable reason code, such as {@code server-unreachable} or {@code token-refused}. */
    public String code() {
        return code;
    }
}
