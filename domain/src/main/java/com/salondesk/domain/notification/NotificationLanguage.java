package com.salondesk.domain.notification;

import com.salondesk.domain.branch.Address;
import com.salondesk.domain.shared.DomainRejection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The languages customers are written to in, and which one a customer gets. */
public final class NotificationLanguage {

    /** Languages with standard templates, the first the fallback. */
    public static final List<String> SUPPORTED = List.of("en", "de");

    /** Countries (ISO code or name, as a branch's address gives it) whose customers are written to in German. */
    private static final Set<String> GERMAN_SPEAKING = Set.of("de", "at", "ch", "li", "germany", "deutschland",
            "austria", "österreich", "switzerland", "schweiz");

    private NotificationLanguage() {
    }

    /**
     * The language a customer of a branch at {@code address} is written to in: German where German is spoken,
     * English elsewhere.
     */
    public static String forBranch(Address address) {
        String country = address == null ? "" : address.country().strip().toLowerCase(Locale.ROOT);
        return GERMAN_SPEAKING.contains(country) ? "de" : "en";
    }

    static void require(String language) {
        if (!SUPPORTED.contains(language)) {
            throw new DomainRejection("notification.unknown-language", language, SUPPORTED);
        }
    }
}
