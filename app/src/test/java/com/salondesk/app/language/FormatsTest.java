package com.salondesk.app.language;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.view.Prices;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.shared.TimeRange;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Dates, times, weekdays and money as a British, an American and a German desk write them. */
class FormatsTest {

    private static final LocalDate FIRST_OF_DECEMBER = LocalDate.of(2026, 12, 1);

    @AfterEach
    void backToBritish() {
        Texts.use(Locale.UK);
    }

    @Test
    void aBritishDesk() {
        Texts.use(Locale.UK);
        assertThat(Formats.fullDate(FIRST_OF_DECEMBER)).isEqualTo("Tuesday, 1 December 2026");
        assertThat(Formats.time(LocalTime.of(9, 30))).isEqualTo("09:30");
        assertThat(Formats.ranges(List.of(TimeRange.of("09:00", "12:00"), TimeRange.of("13:00", "18:00"))))
                .isEqualTo("09:00–12:00 and 13:00–18:00");
        assertThat(Formats.everyWeekday(DayOfWeek.SUNDAY)).isEqualTo("Sundays");
        assertThat(Prices.say(Money.of("55.00", "GBP"))).isEqualTo("£55.00");
        assertThat(Prices.say(Money.of("120.00", "EUR"))).isEqualTo("€120.00");
        assertThat(Formats.instant(Instant.parse("2026-12-01T08:00:00Z"), ZoneId.of("Europe/London")))
                .isEqualTo("1 Dec 2026, 08:00:00");
    }

    @Test
    void anAmericanDeskKeepsItsOwnWays() {
        Texts.use(Locale.US);
        assertThat(Formats.fullDate(FIRST_OF_DECEMBER)).isEqualTo("Tuesday, December 1, 2026");
        assertThat(Formats.time(LocalTime.of(14, 5))).isEqualTo("2:05\u202fPM");
        assertThat(Prices.say(Money.of("55.00", "GBP"))).isEqualTo("£55.00");
    }

    @Test
    void aGermanDesk() {
        Texts.use(Locale.GERMANY);
        assertThat(Formats.fullDate(FIRST_OF_DECEMBER)).isEqualTo("Dienstag, 1. Dezember 2026");
        assertThat(Formats.time(LocalTime.of(9, 30))).isEqualTo("09:30");
        assertThat(Formats.time(LocalTime.MAX)).as("the end of the day").isEqualTo("24:00");
        assertThat(Formats.ranges(List.of(TimeRange.of("09:00", "12:00"), TimeRange.of("13:00", "18:00"),
                TimeRange.of("19:00", "21:00")))).isEqualTo("09:00–12:00, 13:00–18:00 und 19:00–21:00");
        assertThat(Formats.everyWeekday(DayOfWeek.TUESDAY)).isEqualTo("dienstags");
        assertThat(Texts.get("book.closedOnWeekday", Formats.everyWeekday(DayOfWeek.SUNDAY)))
                .isEqualTo("Die Filiale ist sonntags geschlossen.");
        // The amount in its own currency and that currency's minor unit, written the German way.
        assertThat(Prices.say(Money.of("55.00", "GBP"))).isEqualTo("55,00\u00a0£");
        assertThat(Prices.say(Money.of("1234.50", "EUR"))).isEqualTo("1.234,50\u00a0€");
        assertThat(Prices.say(Money.of("1500", "JPY"))).isEqualTo("1.500\u00a0¥");
        assertThat(Formats.count(12345)).isEqualTo("12.345");
    }

    @Test
    void aRefusalNamesTheHoursAsTheBookShowsThem() {
        List<TimeRange> hours = List.of(TimeRange.of("09:00", "12:00"), TimeRange.of("13:00", "18:00"));
        var refusal = new DomainRejection("booking.starts-outside-opening-hours", "Soho", hours, DayOfWeek.TUESDAY);
        for (Locale desk : List.of(Locale.UK, Locale.US, Locale.GERMANY)) {
            Texts.use(desk);
            assertThat(refusal.text(Texts.locale())).as(desk.toLanguageTag()).contains(Formats.ranges(hours));
        }
        Texts.use(Locale.US);
        assertThat(Formats.ranges(hours)).as("an American desk").isEqualTo("9:00\u202fAM–12:00\u202fPM and 1:00\u202fPM–6:00\u202fPM");
    }
}
