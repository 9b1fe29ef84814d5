package com.salondesk.app.port;

/** The e-mail settings as the form has them: server, port (as typed), security, account and sender address. */
public record EmailForm(String host, String port, EmailSecurity security, String user, String password, String from) {
}
