package com.salondesk.app.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The English and German bundles say the same things: same keys, real texts, the same arguments. */
class TextBundlesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Pattern KEY_IN_JAVA = Pattern.compile("Texts\\.get\\(\"([^\"]+[^.\"])\"");

    private final ResourceBundle english = Texts.bundle(Locale.UK);
    private final ResourceBundle german = Texts.bundle(Locale.GERMANY);

    @Test
    void germanIsReallyGermanAndEnglishTheFallback() {
        assertThat(english.getLocale().getLanguage()).isIn("", "en");
        assertThat(german.getLocale().getLanguage()).isEqualTo("de");
        assertThat(german.getString("booking.status.noShow")).isEqualTo("Nicht erschienen");
        // A language without texts reads English, even on a German computer (no fallback to the default locale).
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Texts.bundle(Locale.FRANCE).getString("booking.status.noShow")).isEqualTo("No-show");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void bothBundlesHaveTheSameKeysEachWithAText() {
        Map<String, String> inEnglish = BundleFiles.english();
        Map<String, String> inGerman = BundleFiles.german();
        assertThat(inGerman.keySet()).as("keys in German").containsExactlyInAnyOrderElementsOf(inEnglish.keySet());
        inEnglish.forEach((key, text) -> assertThat(text).as("English " + key).isNotBlank());
        inGerman.forEach((key, text) -> assertThat(text).as("German " + key).isNotBlank());
    }

    @Test
    void eachTextTakesTheSameArgumentsInBothLanguagesAndIsAValidPattern() {
        for (String key : english.keySet()) {
            Set<String> inEnglish = arguments(english.getString(key));
            assertThat(arguments(german.getString(key))).as("arguments of " + key).isEqualTo(inEnglish);
            for (ResourceBundle bundle : List.of(english, german)) {
                String text = bundle.getString(key);
                if (inEnglish.isEmpty()) {
                    assertThat(text).as(key + " is used as it stands: one apostrophe, not two").doesNotContain("''");
                } else {
                    assertThat(text.replace("''", "")).as(key + " is a MessageFormat: an apostrophe is written twice")
                            .doesNotContain("'");
                    new MessageFormat(text, bundle.getLocale());
                }
            }
        }
    }

    @Test
    void everyKeyTheCodeAsksForIsInTheBundles() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher keys = KEY_IN_JAVA.matcher(Files.readString(file));
                while (keys.find()) {
                    if (!english.containsKey(keys.group(1))) {
                        missing.add(file.getFileName() + ": " + keys.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void argumentsAreFormattedInTheDesksLanguage() {
        Locale before = Locale.getDefault();
        try {
            Texts.use(Locale.GERMANY);
            assertThat(Texts.get("diagnostics.head", 12345)).isEqualTo("Das Protokoll enthält 12.345 Ereignisse.");
            assertThat(Texts.get("support.badge", 1)).isEqualTo("1 unzustellbares Ereignis");
            Texts.use(Locale.UK);
            assertThat(Texts.get("diagnostics.head", 12345)).isEqualTo("The log holds 12,345 events.");
            assertThat(Texts.get("support.badge", 0)).isEqualTo("No dead letters");
        } finally {
            Texts.use(before);
        }
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
