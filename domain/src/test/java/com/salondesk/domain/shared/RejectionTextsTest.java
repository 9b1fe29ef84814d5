package com.salondesk.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RejectionTextsTest {

    private static Properties words(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = RejectionTexts.class.getResourceAsStream("/com/salondesk/domain/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** Every code thrown anywhere in the domain's sources, read from the sources themselves. */
    private static Set<String> codesThrown() throws IOException {
        Pattern thrown = Pattern.compile("new DomainRejection\\(\"([a-z.-]+)\"");
        Pattern constant = Pattern.compile("String [A-Z_]+ = \"([a-z-]+\\.[a-z-]+)\"");
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern p : new Pattern[] {thrown, constant}) {
                    Matcher m = p.matcher(source);
                    while (m.find()) {
                        codes.add(m.group(1));
                    }
                }
            }
        }
        return codes;
    }

    @Test
    void every_code_the_domain_throws_has_words_in_english_and_german() throws IOException {
        Set<String> codes = codesThrown();
        assertThat(codes).contains("booking.unknown-customer", "schedule.slot-taken", "schedule.customer-already-booked");
        assertThat(words("rejections.properties").stringPropertyNames()).containsAll(codes);
        assertThat(words("rejections_de.properties").stringPropertyNames()).containsAll(codes);
    }

    @Test
    void both_languages_have_the_same_keys_and_every_pattern_reads() throws IOException {
        Properties english = words("rejections.properties");
        Properties german = words("rejections_de.properties");
        assertThat(german.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (Properties language : new Properties[] {english, german}) {
            language.forEach((key, pattern) -> new MessageFormat((String) pattern));
        }
    }

    @Test
    void the_text_is_looked_up_per_locale_with_its_arguments_formatted_for_it() {
        var rejection = new DomainRejection("booking.staff-off-duty", "Anna Berg", DayOfWeek.FRIDAY);
        assertThat(rejection.text(Locale.UK)).isEqualTo("Anna Berg does not work on Fridays.");
        assertThat(rejection.text(Locale.GERMANY)).isEqualTo("Anna Berg arbeitet am Freitag nicht.");
        assertThat(rejection.getMessage()).isEqualTo("Anna Berg does not work on Fridays.");
        assertThat(new DomainRejection("customer.name-required").text(Locale.GERMAN))
                .isEqualTo("Geben Sie den Namen der Kundin oder des Kunden ein.");
    }

    @Test
    void times_and_time_ranges_read_the_way_the_locale_writes_a_time() {
        var closes = new DomainRejection("booking.ends-after-closing", "Soho", LocalTime.of(18, 0));
        assertThat(closes.text(Locale.UK)).isEqualTo("Soho closes at 18:00.");
        assertThat(closes.text(Locale.US)).isEqualTo("Soho closes at 6:00\u202FPM.");
        assertThat(closes.text(Locale.GERMANY)).isEqualTo("Soho schließt um 18:00.");

        var works = new DomainRejection("booking.starts-outside-working-hours", "Anna Berg",
                List.of(TimeRange.of("09:00", "12:30"), TimeRange.of("13:30", "18:00")), DayOfWeek.TUESDAY);
        assertThat(works.text(Locale.UK)).isEqualTo("Anna Berg works 09:00–12:30 and 13:30–18:00 on Tuesdays.");
        assertThat(works.text(Locale.US))
                .isEqualTo("Anna Berg works 9:00\u202FAM–12:30\u202FPM and 1:30\u202FPM–6:00\u202FPM on Tuesdays.");
        assertThat(works.text(Locale.GERMANY)).isEqualTo("Anna Berg arbeitet am Dienstag 09:00–12:30 und 13:30–18:00.");
    }

    @Test
    void three_ranges_are_a_list_and_midnight_at_the_end_of_a_day_is_24_00() {
        var open = new DomainRejection("booking.starts-outside-opening-hours", "Soho", List.of(
                TimeRange.of("08:00", "10:00"), TimeRange.of("12:00", "14:00"), new TimeRange(LocalTime.of(20, 0), LocalTime.MAX)),
                DayOfWeek.SATURDAY);
        assertThat(open.text(Locale.UK)).isEqualTo("Soho is open 08:00–10:00, 12:00–14:00 and 20:00–24:00 on Saturdays.");
        assertThat(open.text(Locale.US)).endsWith("and 8:00\u202FPM–24:00 on Saturdays.");
    }

    @Test
    void english_is_the_fallback_whatever_the_machines_own_language() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(new DomainRejection("customer.name-required").text(Locale.FRANCE))
                    .isEqualTo("Enter the customer's name.");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void a_code_without_words_still_says_its_code() {
        assertThat(new DomainRejection("made.up", "x").getMessage()).isEqualTo("made.up [x]");
    }
}
