package com.salondesk.domain.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salondesk.domain.branch.Address;
import com.salondesk.domain.branch.Branch;
import com.salondesk.domain.customer.Customer;
import com.salondesk.domain.customer.CustomerDetails;
import com.salondesk.domain.schedule.CustomerDay;
import com.salondesk.domain.schedule.CustomerDayCommand;
import com.salondesk.domain.schedule.CustomerDayDecider;
import com.salondesk.domain.schedule.CustomerDayEvent;
import com.salondesk.domain.schedule.StaffDay;
import com.salondesk.domain.schedule.StaffDayCommand;
import com.salondesk.domain.schedule.StaffDayDecider;
import com.salondesk.domain.schedule.StaffDayEvent;
import com.salondesk.domain.service.SalonService;
import com.salondesk.domain.shared.DeciderScenario;
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
import org.junit.jupiter.api.function.Executable;

/** Moving, resizing and changing a booking that holds its time: the booking, the policy, and the two days. */
class BookingRescheduleTest {

    private static final String ID = "bk-1";
    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");
    private static final LocalDate THURSDAY = LocalDate.parse("2026-11-26");
    private static final Instant TEN = Instant.parse("2026-11-26T10:00:00Z");
    private static final Instant TEN_45 = Instant.parse("2026-11-26T10:45:00Z");
    private static final Instant TWO = Instant.parse("2026-11-26T14:00:00Z");
    private static final Instant TWO_45 = Instant.parse("2026-11-26T14:45:00Z");
    private static final Money PRICE = Money.of("55.00", "GBP");
    private static final BookingDetails DETAILS = BookingDetails.single("jane", "soho", "anna", "cut", TEN, TEN_45,
            PRICE);
    private static final BookingEvent CREATED = BookingEvent.Created.of(ID, DETAILS);

    private static final List<DayOfWeek> MON_TO_SAT = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
    private static final Branch SOHO = new Branch.Open("soho", "Soho", new Address("1 Dean St", "London", "W1D 3RB", "GB"),
            "Europe/London", "GBP", WeeklyHours.on(MON_TO_SAT, TimeRange.of("09:00", "18:00")));
    private static final StaffMember ANNA = new StaffMember.Employed("anna", "soho", "Anna Berg", StaffRole.STYLIST,
            Set.of("cut"), WeeklyHours.on(MON_TO_SAT, TimeRange.of("09:00", "17:00")));
    private static final StaffMember BEN = new StaffMember.Employed("ben", "soho", "Ben Ode", StaffRole.BARBER,
            Set.of("cut", "colour"), WeeklyHours.on(MON_TO_SAT, TimeRange.of("09:00", "18:00")));
    private static final SalonService CUT = new SalonService.Offered("cut", "Cut & finish", "Hair", 45, PRICE);
    private static final SalonService COLOUR = new SalonService.Offered("colour", "Full colour", "Colour", 90,
            Money.of("120.00", "GBP"));
    private static final Customer JANE = new Customer.Registered("jane",
            new CustomerDetails("Jane Doe", "+44 20 7946 0000", "", "", false));

    @Nested
    class The_booking {

        private final DeciderScenario<BookingCommand, Booking, BookingEvent> booking =
                DeciderScenario.of(new BookingDecider());

        private BookingCommand reschedule(String staffId, Instant start, Instant end) {
            return new BookingCommand.Reschedule(ID, staffId, start, end, "maria", NOW);
        }

        @Test
        void moves_to_another_time_and_stylist_and_remembers_where_it_was() {
            booking.given(CREATED, new BookingEvent.Confirmed(ID)).when(reschedule("ben", TWO, TWO_45))
                    .thenEvents(new BookingEvent.Rescheduled(ID, "ben", TWO, TWO_45, "anna", TEN, TEN_45));
        }

        @Test
        void keeps_its_stage_and_takes_the_new_time() {
            Booking state = new BookingDecider().fold(List.of(CREATED, new BookingEvent.Confirmed(ID),
                    new BookingEvent.Rescheduled(ID, "ben", TWO, TWO_45, "anna", TEN, TEN_45)));
            assertThat(state).isEqualTo(new Booking.Confirmed(ID, DETAILS.at("ben", TWO, TWO_45)));
        }

        @Test
        void moved_to_where_it_is_changes_nothing() {
            booking.given(CREATED).when(reschedule("anna", TEN, TEN_45)).thenNothing();
        }

        @Test
        void an_appointment_under_way_may_be_made_longer_but_nothing_moves_into_the_past() {
            var late = new BookingCommand.Reschedule(ID, "anna", TEN, TEN_45.plusSeconds(900), "maria",
                    TEN.plusSeconds(600));
            booking.given(CREATED, new BookingEvent.CheckedIn(ID)).when(late).thenEvents(new BookingEvent.Rescheduled(
                    ID, "anna", TEN, TEN_45.plusSeconds(900), "anna", TEN, TEN_45));
            var intoThePast = new BookingCommand.Reschedule(ID, "anna", TEN.minusSeconds(3600), TEN_45, "maria",
                    TEN.plusSeconds(600));
            booking.given(CREATED).when(intoThePast).thenRejected("booking.reschedule-into-past");
        }

        @Test
        void ends_after_it_starts() {
            booking.given(CREATED).when(reschedule("anna", TWO_45, TWO)).thenRejected("booking.invalid-time");
        }

        @Test
        void is_not_moved_once_over_or_when_it_lost_its_time() {
            booking.given(CREATED, new BookingEvent.Cancelled(ID, "ill")).when(reschedule("ben", TWO, TWO_45))
                    .thenRejected("booking.cannot-reschedule");
            booking.given(CREATED, new BookingEvent.NoShowRecorded(ID)).when(reschedule("ben", TWO, TWO_45))
                    .thenRejected("booking.cannot-reschedule");
            booking.given(CREATED, new BookingEvent.TimeLost(ID, "anna", THURSDAY, List.of("bk-2"),
                    "schedule.slot-taken", NOW)).when(reschedule("ben", TWO, TWO_45))
                    .thenRejected("booking.reschedule-time-lost");
            booking.given().when(reschedule("ben", TWO, TWO_45)).thenRejected("booking.not-found");
        }

        @Test
        void changes_its_service_and_notes_and_the_same_again_changes_nothing() {
            var colour = List.of(new BookedService("colour", 45, Money.of("120.00", "GBP")));
            var change = new BookingCommand.ChangeDetails(ID, colour, Money.of("120.00", "GBP"), " allergic ", "maria",
                    NOW);
            var changed = new BookingEvent.DetailsChanged(ID, colour, Money.of("120.00", "GBP"), "allergic");
            booking.given(CREATED).when(change).thenEvents(changed);
            booking.given(CREATED, changed).when(change).thenNothing();
            assertThat(((Booking.Existing) new BookingDecider().fold(List.of(CREATED, changed))).details())
                    .isEqualTo(DETAILS.with(colour, Money.of("120.00", "GBP"), "allergic"));
            booking.given(CREATED, new BookingEvent.Completed(ID)).when(change).thenRejected("booking.cannot-change");
        }
    }

    @Nested
    class The_policy {

        private final Booking holding = new Booking.Confirmed(ID, DETAILS);

        private static LocalDateTime at(String time) {
            return LocalDateTime.parse("2026-11-26T" + time);
        }

        @Test
        void within_the_stylists_day_swaps_the_time_in_one_step_per_day() {
            var plan = BookingPolicy.reschedule(holding, JANE, SOHO, ANNA, CUT, StaffDay.empty(), at("14:00"),
                    at("14:45"), "maria", NOW);
            var slot = TimeRange.of("14:00", "14:45");
            assertThat(plan.booking()).isEqualTo(new BookingCommand.Reschedule(ID, "anna", TWO, TWO_45, "maria", NOW));
            assertThat(plan.oldStaffDay()).isEmpty();
            assertThat(plan.staffDay()).isEqualTo(new StaffDayCommand.Move("anna", THURSDAY, ID, slot,
                    List.of(TimeRange.of("09:00", "17:00")), NOW));
            assertThat(plan.oldCustomerDay()).isEmpty();
            assertThat(plan.customerDay()).isEqualTo(new CustomerDayCommand.Move("jane", THURSDAY, ID, slot, NOW));
        }

        @Test
        void to_another_stylist_gives_the_old_stylists_time_back() {
            var plan = BookingPolicy.reschedule(holding, JANE, SOHO, BEN, CUT, StaffDay.empty(), at("10:00"),
                    at("10:45"), "maria", NOW);
            assertThat(plan.oldStaffDay()).contains(new StaffDayCommand.Release("anna", THURSDAY, ID, NOW));
            assertThat(plan.staffDay().staffId()).isEqualTo("ben");
            assertThat(plan.oldCustomerDay()).isEmpty();
        }

        @Test
        void to_another_day_gives_back_both_old_days() {
            var plan = BookingPolicy.reschedule(holding, JANE, SOHO, ANNA, CUT, StaffDay.empty(),
                    LocalDateTime.parse("2026-11-27T10:00"), LocalDateTime.parse("2026-11-27T10:45"), "maria", NOW);
            assertThat(plan.oldStaffDay()).contains(new StaffDayCommand.Release("anna", THURSDAY, ID, NOW));
            assertThat(plan.oldCustomerDay()).contains(new CustomerDayCommand.Release("jane", THURSDAY, ID, NOW));
            assertThat(plan.staffDay().date()).isEqualTo(THURSDAY.plusDays(1));
        }

        @Test
        void says_who_holds_the_stylists_time() {
            var bens = new StaffDay(Map.of("bk-2", TimeRange.of("11:00", "11:45")));
            assertThatThrownBy(() -> BookingPolicy.reschedule(holding, JANE, SOHO, BEN, CUT, bens, at("11:30"),
                    at("12:15"), "maria", NOW))
                    .isInstanceOfSatisfying(DomainRejection.class, r -> {
                        assertThat(r.code()).isEqualTo("booking.stylist-already-booked");
                        assertThat(r.text(java.util.Locale.UK)).isEqualTo("Ben Ode is already booked 11:00–11:45.");
                    });
        }

        @Test
        void checks_like_a_new_booking() {
            assertRefused("booking.ends-after-working-hours", () -> BookingPolicy.reschedule(holding, JANE, SOHO, ANNA,
                    CUT, StaffDay.empty(), at("16:30"), at("17:15"), "maria", NOW));
            assertRefused("booking.staff-cannot-perform", () -> BookingPolicy.reschedule(holding, JANE, SOHO, ANNA,
                    COLOUR, StaffDay.empty(), at("14:00"), at("14:45"), "maria", NOW));
            assertRefused("booking.reschedule-into-past", () -> BookingPolicy.reschedule(holding, JANE, SOHO, ANNA,
                    CUT, StaffDay.empty(), at("07:00"), at("07:45"), "maria", NOW));
            assertRefused("booking.cannot-reschedule", () -> BookingPolicy.reschedule(
                    new Booking.Completed(ID, DETAILS), JANE, SOHO, ANNA, CUT, StaffDay.empty(), at("14:00"),
                    at("14:45"), "maria", NOW));
        }

        @Test
        void a_new_service_fills_the_booked_time_at_its_price_and_must_be_done_by_the_stylist() {
            var change = BookingPolicy.change(holding, BEN, COLOUR, "no fringe", "maria", NOW);
            assertThat(change.services()).containsExactly(new BookedService("colour", 45, Money.of("120.00", "GBP")));
            assertThat(change.price()).isEqualTo(Money.of("120.00", "GBP"));
            assertThat(change.notes()).isEqualTo("no fringe");
            assertRefused("booking.staff-cannot-perform", () -> BookingPolicy.change(holding, ANNA, COLOUR, "", "maria",
                    NOW));
            assertThat(BookingPolicy.change(holding, ANNA, CUT, "x", "maria", NOW).services())
                    .isEqualTo(DETAILS.services());
        }

        private static void assertRefused(String code, Executable call) {
            assertThatThrownBy(call::execute).isInstanceOfSatisfying(DomainRejection.class,
                    r -> assertThat(r.code()).isEqualTo(code));
        }
    }

    @Nested
    class The_days {

        private final DeciderScenario<StaffDayCommand, StaffDay, StaffDayEvent> staffDay =
                DeciderScenario.of(new StaffDayDecider());
        private final DeciderScenario<CustomerDayCommand, CustomerDay, CustomerDayEvent> customerDay =
                DeciderScenario.of(new CustomerDayDecider());
        private final List<TimeRange> hours = List.of(TimeRange.of("09:00", "17:00"));

        @Test
        void a_move_within_the_day_gives_back_the_old_time_and_holds_the_new() {
            staffDay.given(new StaffDayEvent.SlotReserved("anna", THURSDAY, ID, TimeRange.of("10:00", "10:45").start(),
                            TimeRange.of("10:00", "10:45").end(), false))
                    .when(new StaffDayCommand.Move("anna", THURSDAY, ID, TimeRange.of("10:30", "11:15"), hours, NOW))
                    .thenEvents(new StaffDayEvent.SlotReleased("anna", THURSDAY, ID),
                            new StaffDayEvent.SlotReserved("anna", THURSDAY, ID, TimeRange.of("10:30", "11:15").start(),
                                    TimeRange.of("10:30", "11:15").end(), false));
        }

        @Test
        void a_move_into_someone_elses_time_or_outside_the_hours_is_refused() {
            var other = new StaffDayEvent.SlotReserved("anna", THURSDAY, "bk-2", TimeRange.of("11:00", "11:45").start(),
                    TimeRange.of("11:00", "11:45").end(), false);
            staffDay.given(other).when(new StaffDayCommand.Move("anna", THURSDAY, ID, TimeRange.of("11:30", "12:15"),
                    hours, NOW)).thenRejected(StaffDayDecider.SLOT_TAKEN);
            staffDay.given().when(new StaffDayCommand.Move("anna", THURSDAY, ID, TimeRange.of("16:30", "17:15"),
                    hours, NOW)).thenRejected(StaffDayDecider.OUTSIDE_WORKING_HOURS);
        }

        @Test
        void a_move_into_a_new_day_just_holds_the_time_and_the_same_again_changes_nothing() {
            var slot = TimeRange.of("14:00", "14:45");
            var reserved = new StaffDayEvent.SlotReserved("ben", THURSDAY, ID, slot.start(), slot.end(), false);
            staffDay.given().when(new StaffDayCommand.Move("ben", THURSDAY, ID, slot, hours, NOW)).thenEvents(reserved);
            staffDay.given(reserved).when(new StaffDayCommand.Move("ben", THURSDAY, ID, slot, hours, NOW)).thenNothing();
        }

        @Test
        void the_customer_is_still_in_one_place_at_a_time() {
            var elsewhere = new CustomerDayEvent.VisitReserved("jane", THURSDAY, "bk-2",
                    TimeRange.of("14:00", "15:00").start(), TimeRange.of("14:00", "15:00").end(), false);
            customerDay.given(elsewhere).when(new CustomerDayCommand.Move("jane", THURSDAY, ID,
                    TimeRange.of("14:30", "15:15"), NOW)).thenRejected(CustomerDayDecider.ALREADY_BOOKED);
            var mine = new CustomerDayEvent.VisitReserved("jane", THURSDAY, ID, TimeRange.of("10:00", "10:45").start(),
                    TimeRange.of("10:00", "10:45").end(), false);
            customerDay.given(mine).when(new CustomerDayCommand.Move("jane", THURSDAY, ID,
                    TimeRange.of("10:00", "11:00"), NOW)).thenEvents(
                    new CustomerDayEvent.VisitReleased("jane", THURSDAY, ID),
                    new CustomerDayEvent.VisitReserved("jane", THURSDAY, ID, TimeRange.of("10:00", "11:00").start(),
                            TimeRange.of("10:00", "11:00").end(), false));
        }
    }
}
