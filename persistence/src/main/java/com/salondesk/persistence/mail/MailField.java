package com.salondesk.persistence.mail;

/** A field of the e-mail settings, so that a problem is shown beside the field it is about. */
public enum MailField {
    HOST,
    PORT,
    SECURITY,
    USER,
    PASSWORD,
    FROM
}
