package com.salondesk.persistence.availability;

import com.salondesk.domain.availability.BookedPart;
import com.salondesk.domain.availability.BookedVisit;
import com.salondesk.domain.availability.BookingWindow;
import com.salondesk.domain.availability.BranchAvailability;
import com.salondesk.domain.availability.BranchCalendar;
import com.salondesk.domain.availability.DaySegment;
import com.salondesk.domain.availability.Phases;
import com.salondesk.domain.availability.ServiceTiming;
import com.salondesk.domain.availability.StaffRota;
import com.salondesk.domain.booking.BookedService;
import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.branch.BranchEvent;
import com.salondesk.domain.schedule.CustomerDayEvent;
import com.salondesk.domain.schedule.StaffDayEvent;
import com.salondesk.domain.service.ServiceEvent;
import com.salondesk.domain.shared.DomainEvent;
import com.salondesk.domain.shared.WeeklyHours;
import com.salondesk.domain.staff.StaffEvent;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Every branch's availability engine, folded from today's events: branches and their opening hours, stylists and
 * their weekly hours and services, services and their durations, and the time bookings hold in the stylists' and
 * customers' days. The day reservations ({@code schedule.*}) say which time is held, so cancellations, no-shows,
 * lost and moved time need nothing of their own; the booking ({@code booking.created}) says which services fill it.
 *
 * <p>Today's events know no processing time, cleanup, resources, breaks, time off or closures: a service is one active
 * phase of its duration rounded up to five minutes, and every branch takes bookings from now to {@code window}.
 * A booking is applied to every branch's engine, so that a client booked at one branch is not offered the same
 * time at another (at the other branches its stylist is unknown and holds nothing).
 *
 * <p>All methods are synchronized: one thread folds events in while others ask questions through {@link #read}.
 */
public final class AvailabilityView {

    /** The stylist of a client's visit whose stylist's time is not held: no branch has a stylist of this id. */
    static final String NO_STYLIST = "";

    private final BookingWindow window;
    private final Map<String, BranchCalendar> calendars = new LinkedHashMap<>();
    private final Map<String, StaffEvent.Hired> staff = new LinkedHashMap<>();
    private final Map<String, ServiceTiming> services = new LinkedHashMap<>();
    private final Map<String, BookingEvent.Created> bookings = new HashMap<>();
    private final Map<String, StaffDayEvent.SlotReserved> stylistTime = new HashMap<>();
    private final Map<String, CustomerDayEvent.VisitReserved> clientTime = new HashMap<>();
    private final Map<String, BookedVisit> visits = new LinkedHashMap<>();
    private final Map<String, BranchAvailability> engines = new LinkedHashMap<>();

    public AvailabilityView(BookingWindow window) {
        this.window = window;
    }

    /** Folds one event in; events of other kinds are passed over. */
    public synchronized void apply(DomainEvent event) {
        switch (event) {
            case BranchEvent.Opened e -> openBranch(e.branchId(), e.timeZone(), e.openingHours());
            case BranchEvent.OpeningHoursChanged e -> changeHours(e.branchId(), e.openingHours());
            case StaffEvent.Hired e -> putStaff(e);
            case StaffEvent.ServicesChanged e -> changeStaff(e.staffId(), h -> new StaffEvent.Hired(h.staffId(),
                    h.branchId(), h.name(), h.role(), e.serviceIds(), h.workingHours()));
            case StaffEvent.WorkingHoursChanged e -> changeStaff(e.staffId(), h -> new StaffEvent.Hired(h.staffId(),
                    h.branchId(), h.name(), h.role(), h.serviceIds(), e.workingHours()));
            case ServiceEvent.Added e -> putService(timing(e.serviceId(), e.durationMinutes()));
            case BookingEvent.Created e -> {
                bookings.put(e.bookingId(), e);
                refresh(e.bookingId());
            }
            case StaffDayEvent.SlotReserved e -> {
                stylistTime.put(e.bookingId(), e);
                refresh(e.bookingId());
            }
            case StaffDayEvent.SlotReleased e -> release(stylistTime, e.bookingId(),
                    held -> held.staffId().equals(e.staffId()) && held.date().equals(e.date()));
            case CustomerDayEvent.VisitReserved e -> {
                clientTime.put(e.bookingId(), e);
                refresh(e.bookingId());
            }
            case CustomerDayEvent.VisitReleased e -> release(clientTime, e.bookingId(),
                    held -> held.customerId().equals(e.customerId()) && held.date().equals(e.date()));
            default -> {
                // Not about when anyone can be booked.
            }
        }
    }

    /** Asks {@code question} of the branch's engine, under the view's lock; empty for a branch the log does not know. */
    public synchronized <T> Optional<T> read(String branchId, Function<BranchAvailability, T> question) {
        BranchAvailability engine = engines.get(branchId);
        return engine == null ? Optional.empty() : Optional.ofNullable(question.apply(engine));
    }

    /**
     * The stylist's day as the book shades it (free, booked, processing, blocked); empty for a branch the log does not
     * know. See {@link BranchAvailability#dayPicture}.
     */
    public synchronized List<DaySegment> dayPicture(String branchId, String staffId, LocalDate date) {
        return read(branchId, engine -> engine.dayPicture(staffId, date)).orElse(List.of());
    }

    /** A copy of the branch's engine to ask on another thread without holding up the view. */
    public synchronized Optional<BranchAvailability> branch(String branchId) {
        return Optional.ofNullable(engines.get(branchId)).map(BranchAvailability::copy);
    }

    /** The time each booking holds now, by booking id (what the engines were given). */
    public synchronized Map<String, BookedVisit> visits() {
        return Map.copyOf(visits);
    }

    /** Forgets everything, to fold the log in again from its start. */
    public synchronized void clear() {
        calendars.clear();
        staff.clear();
        services.clear();
        bookings.clear();
        stylistTime.clear();
        clientTime.clear();
        visits.clear();
        engines.clear();
    }

    // ---- reference data ---------------------------------------------------------------------------------------

    private void openBranch(String branchId, String timeZone, WeeklyHours hours) {
        BranchCalendar calendar = new BranchCalendar(branchId, ZoneId.of(timeZone), hours, List.of(), window);
        calendars.put(branchId, calendar);
        List<StaffRota> rotas = staff.values().stream().filter(h -> h.branchId().equals(branchId)).map(AvailabilityView::rota)
                .toList();
        BranchAvailability engine = BranchAvailability.of(calendar, rotas, services.values(), List.of());
        visits.values().forEach(engine::apply);
        engines.put(branchId, engine);
    }

    private void changeHours(String branchId, WeeklyHours hours) {
        BranchCalendar old = calendars.get(branchId);
        if (old == null) {
            return;
        }
        BranchCalendar calendar = new BranchCalendar(branchId, old.zone(), hours, old.closures(), old.window());
        calendars.put(branchId, calendar);
        engines.get(branchId).changeCalendar(calendar);
    }

    private void putStaff(StaffEvent.Hired hired) {
        staff.put(hired.staffId(), hired);
        BranchAvailability engine = engines.get(hired.branchId());
        if (engine != null) {
            engine.putStaff(rota(hired));
        }
    }

    private void changeStaff(String staffId, Function<StaffEvent.Hired, StaffEvent.Hired> change) {
        StaffEvent.Hired hired = staff.get(staffId);
        if (hired != null) {
            putStaff(change.apply(hired));
        }
    }

    private static StaffRota rota(StaffEvent.Hired hired) {
        return StaffRota.weekly(hired.staffId(), Set.copyOf(hired.serviceIds()), hired.workingHours());
    }

    private void putService(ServiceTiming timing) {
        services.put(timing.serviceId(), timing);
        engines.values().forEach(engine -> engine.putService(timing));
    }

    /** A service of today's menu: one active phase, its duration rounded up to the engine's five minutes. */
    static ServiceTiming timing(String serviceId, int durationMinutes) {
        int minutes = Math.max(5, (durationMinutes + 4) / 5 * 5);
        return ServiceTiming.simple(serviceId, minutes);
    }

    // ---- bookings ---------------------------------------------------------------------------------------------

    /** A day gives the booking's time back: only the reservation it names (a later one of another day stays). */
    private <T> void release(Map<String, T> held, String bookingId, Predicate<T> named) {
        T reservation = held.get(bookingId);
        if (reservation != null && named.test(reservation)) {
            held.remove(bookingId);
            refresh(bookingId);
        }
    }

    /** The booking's visit again from what its days hold now: applied to every engine, or removed when nothing is. */
    private void refresh(String bookingId) {
        Optional<BookedVisit> visit = visitOf(bookingId);
        if (visit.isEmpty()) {
            if (visits.remove(bookingId) != null) {
                engines.values().forEach(engine -> engine.remove(bookingId));
            }
            return;
        }
        if (visit.get().equals(visits.get(bookingId))) {
            return;
        }
        visits.put(bookingId, visit.get());
        engines.values().forEach(engine -> engine.apply(visit.get()));
    }

    private Optional<BookedVisit> visitOf(String bookingId) {
        StaffDayEvent.SlotReserved stylist = stylistTime.get(bookingId);
        CustomerDayEvent.VisitReserved client = clientTime.get(bookingId);
        Optional<String> customer = Optional.ofNullable(client).map(CustomerDayEvent.VisitReserved::customerId);
        if (stylist != null) {
            return Optional.of(new BookedVisit(bookingId, customer,
                    parts(bookings.get(bookingId), stylist.staffId(), stylist.date(), stylist.start(), stylist.end())));
        }
        if (client != null) {
            return Optional.of(new BookedVisit(bookingId, customer,
                    parts(bookings.get(bookingId), NO_STYLIST, client.date(), client.start(), client.end())));
        }
        return Optional.empty();
    }

    /**
     * The booking's services one after another from {@code start}, the last one ending at {@code end} whatever the
     * durations say (the reservation is what holds the time). Without the booking, one part fills the time.
     */
    private static List<BookedPart> parts(BookingEvent.Created booking, String staffId, LocalDate date, LocalTime start,
                                          LocalTime end) {
        LocalDateTime from = date.atTime(start);
        LocalDateTime until = date.atTime(end);
        List<BookedService> services = booking == null ? List.of() : booking.services();
        List<BookedPart> parts = new ArrayList<>();
        LocalDateTime at = from;
        for (int i = 0; i < services.size() && at.isBefore(until); i++) {
            boolean last = i == services.size() - 1;
            LocalDateTime partEnd = last ? until : min(at.plusMinutes(services.get(i).durationMinutes()), until);
            parts.add(part(services.get(i).serviceId(), staffId, at, partEnd));
            at = partEnd;
        }
        if (parts.isEmpty()) {
            parts.add(part("", staffId, from, until));
        }
        return parts;
    }

    private static BookedPart part(String serviceId, String staffId, LocalDateTime start, LocalDateTime end) {
        int minutes = (int) Math.max(1, Duration.between(start, end).toMinutes());
        return new BookedPart(serviceId, staffId, start, Phases.simple(minutes), List.of());
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
