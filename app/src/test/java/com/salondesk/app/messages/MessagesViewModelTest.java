package com.salondesk.app.messages;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.salondesk.app.SalonBookings;
import com.salondesk.app.TestMailServer;
import com.salondesk.app.TestSalon;
import com.salondesk.app.port.CustomerMessage;
import com.salondesk.app.task.CurrentThreadTaskExecutor;
import com.salondesk.app.wiring.FrontDesk;
import com.salondesk.persistence.mail.MailSecurity;
import com.salondesk.persistence.mail.MailSettings;
import com.salondesk.persistence.runtime.RetryPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Support ▸ Messages on a real desk: a message the mail server never took is shown given up, and sent on request. */
class MessagesViewModelTest {

    @TempDir
    Path folder;
    private FrontDesk desk;
    private GreenMail smtp;

    @AfterEach
    void close() {
        if (desk != null) {
            desk.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    private static CustomerMessage await(MessagesViewModel messages, Predicate<CustomerMessage> condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            messages.refresh();
            var match = messages.rows().stream().filter(condition).findFirst();
            if (match.isPresent()) {
                return match.get();
            }
            Thread.sleep(25);
        }
        throw new AssertionError("no such message within 15 s; the list: " + messages.rows());
    }

    @Test
    void a_given_up_message_is_shown_with_its_error_and_goes_when_sent_again() throws Exception {
        int port = TestMailServer.freePort();
        desk = TestSalon.open(folder);
        // One attempt: the desk's clock stands still in tests, so a retry would never fall due.
        new MailSettings("127.0.0.1", port, MailSecurity.NONE, "", "", "salon@example.com",
                new RetryPolicy(1, Duration.ZERO, Duration.ZERO)).save(folder);
        MessagesViewModel messages = desk.messages(new CurrentThreadTaskExecutor());

        new SalonBookings(desk).book(TestSalon.BEN, "11:00", "11:45");
        // The saga confirms the booking at once, so its final confirmation is given up beside the request.
        CustomerMessage givenUp = await(messages, m -> m.status() == CustomerMessage.Status.GIVEN_UP
                && m.kind().equals("BOOKING_CREATED"));

        assertThat(givenUp.recipient()).isEqualTo("jane@example.com");
        assertThat(MessagesViewModel.kindWords(givenUp.kind())).isEqualTo("New booking");
        assertThat(MessagesViewModel.statusWords(givenUp)).isEqualTo("Given up");
        assertThat(givenUp.error()).contains("cannot be reached");
        messages.selectedProperty().set(givenUp);
        assertThat(messages.canResendProperty().get()).isTrue();

        smtp = TestMailServer.startOn(port);
        messages.resend();

        assertThat(messages.messageProperty().get()).isEqualTo("The message to jane@example.com is sent again.");
        assertThat(smtp.waitForIncomingEmail(15_000, 1)).isTrue();
        CustomerMessage sent = await(messages, m -> m.status() == CustomerMessage.Status.SENT
                && m.id().equals(givenUp.id()));
        assertThat(sent.id()).isEqualTo(givenUp.id());
        messages.selectedProperty().set(sent);
        assertThat(messages.canResendProperty().get()).isFalse();
    }
}
