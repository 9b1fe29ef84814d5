package com.salondesk.app.port;

/** How the desk protects its connection to the mail server, as the form offers it. */
public enum EmailSecurity {
    STARTTLS,
    TLS,
    NONE
}
