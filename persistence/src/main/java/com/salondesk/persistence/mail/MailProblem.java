package com.salondesk.persistence.mail;

/** What is wrong with a field of the e-mail settings; the app and the support commands put it in words. */
public enum MailProblem {
    HOST_REQUIRED,
    HOST_INVALID,
    PORT_REQUIRED,
    PORT_NOT_A_NUMBER,
    PORT_OUT_OF_RANGE,
    SECURITY_REQUIRED,
    PASSWORD_WITHOUT_USER,
    USER_WITHOUT_PASSWORD,
    FROM_REQUIRED,
    FROM_INVALID
}
