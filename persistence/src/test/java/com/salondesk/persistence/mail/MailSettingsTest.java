package com.salondesk.persistence.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salondesk.persistence.runtime.RetryPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The e-mail settings: every wrong field named, kept owner-only, the password never shown. */
class MailSettingsTest {

    @TempDir
    Path folder;

    @Test
    void every_wrong_field_is_named_at_once() {
        assertThat(MailSettings.problems("", "port", MailSecurity.STARTTLS, "maria", "", "not an address"))
                .isEqualTo(Map.of(MailField.HOST, MailProblem.HOST_REQUIRED, MailField.PORT,
                        MailProblem.PORT_NOT_A_NUMBER, MailField.PASSWORD, MailProblem.USER_WITHOUT_PASSWORD,
                        MailField.FROM, MailProblem.FROM_INVALID));
        assertThat(MailSettings.problems("smtp example", "70000", null, "", "secret", ""))
                .isEqualTo(Map.of(MailField.HOST, MailProblem.HOST_INVALID, MailField.PORT, MailProblem.PORT_OUT_OF_RANGE,
                        MailField.SECURITY, MailProblem.SECURITY_REQUIRED, MailField.USER,
                        MailProblem.PASSWORD_WITHOUT_USER, MailField.FROM, MailProblem.FROM_REQUIRED));
        assertThat(MailSettings.problems("smtp.example.com", "587", MailSecurity.STARTTLS, "maria", "s3cret",
                "salon@example.com")).isEmpty();
    }

    @Test
    void bad_settings_are_refused_and_nothing_is_stored() {
        assertThatThrownBy(() -> MailSettings.of("smtp.example.com", "0", MailSecurity.TLS, "", "", "salon@example.com"))
                .isInstanceOfSatisfying(InvalidMailSettings.class, e -> assertThat(e.problems())
                        .isEqualTo(Map.of(MailField.PORT, MailProblem.PORT_OUT_OF_RANGE)));
        assertThat(MailSettings.read(folder)).isEmpty();
    }

    @Test
    void settings_are_kept_for_their_owner_only_and_read_back() throws Exception {
        var settings = MailSettings.of(" smtp.example.com ", "465", MailSecurity.TLS, "maria", "s3cret pass",
                "salon@example.com").withRetry(new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(9)));
        settings.save(folder);

        assertThat(MailSettings.read(folder)).contains(settings);
        Path file = folder.resolve(MailSettings.FILE);
        if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        assertThat(settings.toString()).doesNotContain("s3cret").contains("smtp.example.com:465");
    }

    @Test
    void damaged_settings_say_where_they_are_and_what_to_do() throws Exception {
        Files.writeString(folder.resolve(MailSettings.FILE), "host=smtp.example.com\nport=twenty-five\n");
        assertThatThrownBy(() -> MailSettings.read(folder)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(MailSettings.FILE).hasMessageContaining("Settings, E-mail");
    }
}
