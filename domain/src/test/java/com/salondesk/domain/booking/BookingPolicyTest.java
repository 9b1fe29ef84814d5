package com.salondesk.domain.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salondesk.domain.branch.Address;
import com.salondesk.domain.branch.Branch;
import com.salondesk.domain.customer.Customer;
import com.salondesk.domain.customer.CustomerDetails;
import com.salondesk.domain.schedule.CustomerDayCommand;
import com.salondesk.domain.schedule.StaffDay;
import com.salondesk.domain.schedule.StaffDayCommand;
import com.salondesk.domain.service.SalonService;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.shared.WeeklyHours;
import com.salondesk.domain.staff.StaffMember;
import com.salondesk.domain.staff.StaffRole;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The booking rules that span aggregates, given their states, with no database anywhere. */
class BookingPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");
    private static final LocalDate THURSDAY = LocalDate.parse("2026-11-26");
    private static final List<DayOfWeek> MON_TO_SAT = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
    private static final Branch SOHO = new Branch.Open("soho", "Soho", new Address("1 Dean St", "London", "W1D 3RB", "GB"),
            "Europe/London", "GBP", WeeklyHours.on(MON_TO_SAT, TimeRange.of("09:00", "18:00")));
    private static final StaffMember ANNA = new StaffMember.Employed("anna", "soho", "Anna Berg", StaffRole.STYLIST,
            Set.of("cut"), new WeeklyHours(Map.of(DayOfWeek.THURSDAY,
                    List.of(TimeRange.of("10:00", "13:00"), TimeRange.of("13:00", "17:00")))));
    private static final StaffMember BEN = new StaffMember.Employed("ben", "camden", "Ben Ode", StaffRole.BARBER,
            Set.of("cut"), WeeklyHours.on(MON_TO_SAT, TimeRange.of("09:00", "18:00")));
    private static final SalonService CUT = new SalonService.Offered("cut", "Cut & finish", "Hair", 45,
            Money.of("55.00", "GBP"));
    private static final SalonService COLOUR = new SalonService.Offered("colour", "Full colour", "Colour", 90,
            Money.of("120.00", "GBP"));
    private static final Customer JANE = new Customer.Registered("jane",
            new CustomerDetails("Jane Doe", "+44 20 7946 0000", "", "", false));

    private static NewBooking at(String start, String end) {
        return new NewBooking("jane", "soho", "anna", "cut", LocalDateTime.parse(start), LocalDateTime.parse(end), false);
    }

    private static List<String> problemsOf(NewBooking request, Customer customer, StaffMember staff,
                                           SalonService service) {
        return BookingPolicy.problems(request, customer, SOHO, staff, service).stream().map(DomainRejection::code)
                .toList();
    }

    private static List<String> problemsOf(NewBooking request) {
        return problemsOf(request, JANE, ANNA, CUT);
    }

    @Nested
    class Booking_a_customer {

        @Test
        void a_booking_in_her_hours_holds_the_stylist_and_the_customer_for_that_time() {
            var plan = BookingPolicy.book(at("2026-11-26T10:00", "2026-11-26T10:45"), JANE, SOHO, ANNA, CUT,
                    "bk-1", "maria", NOW);

            assertThat(plan.booking().details()).isEqualTo(BookingDetails.single("jane", "soho", "anna", "cut",
                    Instant.parse("2026-11-26T10:00:00Z"), Instant.parse("2026-11-26T10:45:00Z"),
                    Money.of("55.00", "GBP")));
            assertThat(plan.staffDay()).isEqualTo(new StaffDayCommand.Reserve("anna", THURSDAY, "bk-1",
                    TimeRange.of("10:00", "10:45"),
                    List.of(TimeRange.of("10:00", "13:00"), TimeRange.of("13:00", "17:00")), false, NOW));
            assertThat(plan.customerDay()).isEqualTo(new CustomerDayCommand.Reserve("jane", THURSDAY, "bk-1",
                    TimeRange.of("10:00", "10:45"), false, NOW));
            assertThat(BookingPolicy.staffDayStream(plan.staffDay())).isEqualTo("schedule-anna-2026-11-26");
            assertThat(BookingPolicy.customerDayStream(plan.customerDay())).isEqualTo("customer-day-jane-2026-11-26");
        }

        @Test
        void a_deliberate_overbooking_is_passed_to_both_days() {
            var request = new NewBooking("jane", "soho", "anna", "cut", LocalDateTime.parse("2026-11-26T10:00"),
                    LocalDateTime.parse("2026-11-26T10:45"), true);
            var plan = BookingPolicy.book(request, JANE, SOHO, ANNA, CUT, "bk-1", "maria", NOW);
            assertThat(plan.staffDay().overbook()).isTrue();
            assertThat(plan.customerDay().overbook()).isTrue();
        }

        @Test
        void a_booking_may_run_across_two_shifts_that_touch() {
            assertThat(problemsOf(at("2026-11-26T12:30", "2026-11-26T13:30"))).isEmpty();
        }

        @Test
        void refuses_with_the_first_broken_rule() {
            assertThatThrownBy(() -> BookingPolicy.book(at("2026-11-26T10:00", "2026-11-26T10:45"),
                    new Customer.Unknown(), SOHO, ANNA, COLOUR, "bk-1", "maria", NOW))
                    .isInstanceOf(DomainRejection.class)
                    .extracting(e -> ((DomainRejection) e).code()).isEqualTo("booking.unknown-customer");
        }
    }

    @Nested
    class Who_and_what {

        @Test
        void everything_must_be_chosen() {
            assertThat(problemsOf(at("2026-11-26T10:00", "2026-11-26T10:45"), new Customer.Unknown(),
                    new StaffMember.NotHired(), new SalonService.NotOffered()))
                    .containsExactly("booking.unknown-customer", "booking.unknown-service", "booking.unknown-staff");
        }

        @Test
        void an_unknown_branch_is_refused_before_anything_that_needs_it() {
            assertThat(BookingPolicy.problems(at("2026-11-26T10:00", "2026-11-26T10:45"), JANE,
                    new Branch.NotOpened(), ANNA, CUT))
                    .extracting(DomainRejection::code).containsExactly("booking.unknown-branch");
        }

        @Test
        void the_stylist_works_at_the_branch_and_does_the_service() {
            assertThat(problemsOf(at("2026-11-26T10:00", "2026-11-26T10:45"), JANE, BEN, CUT))
                    .containsExactly("booking.staff-not-at-branch");
            var cannot = BookingPolicy.problems(at("2026-11-26T10:00", "2026-11-26T11:30"), JANE, SOHO, ANNA, COLOUR);
            assertThat(cannot).extracting(DomainRejection::code).containsExactly("booking.staff-cannot-perform");
            assertThat(cannot.getFirst().getMessage()).isEqualTo("Anna Berg does not do Full colour. Choose someone who does.");
        }
    }

    @Nested
    class Times {

        @Test
        void a_booking_ends_after_it_starts_on_the_same_day() {
            assertThat(problemsOf(at("2026-11-26T10:00", "2026-11-26T10:00"))).containsExactly("booking.invalid-time");
            assertThat(problemsOf(at("2026-11-26T10:00", "2026-11-26T09:30"))).containsExactly("booking.invalid-time");
            assertThat(problemsOf(new NewBooking("jane", "soho", "anna", "cut", LocalDateTime.parse("2026-11-26T10:00"),
                    null, false))).containsExactly("booking.invalid-time");
            assertThat(problemsOf(new NewBooking("jane", "soho", "anna", "cut", null, null, false)))
                    .containsExactly("booking.invalid-time");
            assertThat(problemsOf(at("2026-11-26T16:30", "2026-11-27T10:00"))).containsExactly("booking.spans-days");
        }

        @Test
        void not_on_a_day_the_branch_is_closed() {
            var sunday = BookingPolicy.problems(at("2026-11-29T10:00", "2026-11-29T10:45"), JANE, SOHO, ANNA, CUT);
            assertThat(sunday).extracting(DomainRejection::code).containsExactly("booking.branch-closed");
            assertThat(sunday.getFirst().getMessage()).isEqualTo("Soho is closed on Sundays.");
        }

        @Test
        void it_starts_while_the_branch_is_open_and_ends_by_closing_time() {
            var early = BookingPolicy.problems(at("2026-11-26T08:00", "2026-11-26T08:45"), JANE, SOHO, ANNA, CUT);
            assertThat(early).extracting(DomainRejection::code).containsExactly("booking.starts-outside-opening-hours");
            assertThat(early.getFirst().getMessage()).isEqualTo("Soho is open 9:00\u202FAM–6:00\u202FPM on Thursdays.");
            var late = BookingPolicy.problems(at("2026-11-26T16:30", "2026-11-26T18:15"), JANE, SOHO, null, CUT);
            assertThat(late).extracting(DomainRejection::code)
                    .containsExactly("booking.unknown-staff", "booking.ends-after-closing");
            assertThat(late.getLast().getMessage()).isEqualTo("Soho closes at 6:00\u202FPM.");
        }

        @Test
        void it_fits_the_stylists_working_hours() {
            var friday = BookingPolicy.problems(at("2026-11-27T10:00", "2026-11-27T10:45"), JANE, SOHO, ANNA, CUT);
            assertThat(friday).extracting(DomainRejection::code).containsExactly("booking.staff-off-duty");
            assertThat(friday.getFirst().getMessage()).isEqualTo("Anna Berg does not work on Fridays.");
            var early = BookingPolicy.problems(at("2026-11-26T09:15", "2026-11-26T10:00"), JANE, SOHO, ANNA, CUT);
            assertThat(early.getFirst().getMessage()).isEqualTo("Anna Berg works 10:00\u202FAM–1:00\u202FPM and 1:00\u202FPM–5:00\u202FPM"
                    + " on Thursdays.");
            var late = BookingPolicy.problems(at("2026-11-26T16:30", "2026-11-26T17:15"), JANE, SOHO, ANNA, CUT);
            assertThat(late).extracting(DomainRejection::code).containsExactly("booking.ends-after-working-hours");
            assertThat(late.getFirst().getMessage()).isEqualTo("Anna Berg finishes at 5:00\u202FPM on Thursdays.");
        }
    }

    @Nested
    class Giving_time_back {

        private final Booking.Existing confirmed = new Booking.Confirmed("bk-1", BookingDetails.single("jane", "soho",
                "anna", "cut", Instant.parse("2026-11-26T10:00:00Z"), Instant.parse("2026-11-26T10:45:00Z"),
                Money.of("55.00", "GBP")));
        private final Booking.NoShow missed = new Booking.NoShow("bk-1", confirmed.details(), true);

        @Test
        void cancelling_releases_the_stylists_and_the_customers_day() {
            var cancel = new BookingCommand.Cancel("bk-1", "flu", "maria", NOW);
            var plan = BookingPolicy.release(confirmed, SOHO, cancel, NOW);
            assertThat(plan.booking()).isEqualTo(cancel);
            assertThat(plan.staffDay()).isEqualTo(new StaffDayCommand.Release("anna", THURSDAY, "bk-1", NOW));
            assertThat(plan.customerDay()).isEqualTo(new CustomerDayCommand.Release("jane", THURSDAY, "bk-1", NOW));
        }

        @Test
        void a_booking_that_does_not_exist_is_not_found() {
            assertThatThrownBy(() -> BookingPolicy.release(new Booking.None(), SOHO,
                    new BookingCommand.MarkNoShow("bk-9", "maria", NOW), NOW))
                    .extracting(e -> ((DomainRejection) e).code()).isEqualTo("booking.not-found");
        }

        @Test
        void a_no_show_is_undone_the_same_day_and_holds_its_time_again() {
            Instant later = Instant.parse("2026-11-26T11:00:00Z");
            var plan = BookingPolicy.undoNoShow(missed, SOHO, StaffDay.empty(), "maria", later);
            assertThat(plan.booking()).isEqualTo(new BookingCommand.UndoNoShow("bk-1", "maria", later));
            var slot = TimeRange.of("10:00", "10:45");
            assertThat(plan.staffDay()).isEqualTo(new StaffDayCommand.Reserve("anna", THURSDAY, "bk-1", slot,
                    List.of(slot), false, later));
            assertThat(plan.customerDay()).isEqualTo(new CustomerDayCommand.Reserve("jane", THURSDAY, "bk-1", slot,
                    false, later));
        }

        @Test
        void a_no_show_is_not_undone_on_another_day() {
            assertThatThrownBy(() -> BookingPolicy.undoNoShow(missed, SOHO, StaffDay.empty(), "maria",
                    Instant.parse("2026-11-27T09:00:00Z")))
                    .extracting(e -> ((DomainRejection) e).code()).isEqualTo("booking.no-show-undo-too-late");
        }

        @Test
        void a_no_show_whose_time_was_booked_meanwhile_is_not_undone() {
            var taken = new StaffDay(Map.of("bk-2", TimeRange.of("10:30", "11:15")));
            assertThatThrownBy(() -> BookingPolicy.undoNoShow(missed, SOHO, taken, "maria", NOW.plusSeconds(10_000)))
                    .isInstanceOf(DomainRejection.class)
                    .hasMessage("The no-show cannot be undone: the time 10:00\u202FAM–10:45\u202FAM has been booked since"
                                + " (10:30\u202FAM–11:15\u202FAM)."
                                + " Make a new booking instead.")
                    .extracting(e -> ((DomainRejection) e).code()).isEqualTo("booking.no-show-slot-taken");
        }

        @Test
        void only_a_no_show_is_undone() {
            assertThatThrownBy(() -> BookingPolicy.undoNoShow(confirmed, SOHO, StaffDay.empty(), "maria", NOW))
                    .extracting(e -> ((DomainRejection) e).code()).isEqualTo("booking.cannot-undo-no-show");
        }

        @Test
        void check_in_opens_at_the_branchs_window() {
            assertThat(BookingPolicy.checkInWindow(SOHO)).hasMinutes(30);
            var early = new Branch.Open("soho", "Soho", new Address("1 Dean St", "London", "W1D 3RB", "GB"),
                    "Europe/London", "GBP", WeeklyHours.none(), 10);
            assertThat(BookingPolicy.checkInWindow(early)).hasMinutes(10);
        }
    }

    @Nested
    class A_booking_that_lost_its_time {

        private final BookingDetails tenAm = BookingDetails.single("jane", "soho", "anna", "cut",
                Instant.parse("2026-11-26T10:00:00Z"), Instant.parse("2026-11-26T10:45:00Z"), Money.of("55.00", "GBP"));
        private final Booking.Existing holding = new Booking.Confirmed("bk-1", tenAm);
        private final Booking.Existing lost = new Booking.Confirmed("bk-1", tenAm, true);

        @Test
        void loses_it_and_gives_back_what_it_still_holds_in_both_days() {
            var plan = BookingPolicy.loseTime(holding, SOHO, "anna", THURSDAY, List.of("bk-rival"),
                    "schedule.slot-taken", "maria", NOW).orElseThrow();
            assertThat(plan.booking()).isEqualTo(new BookingCommand.LoseTime("bk-1", "anna", THURSDAY,
                    List.of("bk-rival"), "schedule.slot-taken", "maria", NOW));
            assertThat(plan.staffDay()).isEqualTo(new StaffDayCommand.Release("anna", THURSDAY, "bk-1", NOW));
            assertThat(plan.customerDay()).isEqualTo(new CustomerDayCommand.Release("jane", THURSDAY, "bk-1", NOW));
        }

        @Test
        void has_nothing_to_lose_once_cancelled_missed_or_lost_already() {
            for (Booking none : List.of(lost, new Booking.Cancelled("bk-1", tenAm, "ill"),
                    new Booking.NoShow("bk-1", tenAm, true))) {
                assertThat(BookingPolicy.loseTime(none, SOHO, "anna", THURSDAY, List.of("bk-rival"),
                        "schedule.slot-taken", "maria", NOW)).as(none.toString()).isEmpty();
            }
        }

        @Test
        void moves_with_the_new_booking_dialogs_checks_and_holds_the_new_time_in_both_days() {
            var plan = BookingPolicy.move(lost, JANE, SOHO, ANNA, CUT, LocalDateTime.parse("2026-11-26T14:00"),
                    LocalDateTime.parse("2026-11-26T14:45"), "maria", NOW);
            assertThat(plan.booking()).isEqualTo(new BookingCommand.Move("bk-1", "anna",
                    Instant.parse("2026-11-26T14:00:00Z"), Instant.parse("2026-11-26T14:45:00Z"), "maria", NOW));
            var slot = TimeRange.of("14:00", "14:45");
            assertThat(plan.staffDay()).isEqualTo(new StaffDayCommand.Reserve("anna", THURSDAY, "bk-1", slot,
                    List.of(TimeRange.of("10:00", "13:00"), TimeRange.of("13:00", "17:00")), false, NOW));
            assertThat(plan.customerDay()).isEqualTo(new CustomerDayCommand.Reserve("jane", THURSDAY, "bk-1", slot,
                    false, NOW));
        }

        @Test
        void is_not_moved_to_a_stylist_of_another_branch_or_outside_her_hours() {
            assertThatThrownBy(() -> BookingPolicy.move(lost, JANE, SOHO, BEN, CUT,
                    LocalDateTime.parse("2026-11-26T14:00"), LocalDateTime.parse("2026-11-26T14:45"), "maria", NOW))
                    .extracting(e -> ((DomainRejection) e).code()).isEqualTo("booking.staff-not-at-branch");
            assertThatThrownBy(() -> BookingPolicy.move(lost, JANE, SOHO, ANNA, CUT,
                    LocalDateTime.parse("2026-11-26T16:30"), LocalDateTime.parse("2026-11-26T17:15"), "maria", NOW))
                    .extracting(e -> ((DomainRejection) e).code()).isEqualTo("booking.ends-after-working-hours");
        }

        @Test
        void that_holds_its_time_is_not_moved_here() {
            assertThatThrownBy(() -> BookingPolicy.move(holding, JANE, SOHO, ANNA, CUT,
                    LocalDateTime.parse("2026-11-26T14:00"), LocalDateTime.parse("2026-11-26T14:45"), "maria", NOW))
                    .extracting(e -> ((DomainRejection) e).code()).isEqualTo("booking.move-holds-time");
        }

        @Test
        void is_kept_as_a_deliberate_overbooking_of_both_days() {
            var plan = BookingPolicy.keepAsOverbook(lost, SOHO, "maria", NOW);
            var slot = TimeRange.of("10:00", "10:45");
            assertThat(plan.booking()).isEqualTo(new BookingCommand.KeepAsOverbook("bk-1", "maria", NOW));
            assertThat(plan.staffDay()).isEqualTo(new StaffDayCommand.Reserve("anna", THURSDAY, "bk-1", slot,
                    List.of(slot), true, NOW));
            assertThat(plan.customerDay()).isEqualTo(new CustomerDayCommand.Reserve("jane", THURSDAY, "bk-1", slot,
                    true, NOW));
            assertThatThrownBy(() -> BookingPolicy.keepAsOverbook(new Booking.Cancelled("bk-1", tenAm, "ill"), SOHO,
                    "maria", NOW)).extracting(e -> ((DomainRejection) e).code()).isEqualTo("booking.cannot-keep");
        }
    }
}
