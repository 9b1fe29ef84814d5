package com.salondesk.domain.availability;

import static com.salondesk.domain.availability.Salon.COLOUR;
import static com.salondesk.domain.availability.Salon.CUT;
import static com.salondesk.domain.availability.Salon.MONDAY_1ST;
import static com.salondesk.domain.availability.Salon.SHOP_HOURS;
import static com.salondesk.domain.availability.Salon.SUNDAY_7TH;
import static com.salondesk.domain.availability.Salon.allRounder;
import static com.salondesk.domain.availability.Salon.at;
import static com.salondesk.domain.availability.Salon.booking;
import static com.salondesk.domain.availability.Salon.soho;
import static com.salondesk.domain.availability.Salon.t;
import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.availability.DaySegment.Kind;
import com.salondesk.domain.shared.WeeklyHours;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The stylist's day as the book shades it. */
class DayPictureTest {

    private static List<String> picture(BranchAvailability branch, String staffId, java.time.LocalDate date) {
        return branch.dayPicture(staffId, date).stream()
                .map(s -> s.from() + "-" + s.to() + " " + s.kind() + (s.bookingId() == null ? "" : " " + s.bookingId()))
                .toList();
    }

    @Test
    void a_free_day_is_free_through_the_opening_hours() {
        assertThat(picture(soho().with(allRounder("maria")).build(), "maria", MONDAY_1ST))
                .containsExactly("09:00-18:00 FREE");
    }

    @Test
    void a_booking_holds_its_time_and_a_colour_shows_its_processing() {
        var branch = soho().with(allRounder("maria")).build();
        branch.apply(booking("b1", "c1", CUT, "maria", at(MONDAY_1ST, "10:00")));
        branch.apply(booking("b2", "c2", COLOUR, "maria", at(MONDAY_1ST, "14:00")));

        assertThat(picture(branch, "maria", MONDAY_1ST)).containsExactly(
                "09:00-10:00 FREE", "10:00-10:45 BOOKED b1", "10:45-14:00 FREE", "14:00-14:30 BOOKED b2",
                "14:30-15:00 PROCESSING b2", "15:00-15:15 BOOKED b2", "15:15-18:00 FREE");
    }

    @Test
    void another_clients_cut_during_processing_is_booked_time() {
        var branch = soho().with(allRounder("maria")).build();
        branch.apply(booking("b2", "c2", COLOUR, "maria", at(MONDAY_1ST, "14:00")));
        branch.apply(booking("b3", "c3", ServiceTiming.simple("cut", 15), "maria", at(MONDAY_1ST, "14:35")));

        assertThat(picture(branch, "maria", MONDAY_1ST)).contains("14:30-14:35 PROCESSING b2", "14:35-14:50 BOOKED b3",
                "14:50-15:00 PROCESSING b2");
    }

    @Test
    void hours_the_stylist_does_not_work_are_blocked_while_the_branch_is_open() {
        var mornings = StaffRota.weekly("ana", Set.of("cut"), WeeklyHours.on(List.of(DayOfWeek.MONDAY),
                t("09:00", "13:00")));
        var branch = soho().with(mornings).build();

        assertThat(picture(branch, "ana", MONDAY_1ST)).containsExactly("09:00-13:00 FREE", "13:00-18:00 BLOCKED");
        assertThat(picture(branch, "ana", SUNDAY_7TH)).isEmpty();
    }

    @Test
    void breaks_time_off_and_closures_are_blocked() {
        var rota = new StaffRota("maria", Set.of("cut"), SHOP_HOURS,
                WeeklyHours.on(List.of(DayOfWeek.MONDAY), t("12:30", "13:00")), List.of(),
                List.of(new TimeOff(LocalDateTime.parse("2027-03-01T16:00"), LocalDateTime.parse("2027-03-02T12:00"),
                        "dentist")));
        var branch = soho().with(rota).closed(Closure.part(MONDAY_1ST, t("09:00", "10:00"), "training")).build();

        assertThat(picture(branch, "maria", MONDAY_1ST)).containsExactly("09:00-10:00 BLOCKED", "10:00-12:30 FREE",
                "12:30-13:00 BLOCKED", "13:00-16:00 FREE", "16:00-18:00 BLOCKED");
        assertThat(picture(branch, "maria", MONDAY_1ST.plusDays(1)))
                .containsExactly("09:00-12:00 BLOCKED", "12:00-18:00 FREE");
    }

    @Test
    void a_holiday_blocks_the_whole_opening_hours() {
        var branch = soho().with(allRounder("maria")).closed(Closure.wholeDay(MONDAY_1ST, "bank holiday")).build();

        assertThat(picture(branch, "maria", MONDAY_1ST)).containsExactly("09:00-18:00 BLOCKED");
    }

    @Test
    void a_one_off_shift_on_a_closed_day_is_blocked() {
        var rota = new StaffRota("maria", Set.of("cut"), SHOP_HOURS, WeeklyHours.none(),
                List.of(new Shift(SUNDAY_7TH, List.of(t("10:00", "14:00")))), List.of());
        var branch = soho().with(rota).build();

        // The branch is closed on Sundays: a shift there gives nothing to book.
        assertThat(picture(branch, "maria", SUNDAY_7TH)).containsExactly("10:00-14:00 BLOCKED");
    }
}
