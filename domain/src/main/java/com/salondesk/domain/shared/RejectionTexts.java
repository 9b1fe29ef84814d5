package com.salondesk.domain.shared;

import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words for a {@link DomainRejection} in a person's language: a pattern per code from the bundle
 * {@code com/salondesk/domain/rejections*.properties} (English is the default, German in {@code _de}), with
 * the rejection's arguments filled in and formatted for that locale.
 */
public final class RejectionTexts {

    static final String BUNDLE = "com.salondesk.domain.rejections";

    private RejectionTexts() {
    }

    /** The text of a rejection in the given language (English when there are no words for it). */
    public static String text(DomainRejection rejection, Locale locale) {
        ResourceBundle words = bundle(locale);
        String pattern;
        try {
            pattern = words.getString(rejection.code());
        } catch (MissingResourceException unknown) {
            // A code without words still says something a support person can look up.
            return rejection.code() + " " + rejection.arguments();
        }
        Object[] arguments = rejection.arguments().stream().map(a -> say(a, words, locale)).toArray();
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /** The bundle for a locale, falling back to English rather than to the JVM's default locale. */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String say(Object argument, ResourceBundle words, Locale locale) {
        return switch (argument) {
            case DayOfWeek day -> day.getDisplayName(TextStyle.FULL, locale);
            case LocalDate date -> date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
            case LocalTime time -> TimeTexts.time(time, locale);
            case TimeRange range -> TimeTexts.range(range, locale);
            case Enum<?> value -> wordFor(words, "value." + value.getDeclaringClass().getSimpleName() + "." + value.name(),
                    value.name().toLowerCase(Locale.ROOT).replace('_', ' '));
            case Collection<?> items when items.isEmpty() -> wordFor(words, "list.none", "none");
            case Collection<?> items -> list(items.stream().map(i -> say(i, words, locale)).toList(), words, locale);
            case Number number -> number.toString();
            default -> String.valueOf(argument);
        };
    }

    /** "a, b and c", the way the desk's screens join a list (its {@code format.list.*} words). */
    private static String list(List<String> items, ResourceBundle words, Locale locale) {
        if (items.size() == 1) {
            return items.getFirst();
        }
        String allButLast = String.join(wordFor(words, "list.separator", ", "), items.subList(0, items.size() - 1));
        return new MessageFormat(wordFor(words, "list.last", "{0} and {1}"), locale).format(
                new Object[] {allButLast, items.getLast()});
    }

    private static String wordFor(ResourceBundle words, String key, String otherwise) {
        return words.containsKey(key) ? words.getString(key) : otherwise;
    }

    /** Whether the default (English) words have a pattern for this code. */
    public static boolean hasWords(String code) {
        return bundle(Locale.ROOT).containsKey(code);
    }

    /** Every code the bundle has words for (tests check that both languages cover the same codes). */
    public static List<String> codes(Locale locale) {
        return bundle(locale).keySet().stream().filter(k -> !k.startsWith("value.") && !k.startsWith("list."))
                .sorted().toList();
    }
}
