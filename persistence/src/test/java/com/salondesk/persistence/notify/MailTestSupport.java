package com.salondesk.persistence.notify;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.salondesk.persistence.mail.MailSecurity;
import com.salondesk.persistence.mail.MailSettings;
import com.salondesk.persistence.runtime.RetryPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** A real in-process SMTP server (GreenMail) on a free port, and the desk's settings pointing at it. */
final class MailTestSupport {

    private MailTestSupport() {
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GreenMail smtpServer(int port) {
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    /** Settings for the server on {@code port}, retrying three times within a fraction of a second. */
    static void useServer(Path folder, int port) {
        new MailSettings("127.0.0.1", port, MailSecurity.NONE, "", "", "salon@example.com",
                new RetryPolicy(3, Duration.ofMillis(50), Duration.ofMillis(200))).save(folder);
    }

    /** Waits up to ten seconds for {@code condition}; false if it never held. */
    static boolean within(Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
