package com.salondesk.app.start;

/** The command line or environment asked for something the desk cannot start with. */
public final class BadStartOptions extends RuntimeException {
    public BadStartOptions(String message) {
        super(message);
    }
}
