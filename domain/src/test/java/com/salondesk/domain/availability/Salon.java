package com.salondesk.domain.availability;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.shared.WeeklyHours;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The example branch the availability tests speak of: Soho, open Monday to Saturday, 09:00–18:00. */
final class Salon {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final LocalDate MONDAY_1ST = LocalDate.parse("2027-03-01");
    static final LocalDate TUESDAY_2ND = MONDAY_1ST.plusDays(1);
    static final LocalDate SUNDAY_7TH = MONDAY_1ST.plusDays(6);
    /** A week before: far enough ahead that no notice gets in the way, unless a test says so. */
    static final Instant A_WEEK_BEFORE = Instant.parse("2027-02-22T08:00:00Z");
    static final WeeklyHours SHOP_HOURS =
            WeeklyHours.on(List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY), t("09:00", "18:00"));

    static final ServiceTiming CUT = ServiceTiming.simple("cut", 45);
    /** 30 minutes applying, 30 developing at the basin, 15 rinsing and drying. */
    static final ServiceTiming COLOUR = new ServiceTiming("colour", new Phases(30, 30, 15, 0), List.of("basin"));
    /** A blow-dry, then a quarter of an hour tidying the station. */
    static final ServiceTiming BLOW_DRY = new ServiceTiming("blow-dry", new Phases(30, 0, 0, 15), List.of());

    private BranchCalendar calendar = new BranchCalendar("soho", LONDON, SHOP_HOURS, List.of(), BookingWindow.openYear());
    private final List<StaffRota> rotas = new ArrayList<>();
    private final List<ServiceTiming> services = new ArrayList<>(List.of(CUT, COLOUR, BLOW_DRY));
    private final List<Resource> resources = new ArrayList<>(List.of(new Resource("basin", "Basin", 1)));

    static TimeRange t(String start, String end) {
        return TimeRange.of(start, end);
    }

    static LocalDateTime at(LocalDate date, String time) {
        return date.atTime(LocalTime.parse(time));
    }

    /** A stylist who works the shop's hours and does every service. */
    static StaffRota allRounder(String staffId) {
        return StaffRota.weekly(staffId, Set.of("cut", "colour", "blow-dry"), SHOP_HOURS);
    }

    static Salon soho() {
        return new Salon();
    }

    Salon with(StaffRota rota) {
        rotas.add(rota);
        return this;
    }

    Salon with(ServiceTiming service) {
        services.add(service);
        return this;
    }

    Salon with(Resource resource) {
        resources.removeIf(r -> r.resourceId().equals(resource.resourceId()));
        resources.add(resource);
        return this;
    }

    Salon closed(Closure closure) {
        List<Closure> closures = new ArrayList<>(calendar.closures());
        closures.add(closure);
        calendar = new BranchCalendar(calendar.branchId(), calendar.zone(), calendar.openingHours(), closures,
                calendar.window());
        return this;
    }

    Salon window(BookingWindow window) {
        calendar = new BranchCalendar(calendar.branchId(), calendar.zone(), calendar.openingHours(),
                calendar.closures(), window);
        return this;
    }

    BranchAvailability build() {
        return BranchAvailability.of(calendar, rotas, services, resources);
    }

    /** A booking of one service by one stylist. */
    static BookedVisit booking(String bookingId, String customerId, ServiceTiming service, String staffId,
                               LocalDateTime start) {
        return BookedVisit.of(bookingId, customerId, List.of(BookedPart.of(service, staffId, start)));
    }

    static VisitRequest ask(String... serviceIds) {
        return new VisitRequest(List.of(serviceIds), Stylists.anyone(), Optional.empty(), A_WEEK_BEFORE);
    }

    /** The start times of the slots, as the book would list them. */
    static List<String> starts(List<VisitSlot> slots) {
        return slots.stream().map(s -> s.start().toLocalTime().toString()).toList();
    }
}
