package com.salondesk.app.wiring;

import com.salondesk.app.port.EmailForm;
import com.salondesk.app.port.EmailSecurity;
import com.salondesk.app.port.EmailSettings;
import com.salondesk.app.port.EmailSettingsRefused;
import com.salondesk.app.port.TestMessageFailed;
import com.salondesk.domain.shared.UuidV7;
import com.salondesk.persistence.mail.InvalidMailSettings;
import com.salondesk.persistence.mail.MailFailure;
import com.salondesk.persistence.mail.MailSecurity;
import com.salondesk.persistence.mail.MailSettings;
import com.salondesk.persistence.mail.OutgoingMail;
import com.salondesk.persistence.mail.SmtpMailer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The e-mail settings in the desk's data folder ({@code mail.properties}), kept only once a test message went. */
final class DeskEmail implements EmailSettings {

    private final Path dataDir;
    private final SmtpMailer mailer;
    private final Locale language;

    DeskEmail(Path dataDir, Clock clock, Locale language) {
        this.dataDir = dataDir;
        this.mailer = new SmtpMailer(clock);
        this.language = language;
    }

    @Override
    public Optional<EmailForm> current() {
        return MailSettings.read(dataDir).map(s -> new EmailForm(s.host(), String.valueOf(s.port()),
                EmailSecurity.valueOf(s.security().name()), s.user(), "", s.from()));
    }

    @Override
    public void sendTestAndKeep(EmailForm form, String testRecipient, String subject, String body)
            throws EmailSettingsRefused, TestMessageFailed {
        MailSettings settings;
        try {
            settings = MailSettings.of(form.host(), form.port(),
                    form.security() == null ? null : MailSecurity.valueOf(form.security().name()), form.user(),
                    form.password(), form.from());
        } catch (InvalidMailSettings refused) {
            Map<String, String> problems = new LinkedHashMap<>();
            refused.problems().forEach((field, problem) -> problems.put(field.name().toLowerCase(Locale.ROOT),
                    problem.name()));
            throw new EmailSettingsRefused(problems);
        }
        // A retry schedule an operator wrote into the file stays as it was.
        MailSettings kept = settings;
        try {
            kept = MailSettings.read(dataDir).map(before -> settings.withRetry(before.retry())).orElse(settings);
        } catch (IllegalStateException damaged) {
            // Damaged settings are what the person is replacing.
        }
        String messageId = OutgoingMail.messageIdFor("test-" + UuidV7.next(), settings.from());
        try {
            mailer.send(settings, new OutgoingMail(messageId, testRecipient, language.getLanguage(), "", subject,
                    body));
        } catch (MailFailure failure) {
            throw new TestMessageFailed(failure.getMessage(), failure);
        }
        kept.save(dataDir);
    }
}
