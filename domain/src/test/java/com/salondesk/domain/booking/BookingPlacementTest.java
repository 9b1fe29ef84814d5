package com.salondesk.domain.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salondesk.domain.branch.Address;
import com.salondesk.domain.branch.Branch;
import com.salondesk.domain.branch.BranchDecider;
import com.salondesk.domain.branch.BranchEvent;
import com.salondesk.domain.customer.Customer;
import com.salondesk.domain.customer.CustomerDetails;
import com.salondesk.domain.schedule.StaffDayCommand;
import com.salondesk.domain.schedule.StaffDayDecider;
import com.salondesk.domain.schedule.StaffDayEvent;
import com.salondesk.domain.service.SalonService;
import com.salondesk.domain.service.ServiceDecider;
import com.salondesk.domain.service.ServiceEvent;
import com.salondesk.domain.shared.DeciderScenario;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.shared.WeeklyHours;
import com.salondesk.domain.staff.StaffDecider;
import com.salondesk.domain.staff.StaffEvent;
import com.salondesk.domain.staff.StaffMember;
import com.salondesk.domain.staff.StaffRole;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A booking's place judged by the branch's and the stylist's availability rules, when it is written. */
class BookingPlacementTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final LocalDate TUESDAY = LocalDate.parse("2026-12-01");
    private static final WeeklyHours DAILY = WeeklyHours.on(List.of(DayOfWeek.values()), TimeRange.of("09:00", "18:00"));
    private static final Customer JANE = new Customer.Registered("jane",
            new CustomerDetails("Jane Doe", "+44 20 7946 0000", "", "", false));
    private static final SalonService CUT = new ServiceDecider().fold(List.of(
            new ServiceEvent.Added("cut", "Cut & finish", "Hair", 45, Money.of("55.00", "GBP"))));
    private static final SalonService COLOUR = new ServiceDecider().fold(List.of(
            new ServiceEvent.Added("colour", "Full colour", "Colour", 90, Money.of("120.00", "GBP")),
            new ServiceEvent.TimingChanged("colour", 30, 30, 15, 0)));

    private static Branch soho(BranchEvent... rules) {
        List<BranchEvent> events = new ArrayList<>(List.of(new BranchEvent.Opened("soho", "Soho",
                new Address("1 Dean St", "London", "W1D 3RB", "GB"), "Europe/London", "GBP", DAILY)));
        events.addAll(Arrays.asList(rules));
        return new BranchDecider().fold(events);
    }

    private static StaffMember anna(StaffEvent... rules) {
        List<StaffEvent> events = new ArrayList<>(List.of(new StaffEvent.Hired("anna", "soho", "Anna Berg",
                StaffRole.STYLIST, List.of("cut", "colour"), DAILY)));
        events.addAll(Arrays.asList(rules));
        return new StaffDecider().fold(events);
    }

    private static List<String> refusals(Branch branch, StaffMember staff, String start, String end) {
        try {
            BookingPolicy.book(new NewBooking("jane", "soho", "anna", "cut", LocalDateTime.parse(start),
                    LocalDateTime.parse(end), false), JANE, branch, staff, CUT, "b1", "maria", NOW);
            return List.of();
        } catch (DomainRejection refused) {
            return List.of(refused.code());
        }
    }

    @Test
    void a_booking_on_a_closure_is_refused_with_its_reason() {
        var closed = soho(new BranchEvent.ClosureAdded("soho", "c1", TUESDAY, LocalTime.of(9, 0), LocalTime.NOON,
                "Training"));

        assertThat(refusals(closed, anna(), "2026-12-01T11:30", "2026-12-01T12:15")).containsExactly(
                "booking.falls-on-closure");
        assertThat(refusals(closed, anna(), "2026-12-01T12:00", "2026-12-01T12:45")).isEmpty();
        assertThatThrownBy(() -> BookingPolicy.book(new NewBooking("jane", "soho", "anna", "cut",
                LocalDateTime.parse("2026-12-01T10:00"), LocalDateTime.parse("2026-12-01T10:45"), false), JANE, closed,
                anna(), CUT, "b1", "maria", NOW)).hasMessageContaining("Training");
    }

    @Test
    void the_minimum_notice_and_the_furthest_ahead_are_counted_from_now() {
        var window = soho(new BranchEvent.BookingWindowChanged("soho", 24 * 60, 30));

        assertThat(refusals(window, anna(), "2026-11-30T15:00", "2026-11-30T15:45"))
                .containsExactly("booking.too-short-notice");
        assertThat(refusals(window, anna(), "2026-12-01T09:00", "2026-12-01T09:45")).isEmpty();
        assertThat(refusals(window, anna(), "2027-01-05T09:00", "2027-01-05T09:45"))
                .containsExactly("booking.too-far-ahead");
        assertThat(refusals(soho(), anna(), "2026-11-30T07:00", "2026-11-30T07:45"))
                .as("before opening, whatever the notice").containsExactly("booking.starts-outside-opening-hours");
    }

    @Test
    void breaks_time_off_and_shifts_keep_the_stylist_from_being_booked() {
        var lunch = anna(new StaffEvent.BreaksChanged("anna", WeeklyHours.on(List.of(DayOfWeek.TUESDAY),
                TimeRange.of("12:30", "13:00"))));
        var dentist = anna(new StaffEvent.TimeOffAdded("anna", "t1", LocalDateTime.parse("2026-11-30T16:00"),
                LocalDateTime.parse("2026-12-01T10:00"), "Dentist"));
        var lateShift = anna(new StaffEvent.ShiftAdded("anna", TUESDAY, List.of(TimeRange.of("13:00", "17:00"))));
        var dayOff = anna(new StaffEvent.ShiftAdded("anna", TUESDAY, List.of()));

        assertThat(refusals(soho(), lunch, "2026-12-01T12:00", "2026-12-01T12:45")).containsExactly(
                "booking.falls-on-break");
        assertThat(refusals(soho(), lunch, "2026-12-01T13:00", "2026-12-01T13:45")).isEmpty();
        assertThat(refusals(soho(), dentist, "2026-12-01T09:30", "2026-12-01T10:15")).containsExactly(
                "booking.falls-on-time-off");
        assertThat(refusals(soho(), dentist, "2026-12-01T10:00", "2026-12-01T10:45")).isEmpty();
        assertThat(refusals(soho(), lateShift, "2026-12-01T10:00", "2026-12-01T10:45")).containsExactly(
                "booking.outside-shift");
        assertThat(refusals(soho(), lateShift, "2026-12-01T16:00", "2026-12-01T16:45")).isEmpty();
        assertThat(refusals(soho(), dayOff, "2026-12-01T16:00", "2026-12-01T16:45")).containsExactly(
                "booking.off-on-shift-day");
    }

    @Test
    void a_shift_on_a_day_the_stylist_does_not_usually_work_can_be_booked() {
        var weekdays = new StaffDecider().fold(List.of(new StaffEvent.Hired("anna", "soho", "Anna Berg",
                        StaffRole.STYLIST, List.of("cut"), WeeklyHours.on(List.of(DayOfWeek.MONDAY),
                        TimeRange.of("09:00", "18:00"))),
                new StaffEvent.ShiftAdded("anna", TUESDAY, List.of(TimeRange.of("10:00", "14:00")))));

        assertThat(refusals(soho(), weekdays, "2026-12-01T10:00", "2026-12-01T10:45")).isEmpty();
        var plan = BookingPolicy.book(new NewBooking("jane", "soho", "anna", "cut",
                        LocalDateTime.parse("2026-12-01T10:00"), LocalDateTime.parse("2026-12-01T10:45"), false), JANE,
                soho(), weekdays, CUT, "b1", "maria", NOW);
        assertThat(plan.staffDay().workingWindows()).containsExactly(TimeRange.of("10:00", "14:00"));
    }

    @Test
    void a_colour_holds_the_stylist_before_and_after_processing_so_another_client_fits_in_between() {
        var plan = BookingPolicy.book(new NewBooking("jane", "soho", "anna", "colour",
                        LocalDateTime.parse("2026-12-01T10:00"), LocalDateTime.parse("2026-12-01T11:15"), false), JANE,
                soho(), anna(), COLOUR, "b1", "maria", NOW);
        assertThat(plan.staffDay().processing()).isEqualTo(TimeRange.of("10:30", "11:00"));

        var day = DeciderScenario.of(new StaffDayDecider());
        var colour = new StaffDayEvent.SlotReserved("anna", TUESDAY, "b1", LocalTime.of(10, 0),
                LocalTime.of(11, 15), false, LocalTime.of(10, 30), LocalTime.of(11, 0));
        day.given().when(plan.staffDay()).thenEvents(colour);
        var fringe = new StaffDayCommand.Reserve("anna", TUESDAY, "b2", TimeRange.of("10:30", "11:00"),
                List.of(TimeRange.of("09:00", "18:00")), false, NOW);
        day.given(colour).when(fringe).thenEvents(new StaffDayEvent.SlotReserved("anna", TUESDAY, "b2",
                LocalTime.of(10, 30), LocalTime.of(11, 0), false));
        day.given(colour).when(new StaffDayCommand.Reserve("anna", TUESDAY, "b2", TimeRange.of("10:45", "11:15"),
                List.of(TimeRange.of("09:00", "18:00")), false, NOW)).thenRejected(StaffDayDecider.SLOT_TAKEN);
    }

    @Test
    void a_break_during_processing_is_no_problem_but_one_during_the_stylists_work_is() {
        var lunch = anna(new StaffEvent.BreaksChanged("anna", WeeklyHours.on(List.of(DayOfWeek.TUESDAY),
                TimeRange.of("10:30", "11:00"))));

        assertThat(BookingPolicy.placementProblems(soho(), lunch, COLOUR, LocalDateTime.parse("2026-12-01T10:00"),
                LocalDateTime.parse("2026-12-01T11:15"), NOW)).isEmpty();
        assertThat(BookingPolicy.placementProblems(soho(), lunch, COLOUR, LocalDateTime.parse("2026-12-01T10:15"),
                LocalDateTime.parse("2026-12-01T11:30"), NOW)).extracting(DomainRejection::code)
                .containsExactly("booking.falls-on-break");
    }
}
