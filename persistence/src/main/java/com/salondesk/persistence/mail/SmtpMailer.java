package com.salondesk.persistence.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;

/** Sends e-mail through the SMTP server of the desk's {@link MailSettings} (Eclipse Angus Mail). */
public final class SmtpMailer {

    /** How long connecting, and each read or write, may take before the attempt counts as failed. */
    static final int TIMEOUT_MILLIS = 20_000;

    private final Clock clock;

    public SmtpMailer(Clock clock) {
        this.clock = clock;
    }

    /** Hands {@code mail} to the server; returns once the server accepted it. */
    public void send(MailSettings settings, OutgoingMail mail) throws MailFailure {
        Session session = Session.getInstance(properties(settings));
        MimeMessage message;
        try {
            message = new FixedIdMessage(session, mail.messageId());
            message.setFrom(new InternetAddress(settings.from(), mail.senderName().isBlank() ? null : mail.senderName(),
                    "UTF-8"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
            message.setSubject(mail.subject(), "UTF-8");
            message.setText(mail.body(), "UTF-8");
            message.setHeader("Content-Language", mail.language());
            message.setSentDate(Date.from(clock.instant()));
            message.saveChanges();
        } catch (AddressException e) {
            throw new MailFailure("'" + mail.to() + "' is not an e-mail address the desk can send to", true, e);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailFailure("the message could not be put together: " + e.getMessage(), true, e);
        }
        String protocol = settings.security() == MailSecurity.TLS ? "smtps" : "smtp";
        try (Transport transport = session.getTransport(protocol)) {
            transport.connect(settings.host(), settings.port(), settings.logsIn() ? settings.user() : null,
                    settings.logsIn() ? settings.password() : null);
            transport.sendMessage(message, message.getAllRecipients());
        } catch (AuthenticationFailedException e) {
            throw new MailFailure("the mail server " + where(settings) + " refused the login of user '"
                    + settings.user() + "'", false, e);
        } catch (SendFailedException e) {
            boolean refusedAddress = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
            throw new MailFailure(refusedAddress
                    ? "the mail server " + where(settings) + " refused the address " + mail.to()
                    : "the mail server " + where(settings) + " did not take the message: " + firstLine(e), refusedAddress,
                    e);
        } catch (MessagingException e) {
            throw new MailFailure(describe(settings, e), false, e);
        }
    }

    private static String describe(MailSettings settings, MessagingException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return switch (cause) {
            case UnknownHostException u -> "the mail server " + settings.host() + " is not known (check its name)";
            case ConnectException c -> "the mail server " + where(settings) + " cannot be reached (" + c.getMessage() + ")";
            case SocketTimeoutException t -> "the mail server " + where(settings) + " did not answer in time";
            default -> "the mail server " + where(settings) + " did not take the message: " + firstLine(e);
        };
    }

    private static String where(MailSettings settings) {
        return settings.host() + ":" + settings.port();
    }

    private static String firstLine(Exception e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).strip();
    }

    private static Properties properties(MailSettings settings) {
        String p = settings.security() == MailSecurity.TLS ? "mail.smtps." : "mail.smtp.";
        Properties props = new Properties();
        props.setProperty(p + "host", settings.host());
        props.setProperty(p + "port", String.valueOf(settings.port()));
        props.setProperty(p + "auth", String.valueOf(settings.logsIn()));
        props.setProperty(p + "connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
        props.setProperty(p + "timeout", String.valueOf(TIMEOUT_MILLIS));
        props.setProperty(p + "writetimeout", String.valueOf(TIMEOUT_MILLIS));
        props.setProperty(p + "from", settings.from());
        switch (settings.security()) {
            case STARTTLS -> {
                props.setProperty("mail.smtp.starttls.enable", "true");
                props.setProperty("mail.smtp.starttls.required", "true");
                props.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case TLS -> props.setProperty("mail.smtps.ssl.checkserveridentity", "true");
            case NONE -> {
            }
        }
        return props;
    }

    /** A message whose Message-ID is the outbox's, not one made up afresh on each attempt. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
