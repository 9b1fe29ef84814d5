package com.salondesk.persistence.mail;

/** How the desk protects its connection to the mail server. */
public enum MailSecurity {
    /** Plain connection, upgraded with STARTTLS, which the server must offer (usually port 587). */
    STARTTLS,
    /** TLS from the first byte (SMTPS, usually port 465). */
    TLS,
    /** No encryption: only for a mail server on the desk's own machine or network (port 25). */
    NONE
}
