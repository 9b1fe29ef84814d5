package com.salondesk.domain.notification;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The desk's own words for each kind of message, from {@code com/salondesk/domain/notification/templates*.properties}
 * (English, German in {@code _de}); a branch may write its own ({@link BranchTemplates}).
 */
public final class StandardTemplates {

    static final String BUNDLE = "com.salondesk.domain.notification.templates";

    private StandardTemplates() {
    }

    public static MessageTemplate of(NotificationKind kind, String language) {
        ResourceBundle words = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageTemplate(words.getString(kind.templateKey() + ".subject"),
                words.getString(kind.templateKey() + ".body"));
    }
}
