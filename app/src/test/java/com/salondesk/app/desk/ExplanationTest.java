package com.salondesk.app.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.language.Texts;
import com.salondesk.app.port.ChangedMeanwhile;
import com.salondesk.domain.shared.DomainRejection;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A broken rule is told in the language the desk chose, whatever the JVM's default has become since. */
class ExplanationTest {

    private static final DomainRejection TOO_LATE =
            new DomainRejection("booking.no-show-undo-too-late", LocalDate.parse("2026-11-30"));

    @AfterEach
    void backToEnglish() {
        Texts.use(Locale.UK);
    }

    @Test
    void aRejectionReadsInTheDesksLanguageWithItsDatesFormats() {
        Texts.use(Locale.GERMANY);
        assertThat(Explanation.of(TOO_LATE))
                .isEqualTo("Ein Nichterscheinen kann nur am Tag des Termins (30.11.2026) zurückgenommen werden.");

        Texts.use(Locale.UK);
        assertThat(Explanation.of(TOO_LATE))
                .isEqualTo("A no-show can only be undone on the day of the appointment (30 Nov 2026).");
    }

    @Test
    void theDesksChoiceWinsOverADefaultLocaleChangedBehindItsBack() {
        Texts.use(Locale.GERMANY);
        // Something else in the process (a library, a test) sets the default; the desk still speaks German.
        Locale.setDefault(Locale.FRANCE);

        assertThat(Explanation.of((Throwable) TOO_LATE)).startsWith("Ein Nichterscheinen");
    }

    @Test
    void aClashWithAnotherWriterIsToldFromTheAppsOwnTexts() {
        Texts.use(Locale.GERMANY);

        assertThat(Explanation.of(new ChangedMeanwhile(new IllegalStateException("version 3, expected 2"))))
                .isEqualTo(Texts.get("failure.conflict")).doesNotContain("version");
    }
}
