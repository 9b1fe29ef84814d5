package com.salondesk.persistence.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.salondesk.domain.availability.BookedPart;
import com.salondesk.domain.availability.BookingWindow;
import com.salondesk.domain.availability.Stylists;
import com.salondesk.domain.availability.VisitRequest;
import com.salondesk.domain.availability.VisitSlot;
import com.salondesk.domain.booking.BookedService;
import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.branch.Address;
import com.salondesk.domain.branch.BranchEvent;
import com.salondesk.domain.schedule.CustomerDayEvent;
import com.salondesk.domain.schedule.StaffDayEvent;
import com.salondesk.domain.service.ServiceEvent;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.shared.WeeklyHours;
import com.salondesk.domain.staff.StaffEvent;
import com.salondesk.domain.staff.StaffRole;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AvailabilityViewTest {

    private static final LocalDate TUESDAY = LocalDate.parse("2026-12-01");
    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final WeeklyHours DAILY = WeeklyHours.on(List.of(DayOfWeek.values()), TimeRange.of("09:00", "18:00"));
    private static final Money PRICE = Money.of("50.00", "GBP");

    private final AvailabilityView view = new AvailabilityView(BookingWindow.openYear());

    private void chain() {
        view.apply(new BranchEvent.Opened("soho", "Soho", new Address("1 Dean St", "London", "W1D 3RB", "GB"),
                "Europe/London", "GBP", DAILY));
        view.apply(new BranchEvent.Opened("camden", "Camden", new Address("2 High St", "London", "NW1 7JE", "GB"),
                "Europe/London", "GBP", DAILY));
        view.apply(new ServiceEvent.Added("cut", "Cut", "Hair", 42, PRICE));
        view.apply(new ServiceEvent.Added("colour", "Colour", "Colour", 90, PRICE));
        view.apply(new StaffEvent.Hired("anna", "soho", "Anna", StaffRole.STYLIST, List.of("cut", "colour"), DAILY));
        view.apply(new StaffEvent.Hired("ben", "camden", "Ben", StaffRole.STYLIST, List.of("cut"), DAILY));
    }

    private void book(String bookingId, String customerId, String staffId, String branchId, String start, String end,
                      List<BookedService> services) {
        view.apply(new BookingEvent.Created(bookingId, customerId, branchId, staffId, services,
                TUESDAY.atTime(LocalTime.parse(start)).atZone(LONDON).toInstant(),
                TUESDAY.atTime(LocalTime.parse(end)).atZone(LONDON).toInstant(), PRICE));
        view.apply(new StaffDayEvent.SlotReserved(staffId, TUESDAY, bookingId, LocalTime.parse(start), LocalTime.parse(end), false));
        view.apply(new CustomerDayEvent.VisitReserved(customerId, TUESDAY, bookingId, LocalTime.parse(start), LocalTime.parse(end), false));
    }

    private List<String> starts(String branchId, String serviceId, Stylists who, Optional<String> customer) {
        var request = new VisitRequest(List.of(serviceId), who, customer, NOW);
        return view.read(branchId, b -> b.freeSlots(request, TUESDAY)).orElseThrow().stream()
                .map(VisitSlot::start).map(t -> t.toLocalTime().toString()).toList();
    }

    @Test
    void a_service_of_today_is_one_phase_of_its_duration_rounded_up_to_five_minutes() {
        assertThat(AvailabilityView.timing("cut", 42).phases().activeMinutes()).isEqualTo(45);
        assertThat(AvailabilityView.timing("quick", 1).phases().activeMinutes()).isEqualTo(5);
        assertThat(AvailabilityView.timing("colour", 90).phases().clientMinutes()).isEqualTo(90);
    }

    @Test
    void a_booking_of_two_services_holds_them_one_after_the_other() {
        chain();
        book("bk-1", "jane", "anna", "soho", "10:00", "12:15",
                List.of(new BookedService("cut", 45, PRICE), new BookedService("colour", 90, PRICE)));

        assertThat(view.visits().get("bk-1").parts()).extracting(BookedPart::serviceId, p -> p.start().toLocalTime().toString())
                .containsExactly(tuple("cut", "10:00"), tuple("colour", "10:45"));
        assertThat(starts("soho", "cut", Stylists.named("anna"), Optional.empty()))
                .contains("09:15", "12:15").doesNotContain("09:20", "10:00", "12:10");
    }

    @Test
    void released_time_is_free_again_and_a_move_holds_only_the_new_time() {
        chain();
        book("bk-1", "jane", "anna", "soho", "10:00", "10:45", List.of(new BookedService("cut", 45, PRICE)));

        view.apply(new StaffDayEvent.SlotReleased("anna", TUESDAY, "bk-1"));
        view.apply(new CustomerDayEvent.VisitReleased("jane", TUESDAY, "bk-1"));
        assertThat(view.visits()).isEmpty();
        assertThat(starts("soho", "cut", Stylists.named("anna"), Optional.empty())).contains("10:00");

        view.apply(new StaffDayEvent.SlotReserved("anna", TUESDAY, "bk-1", LocalTime.parse("15:00"), LocalTime.parse("15:45"), false));
        assertThat(starts("soho", "cut", Stylists.named("anna"), Optional.empty())).contains("10:00").doesNotContain("15:00");
    }

    @Test
    void a_client_booked_at_one_branch_is_not_offered_the_same_time_at_another() {
        chain();
        book("bk-1", "jane", "anna", "soho", "10:00", "10:45", List.of(new BookedService("cut", 45, PRICE)));

        assertThat(starts("camden", "cut", Stylists.anyone(), Optional.of("jane"))).contains("09:15", "10:45").doesNotContain("10:00");
        assertThat(starts("camden", "cut", Stylists.anyone(), Optional.empty())).contains("10:00");
    }

    @Test
    void new_working_hours_and_services_change_what_is_offered() {
        chain();
        view.apply(new StaffEvent.WorkingHoursChanged("anna",
                WeeklyHours.on(List.of(DayOfWeek.values()), TimeRange.of("13:00", "18:00"))));
        assertThat(starts("soho", "cut", Stylists.named("anna"), Optional.empty()).getFirst()).isEqualTo("13:00");

        view.apply(new StaffEvent.ServicesChanged("anna", List.of("colour")));
        assertThat(starts("soho", "cut", Stylists.anyone(), Optional.empty())).isEmpty();
    }

    @Test
    void events_in_any_order_of_branch_staff_and_booking_end_in_the_same_view() {
        view.apply(new StaffEvent.Hired("anna", "soho", "Anna", StaffRole.STYLIST, List.of("cut"), DAILY));
        view.apply(new StaffDayEvent.SlotReserved("anna", TUESDAY, "bk-1", LocalTime.parse("10:00"), LocalTime.parse("10:45"), false));
        view.apply(new ServiceEvent.Added("cut", "Cut", "Hair", 45, PRICE));
        view.apply(new BranchEvent.Opened("soho", "Soho", new Address("1 Dean St", "London", "W1D 3RB", "GB"),
                "Europe/London", "GBP", DAILY));

        assertThat(starts("soho", "cut", Stylists.named("anna"), Optional.empty())).contains("09:15", "10:45").doesNotContain("10:00");
        assertThat(view.read("nowhere", b -> b)).isEmpty();
    }
}
