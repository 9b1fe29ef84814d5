package com.salondesk.app.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which language the desk speaks: the person's choice kept in the data folder ({@code language.txt}), else
 * {@code SALONDESK_LOCALE}, else the computer's own locale. English and German are shipped.
 */
public final class DeskLocale {

    /** The languages the desk has texts for, in the order the Language menu offers them. */
    public static final List<Locale> SHIPPED = List.of(Locale.ENGLISH, Locale.GERMAN);
    public static final String ENVIRONMENT_VARIABLE = "SALONDESK_LOCALE";
    static final String CHOICE_FILE = "language.txt";
    /**
     * A language alone says nothing of the calendar: Java then starts weeks on Sunday and writes 12/1/26.
     * Where the computer names no country (a C or POSIX locale), a salon desk gets the conventions of the
     * country each language is first spoken in here.
     */
    private static final Map<String, String> HOME_COUNTRY = Map.of("en", "GB", "de", "DE");

    /** The computer's own locale, as the JVM found it before the desk chose one. */
    private static final Locale SYSTEM = Locale.getDefault();

    private DeskLocale() {
    }

    /** The computer's own locale (the desk's choice later becomes the JVM's default, so it is kept here). */
    public static Locale system() {
        return SYSTEM;
    }

    /**
     * The locale to start with: the choice saved in {@code dataFolder}, else the environment's, else the
     * system's. A chosen language keeps the system's country where it has one (German on a Swiss PC: de-CH).
     */
    public static Locale resolve(Path dataFolder, Map<String, String> environment, Locale system) {
        Optional<Locale> chosen = saved(dataFolder);
        if (chosen.isEmpty()) {
            String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
            if (fromEnvironment != null && !fromEnvironment.isBlank()) {
                chosen = Optional.of(Locale.forLanguageTag(fromEnvironment.strip().replace('_', '-')));
            }
        }
        Locale wanted = chosen.orElse(system);
        if (!wanted.getCountry().isEmpty() || system.getCountry().isEmpty()) {
            return complete(wanted);
        }
        return complete(new Locale.Builder().setLanguage(wanted.getLanguage()).setRegion(system.getCountry()).build());
    }

    /** The language saved by the Language menu in this data folder, if any. */
    public static Optional<Locale> saved(Path dataFolder) {
        Path file = dataFolder.resolve(CHOICE_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String tag = Files.readString(file, StandardCharsets.UTF_8).strip();
            return tag.isEmpty() ? Optional.empty() : Optional.of(Locale.forLanguageTag(tag));
        } catch (IOException e) {
            // An unreadable choice is no reason not to start: the system's language is used instead.
            return Optional.empty();
        }
    }

    /** Remembers the person's language in the data folder; it applies from the next start. */
    public static void save(Path dataFolder, Locale language) {
        try {
            Files.createDirectories(dataFolder);
            Files.writeString(dataFolder.resolve(CHOICE_FILE), language.toLanguageTag() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not save the language in " + dataFolder, e);
        }
    }

    /** Forgets the person's language: the desk follows the computer again from the next start. */
    public static void forget(Path dataFolder) {
        try {
            Files.deleteIfExists(dataFolder.resolve(CHOICE_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("could not forget the language in " + dataFolder, e);
        }
    }

    /** A locale without a country gets its language's home country (en → GB, de → DE); others stay as they are. */
    public static Locale complete(Locale locale) {
        String country = locale.getCountry();
        if (!country.isEmpty()) {
            return locale;
        }
        String language = locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
        String home = HOME_COUNTRY.get(language);
        return home == null ? locale : new Locale.Builder().setLanguage(language).setRegion(home).build();
    }
}
