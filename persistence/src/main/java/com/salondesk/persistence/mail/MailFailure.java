package com.salondesk.persistence.mail;

/**
 * The mail server did not take a message, in plain words (never the password). {@code permanent} when trying again
 * cannot help (the server refused the address itself); otherwise the next attempt may succeed.
 */
public final class MailFailure extends Exception {

    private final boolean permanent;

    public MailFailure(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
