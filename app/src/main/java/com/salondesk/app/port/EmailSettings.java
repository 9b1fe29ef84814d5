package com.salondesk.app.port;

import java.util.Optional;

/** The desk's e-mail settings: what they are, and new ones, kept only after a test message went through them. */
public interface EmailSettings {

    /** The settings in use (the password left out), if the desk sends e-mail. */
    Optional<EmailForm> current();

    /**
     * Sends a test message to {@code testRecipient} through {@code form}'s server and, once the server took it,
     * keeps the settings. Throws {@link EmailSettingsRefused} when a field is wrong and {@link TestMessageFailed}
     * when the server did not take the message; either way nothing is kept.
     */
    void sendTestAndKeep(EmailForm form, String testRecipient, String subject, String body)
            throws EmailSettingsRefused, TestMessageFailed;
}
