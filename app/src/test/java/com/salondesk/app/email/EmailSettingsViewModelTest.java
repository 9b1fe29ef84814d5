package com.salondesk.app.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.salondesk.app.TestMailServer;
import com.salondesk.app.TestSalon;
import com.salondesk.app.language.Texts;
import com.salondesk.app.port.EmailSecurity;
import com.salondesk.app.task.CurrentThreadTaskExecutor;
import com.salondesk.app.wiring.FrontDesk;
import com.salondesk.persistence.mail.MailSettings;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings ▸ E-mail against a real SMTP server: kept only after a test message went through them. */
class EmailSettingsViewModelTest {

    @TempDir
    Path folder;
    private FrontDesk desk;
    private EmailSettingsViewModel email;
    private GreenMail smtp;
    private int port;

    @BeforeEach
    void open() {
        desk = TestSalon.open(folder);
        email = desk.emailSettings(new CurrentThreadTaskExecutor());
        email.refresh();
        port = TestMailServer.freePort();
    }

    @AfterEach
    void close() {
        desk.close();
        if (smtp != null) {
            smtp.stop();
        }
    }

    private void fill(String host, String port, String from) {
        email.hostProperty().set(host);
        email.portProperty().set(port);
        email.securityProperty().set(EmailSecurity.NONE);
        email.fromProperty().set(from);
    }

    @Test
    void wrong_fields_are_named_beside_them_and_nothing_is_kept() {
        assertThat(email.messageProperty().get()).isEqualTo(Texts.get("email.none"));
        fill("", "five-eight-seven", "salon at example");
        email.userProperty().set("maria");

        email.sendTestAndKeep();

        assertThat(email.hostErrorProperty().get()).isEqualTo(Texts.get("email.problem.HOST_REQUIRED"));
        assertThat(email.portErrorProperty().get()).isEqualTo(Texts.get("email.problem.PORT_NOT_A_NUMBER"));
        assertThat(email.passwordErrorProperty().get()).isEqualTo(Texts.get("email.problem.USER_WITHOUT_PASSWORD"));
        assertThat(email.fromErrorProperty().get()).isEqualTo(Texts.get("email.problem.FROM_INVALID"));
        assertThat(email.messageProperty().get()).isEqualTo(Texts.get("email.notKept"));
        assertThat(Files.exists(folder.resolve(MailSettings.FILE))).isFalse();

        email.portProperty().set("587");
        assertThat(email.portErrorProperty().get()).as("the error goes once the field changes").isEmpty();
        email.testRecipientProperty().set("nobody");
        email.sendTestAndKeep();
        assertThat(email.testRecipientErrorProperty().get())
                .isEqualTo(Texts.get("email.problem.TEST_RECIPIENT_INVALID"));
    }

    @Test
    void settings_whose_test_message_did_not_go_are_not_kept() {
        fill("127.0.0.1", String.valueOf(port), "salon@example.com");

        email.sendTestAndKeep();

        assertThat(email.messageProperty().get()).startsWith(Texts.get("email.testFailed", "").strip())
                .contains("cannot be reached");
        assertThat(Files.exists(folder.resolve(MailSettings.FILE))).isFalse();
        assertThat(email.sendingProperty().get()).isFalse();
    }

    @Test
    void a_test_message_that_went_keeps_the_settings() throws Exception {
        smtp = TestMailServer.startOn(port);
        fill("127.0.0.1", String.valueOf(port), "salon@example.com");
        email.testRecipientProperty().set("maria@example.com");

        email.sendTestAndKeep();

        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage test = smtp.getReceivedMessages()[0];
        assertThat(test.getAllRecipients()[0].toString()).isEqualTo("maria@example.com");
        assertThat(test.getSubject()).isEqualTo(Texts.get("email.test.subject"));
        assertThat(email.messageProperty().get()).isEqualTo(Texts.get("email.kept", "maria@example.com"));
        assertThat(MailSettings.read(folder)).hasValueSatisfying(kept -> {
            assertThat(kept.host()).isEqualTo("127.0.0.1");
            assertThat(kept.port()).isEqualTo(port);
            assertThat(kept.from()).isEqualTo("salon@example.com");
        });

        EmailSettingsViewModel again = desk.emailSettings(new CurrentThreadTaskExecutor());
        again.refresh();
        assertThat(again.hostProperty().get()).isEqualTo("127.0.0.1");
        assertThat(again.messageProperty().get()).isEqualTo(Texts.get("email.current"));
    }
}
