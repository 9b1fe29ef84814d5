package com.salondesk.app.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.temporal.WeekFields;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which language a desk starts in: the person's choice, else SALONDESK_LOCALE, else the computer's. */
class DeskLocaleTest {

    private static final Map<String, String> NO_ENVIRONMENT = Map.of();

    @TempDir
    Path folder;

    @Test
    void followsTheComputerWhenNothingWasChosen() {
        assertThat(DeskLocale.resolve(folder, NO_ENVIRONMENT, Locale.US)).isEqualTo(Locale.US);
        assertThat(DeskLocale.resolve(folder, NO_ENVIRONMENT, Locale.GERMANY)).isEqualTo(Locale.GERMANY);
    }

    @Test
    void aComputerWithoutACountryGetsTheLanguagesHomeCountrySoTheWeekStartsOnMonday() {
        // A C.UTF-8 machine gives Java plain "en": Sunday first and 12/1/26 in the date picker, as the issue saw.
        assertThat(WeekFields.of(Locale.ENGLISH).getFirstDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        Locale desk = DeskLocale.resolve(folder, NO_ENVIRONMENT, Locale.ENGLISH);
        assertThat(desk).isEqualTo(Locale.UK);
        assertThat(WeekFields.of(desk).getFirstDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(DeskLocale.resolve(folder, NO_ENVIRONMENT, Locale.GERMAN)).isEqualTo(Locale.GERMANY);
        assertThat(DeskLocale.complete(Locale.FRENCH)).as("no home country known").isEqualTo(Locale.FRENCH);
    }

    @Test
    void thePersonsChoiceWinsAndKeepsTheComputersCountry() {
        DeskLocale.save(folder, Locale.GERMAN);

        assertThat(Files.exists(folder.resolve("language.txt"))).isTrue();
        assertThat(DeskLocale.saved(folder)).contains(Locale.GERMAN);
        assertThat(DeskLocale.resolve(folder, Map.of(DeskLocale.ENVIRONMENT_VARIABLE, "en-US"), Locale.UK))
                .isEqualTo(Locale.forLanguageTag("de-GB"));
        assertThat(DeskLocale.resolve(folder, NO_ENVIRONMENT, Locale.forLanguageTag("fr-CH")))
                .isEqualTo(Locale.forLanguageTag("de-CH"));

        DeskLocale.forget(folder);
        assertThat(DeskLocale.saved(folder)).isEmpty();
        assertThat(DeskLocale.resolve(folder, NO_ENVIRONMENT, Locale.UK)).isEqualTo(Locale.UK);
    }

    @Test
    void theEnvironmentChoosesWhenThePersonHasNot() {
        assertThat(DeskLocale.resolve(folder, Map.of(DeskLocale.ENVIRONMENT_VARIABLE, "de_AT"), Locale.UK))
                .isEqualTo(Locale.forLanguageTag("de-AT"));
        assertThat(DeskLocale.resolve(folder, Map.of(DeskLocale.ENVIRONMENT_VARIABLE, "de"), Locale.US))
                .isEqualTo(Locale.forLanguageTag("de-US"));
    }

    @Test
    void anEmptyOrUnreadableChoiceIsNoChoice() throws Exception {
        Files.writeString(folder.resolve("language.txt"), "  \n");
        assertThat(DeskLocale.saved(folder)).isEmpty();
        Files.delete(folder.resolve("language.txt"));
        Files.createDirectory(folder.resolve("language.txt"));
        assertThat(DeskLocale.saved(folder)).isEmpty();
    }
}
