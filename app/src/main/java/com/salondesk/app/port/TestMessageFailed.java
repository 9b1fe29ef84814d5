package com.salondesk.app.port;

/** The mail server did not take the test message; the message says why (the server's words, never the password). */
public final class TestMessageFailed extends Exception {

    public TestMessageFailed(String why, Throwable cause) {
        super(why, cause);
    }
}
