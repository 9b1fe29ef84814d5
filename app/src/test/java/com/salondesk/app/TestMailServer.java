package com.salondesk.app;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** A real in-process SMTP server (GreenMail) for app tests, on a port chosen free so that it can stop and start again. */
public final class TestMailServer {

    private TestMailServer() {
    }

    /** A port nobody listens on (yet). */
    public static int freePort() {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An SMTP server listening on 127.0.0.1:{@code port}, started. */
    public static GreenMail startOn(int port) {
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }
}
