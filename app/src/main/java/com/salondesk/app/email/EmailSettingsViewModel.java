package com.salondesk.app.email;

import com.salondesk.app.desk.Explanation;
import com.salondesk.app.language.Texts;
import com.salondesk.app.port.EmailForm;
import com.salondesk.app.port.EmailSecurity;
import com.salondesk.app.port.EmailSettings;
import com.salondesk.app.port.EmailSettingsRefused;
import com.salondesk.app.port.TestMessageFailed;
import com.salondesk.app.task.TaskExecutor;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings ▸ E-mail: the mail server the desk sends customer messages through. New settings are kept only after a
 * test message went through them; what is wrong is said beside the field it concerns, and nothing is kept.
 */
public final class EmailSettingsViewModel {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");

    private final EmailSettings settings;
    private final TaskExecutor tasks;

    // properties
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty("587");
    private final ObjectProperty<EmailSecurity> security = new SimpleObjectProperty<>(EmailSecurity.STARTTLS);
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty testRecipient = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper hostError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper portError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper securityError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper userError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper passwordError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fromError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper testRecipientError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper(false);

    public EmailSettingsViewModel(EmailSettings settings, TaskExecutor tasks) {
        this.settings = settings;
        this.tasks = tasks;
        // An error speaks of what was typed: once that changes, it no longer applies.
        host.addListener(o -> hostError.set(""));
        port.addListener(o -> portError.set(""));
        security.addListener(o -> securityError.set(""));
        user.addListener(o -> {
            userError.set("");
            passwordError.set("");
        });
        password.addListener(o -> {
            passwordError.set("");
            userError.set("");
        });
        from.addListener(o -> fromError.set(""));
        testRecipient.addListener(o -> testRecipientError.set(""));
    }

    // commands

    /** Fills the form with the settings in use (the password is never shown: it is typed again to change them). */
    public void refresh() {
        tasks.execute(settings::current, current -> current.ifPresentOrElse(f -> {
            host.set(f.host());
            port.set(f.port());
            security.set(f.security());
            user.set(f.user());
            from.set(f.from());
            message.set(Texts.get("email.current"));
        }, () -> message.set(Texts.get("email.none"))), failure -> message.set(Texts.get("email.unreadable",
                Explanation.of(failure))));
    }

    /**
     * Sends a test message through the typed settings to the test address (the sender address when none is given)
     * and keeps the settings once the server took it; false when a field is wrong before anything is tried.
     */
    public boolean sendTestAndKeep() {
        if (sending.get()) {
            return false;
        }
        message.set("");
        // Without a test address the message goes to the sender address, which the settings' own check judges.
        boolean typed = testRecipient.get() != null && !testRecipient.get().isBlank();
        String to = typed ? testRecipient.get().strip() : from.get().strip();
        if (typed && !ADDRESS.matcher(to).matches()) {
            testRecipientError.set(Texts.get("email.problem.TEST_RECIPIENT_INVALID"));
            return false;
        }
        EmailForm form = new EmailForm(host.get(), port.get(), security.get(), user.get(), password.get(), from.get());
        sending.set(true);
        message.set(Texts.get("email.sending", to));
        tasks.execute(() -> {
            settings.sendTestAndKeep(form, to, Texts.get("email.test.subject"), Texts.get("email.test.body"));
            return to;
        }, sentTo -> {
            sending.set(false);
            password.set("");
            message.set(Texts.get("email.kept", sentTo));
        }, failure -> {
            sending.set(false);
            switch (failure) {
                case EmailSettingsRefused refused -> {
                    showProblems(refused.problems());
                    message.set(Texts.get("email.notKept"));
                }
                case TestMessageFailed notSent -> message.set(Texts.get("email.testFailed", notSent.getMessage()));
                default -> message.set(Texts.get("email.testFailed", Explanation.of(failure)));
            }
        });
        return true;
    }

    private void showProblems(Map<String, String> problems) {
        problems.forEach((field, problem) -> {
            ReadOnlyStringWrapper error = switch (field) {
                case "host" -> hostError;
                case "port" -> portError;
                case "security" -> securityError;
                case "user" -> userError;
                case "password" -> passwordError;
                default -> fromError;
            };
            error.set(Texts.get("email.problem." + problem));
        });
    }

    // property accessors

    public List<EmailSecurity> securityChoices() {
        return List.of(EmailSecurity.values());
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public ObjectProperty<EmailSecurity> securityProperty() {
        return security;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty testRecipientProperty() {
        return testRecipient;
    }

    public ReadOnlyStringProperty hostErrorProperty() {
        return hostError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty portErrorProperty() {
        return portError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty securityErrorProperty() {
        return securityError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty userErrorProperty() {
        return userError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty passwordErrorProperty() {
        return passwordError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fromErrorProperty() {
        return fromError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty testRecipientErrorProperty() {
        return testRecipientError.getReadOnlyProperty();
    }

    /** How the last attempt went, or what the form shows. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sendingProperty() {
        return sending.getReadOnlyProperty();
    }
}
