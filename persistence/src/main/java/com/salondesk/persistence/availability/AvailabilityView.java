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
import com.salondesk.domain.resource.ResourceDayEvent;
import com.salondesk.domain.schedule.CustomerDayEvent;
import com.salondesk.domain.schedule.StaffDayEvent;
import com.salondesk.domain.service.ServiceEvent;
import com.salondesk.domain.shared.DomainEvent;
import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.branch.Branch;
import com.salondesk.domain.branch.BranchDecider;
import com.salondesk.domain.branch.BranchRules;
import com.salondesk.domain.service.SalonService;
import com.salondesk.domain.service.ServiceDecider;
import com.salondesk.domain.staff.StaffDecider;
import com.salondesk.domain.staff.StaffEvent;
import com.salondesk.domain.staff.StaffMember;
import com.salondesk.domain.staff.StaffRules;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Every branch's availability engine, folded from the log's events: branches with their opening hours, closures,
 * booking window and resources; stylists with their weekly hours, breaks, one-off shifts, time off and services;
 * services with their phases (active, processing, finishing, cleanup) and the resources they need; and the time
 * bookings hold in the stylists' and customers' days and in the resources' days. Reference data is folded with the
 * aggregates' own deciders' {@code evolve}, so the engines see what the deciders see. The day reservations
 * ({@code schedule.*}: the stylist's slot with its processing gap, the client's visit; {@code resource.*}: a unit of a
 * basin) say which time is held, so cancellations, no-shows, lost and moved time need nothing of their own; the booking
 * ({@code booking.created}) says which services fill it.
 *
 * <p>A service needs only the resources its branch has (a branch without basins does not hold one for a colour).
 * A booking is applied to every branch's engine, so that a client booked at one branch is not offered the same
 * time at another (at the other branches its stylist is unknown and holds nothing). {@code window} is the booking
 * window of a branch that has not set one.
 *
 * <p>All methods are synchronized: one thread folds events in while others ask questions through {@link #read}.
 */
public final class AvailabilityView {

    /** The stylist of a client's visit whose stylist's time is not held: no branch has a stylist of this id. */
    static final String NO_STYLIST = "";

    private static final BranchDecider BRANCHES = new BranchDecider();
    private static final StaffDecider STAFF = new StaffDecider();
    private static final ServiceDecider SERVICES = new ServiceDecider();

    private final BookingWindow window;
    private final Map<String, Branch.Open> branches = new LinkedHashMap<>();
    private final Map<String, StaffMember.Employed> staff = new LinkedHashMap<>();
    private final Map<String, SalonService.Offered> services = new LinkedHashMap<>();
    private final Map<String, BookingEvent.Created> bookings = new HashMap<>();
    private final Map<String, StaffDayEvent.SlotReserved> stylistTime = new HashMap<>();
    private final Map<String, CustomerDayEvent.VisitReserved> clientTime = new HashMap<>();
    /** The resources each booking holds a unit of, by booking id and resource id. */
    private final Map<String, Set<String>> resourceTime = new HashMap<>();
    private final Map<String, BookedVisit> visits = new LinkedHashMap<>();
    private final Map<String, BranchAvailability> engines = new LinkedHashMap<>();

    public AvailabilityView(BookingWindow window) {
        this.window = window;
    }

    /** Folds one event in; events of other kinds are passed over. */
    public synchronized void apply(DomainEvent event) {
        switch (event) {
            case BranchEvent e -> changeBranch(e);
            case StaffEvent e -> changeStaff(e);
            case ServiceEvent e -> changeService(e);
            case BookingEvent.Created e -> {
                bookings.put(e.bookingId(), e);
                refresh(e.bookingId());
            }
            // Edited on the book: other services fill the same time (a new time comes as the days' reservations).
            case BookingEvent.DetailsChanged e -> {
                BookingEvent.Created made = bookings.get(e.bookingId());
                if (made != null) {
                    bookings.put(e.bookingId(), new BookingEvent.Created(made.bookingId(), made.customerId(),
                            made.branchId(), made.staffId(), e.services(), made.start(), made.end(), e.price()));
                    refresh(e.bookingId());
                }
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
            case ResourceDayEvent.Reserved e -> {
                resourceTime.computeIfAbsent(e.bookingId(), id -> new HashSet<>()).add(e.resourceId());
                refresh(e.bookingId());
            }
            case ResourceDayEvent.Released e -> {
                Set<String> held = resourceTime.get(e.bookingId());
                if (held != null && held.remove(e.resourceId())) {
                    if (held.isEmpty()) {
                        resourceTime.remove(e.bookingId());
                    }
                    refresh(e.bookingId());
                }
            }
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
        branches.clear();
        staff.clear();
        services.clear();
        bookings.clear();
        stylistTime.clear();
        clientTime.clear();
        resourceTime.clear();
        visits.clear();
        engines.clear();
    }

    // ---- reference data ---------------------------------------------------------------------------------------

    private void changeBranch(BranchEvent event) {
        String branchId = branchIdOf(event);
        Branch before = branches.containsKey(branchId) ? branches.get(branchId) : BRANCHES.initialState();
        if (!(BRANCHES.evolve(before, event) instanceof Branch.Open branch)) {
            return;
        }
        branches.put(branchId, branch);
        BranchAvailability engine = engines.get(branchId);
        if (engine == null) {
            openBranch(branch);
            return;
        }
        switch (event) {
            case BranchEvent.ResourceAdded e -> putResources(engine, branch);
            case BranchEvent.ResourceChanged e -> putResources(engine, branch);
            case BranchEvent.CheckInWindowChanged e -> {
                // Checking in is not booking.
            }
            case BranchEvent.TaxRatesChanged e -> {
                // Nor are taxes.
            }
            default -> engine.changeCalendar(calendar(branch));
        }
    }

    private static String branchIdOf(BranchEvent event) {
        return switch (event) {
            case BranchEvent.Opened e -> e.branchId();
            case BranchEvent.OpeningHoursChanged e -> e.branchId();
            case BranchEvent.CheckInWindowChanged e -> e.branchId();
            case BranchEvent.TaxRatesChanged e -> e.branchId();
            case BranchEvent.ClosureAdded e -> e.branchId();
            case BranchEvent.ClosureRemoved e -> e.branchId();
            case BranchEvent.BookingWindowChanged e -> e.branchId();
            case BranchEvent.ResourceAdded e -> e.branchId();
            case BranchEvent.ResourceChanged e -> e.branchId();
        };
    }

    private BranchCalendar calendar(Branch.Open branch) {
        BranchRules rules = branch.rules();
        // A branch that never set a window takes the view's; one that did, its own.
        return new BranchCalendar(branch.branchId(), ZoneId.of(branch.timeZone()), branch.openingHours(),
                rules.engineClosures(), rules.windowSet() ? rules.window() : window);
    }

    private void openBranch(Branch.Open branch) {
        List<StaffRota> rotas = staff.values().stream().filter(h -> h.branchId().equals(branch.branchId()))
                .map(AvailabilityView::rota).toList();
        BranchAvailability engine = BranchAvailability.of(calendar(branch), rotas, List.of(),
                branch.rules().resources().values());
        services.values().forEach(service -> engine.putService(timing(service, engine)));
        visits.values().forEach(visit -> applyTo(branch.branchId(), engine, visit));
        engines.put(branch.branchId(), engine);
    }

    /** A resource came or changed: the engine takes it, and the services that need it now hold it there. */
    private void putResources(BranchAvailability engine, Branch.Open branch) {
        branch.rules().resources().values().forEach(engine::putResource);
        services.values().forEach(service -> engine.putService(timing(service, engine)));
    }

    private void changeStaff(StaffEvent event) {
        String staffId = staffIdOf(event);
        StaffMember before = staff.containsKey(staffId) ? staff.get(staffId) : STAFF.initialState();
        if (STAFF.evolve(before, event) instanceof StaffMember.Employed employed) {
            staff.put(staffId, employed);
            BranchAvailability engine = engines.get(employed.branchId());
            if (engine != null) {
                engine.putStaff(rota(employed));
            }
        }
    }

    private static String staffIdOf(StaffEvent event) {
        return switch (event) {
            case StaffEvent.Hired e -> e.staffId();
            case StaffEvent.ServicesChanged e -> e.staffId();
            case StaffEvent.WorkingHoursChanged e -> e.staffId();
            case StaffEvent.BreaksChanged e -> e.staffId();
            case StaffEvent.ShiftAdded e -> e.staffId();
            case StaffEvent.ShiftRemoved e -> e.staffId();
            case StaffEvent.TimeOffAdded e -> e.staffId();
            case StaffEvent.TimeOffRemoved e -> e.staffId();
        };
    }

    private static StaffRota rota(StaffMember.Employed employed) {
        StaffRules rules = employed.rules();
        return new StaffRota(employed.staffId(), employed.serviceIds(), employed.workingHours(), rules.breaks(),
                rules.shiftList(), rules.timeOffList());
    }

    private void changeService(ServiceEvent event) {
        String serviceId = serviceIdOf(event);
        SalonService before = services.containsKey(serviceId) ? services.get(serviceId) : SERVICES.initialState();
        if (SERVICES.evolve(before, event) instanceof SalonService.Offered offered) {
            services.put(serviceId, offered);
            if (event instanceof ServiceEvent.Added || event instanceof ServiceEvent.TimingChanged
                    || event instanceof ServiceEvent.ResourcesChanged) {
                engines.values().forEach(engine -> engine.putService(timing(offered, engine)));
            }
        }
    }

    private static String serviceIdOf(ServiceEvent event) {
        return switch (event) {
            case ServiceEvent.Added e -> e.serviceId();
            case ServiceEvent.PriceChanged e -> e.serviceId();
            case ServiceEvent.ProductsUsedChanged e -> e.serviceId();
            case ServiceEvent.DepositChanged e -> e.serviceId();
            case ServiceEvent.TimingChanged e -> e.serviceId();
            case ServiceEvent.ResourcesChanged e -> e.serviceId();
        };
    }

    /**
     * The service as the branch's engine times it: its phases, or (a service never timed, of a length off the
     * five-minute grid) one active phase rounded up to five minutes; and the resources it needs that the branch has.
     */
    static ServiceTiming timing(SalonService.Offered service, BranchAvailability engine) {
        Phases p = service.phases();
        boolean onGrid = p.activeMinutes() % 5 == 0 && p.processingMinutes() % 5 == 0 && p.finishingMinutes() % 5 == 0
                && p.cleanupMinutes() % 5 == 0;
        Phases phases = onGrid ? p : Phases.simple(Math.max(5, (service.durationMinutes() + 4) / 5 * 5));
        Set<String> had = new HashSet<>();
        engine.resources().forEach(r -> had.add(r.resourceId()));
        return new ServiceTiming(service.serviceId(), phases,
                service.resourceIds().stream().filter(had::contains).toList());
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
        engines.forEach((branchId, engine) -> applyTo(branchId, engine, visit.get()));
    }

    /**
     * The visit as one branch's engine counts it: with its resources at its own branch; elsewhere only the stylist and
     * the client (another branch's basin of the same name is another basin).
     */
    private void applyTo(String branchId, BranchAvailability engine, BookedVisit visit) {
        BookingEvent.Created booking = bookings.get(visit.bookingId());
        boolean here = booking != null && booking.branchId().equals(branchId);
        if (here || visit.parts().stream().allMatch(p -> p.resourceIds().isEmpty())) {
            engine.apply(visit);
            return;
        }
        engine.apply(new BookedVisit(visit.bookingId(), visit.customerId(), visit.parts().stream()
                .map(p -> new BookedPart(p.serviceId(), p.staffId(), p.start(), p.phases(), List.of())).toList()));
    }

    private Optional<BookedVisit> visitOf(String bookingId) {
        StaffDayEvent.SlotReserved stylist = stylistTime.get(bookingId);
        CustomerDayEvent.VisitReserved client = clientTime.get(bookingId);
        Optional<String> customer = Optional.ofNullable(client).map(CustomerDayEvent.VisitReserved::customerId);
        if (stylist != null) {
            return Optional.of(new BookedVisit(bookingId, customer,
                    parts(bookings.get(bookingId), stylist, stylist.staffId(), stylist.date(), stylist.start(),
                            stylist.end())));
        }
        if (client != null) {
            return Optional.of(new BookedVisit(bookingId, customer,
                    parts(bookings.get(bookingId), null, NO_STYLIST, client.date(), client.start(), client.end())));
        }
        return Optional.empty();
    }

    /**
     * The booking's services one after another from {@code start}, the last one ending at {@code end} whatever the
     * durations say (the reservation is what holds the time). Without the booking, one part fills the time. A
     * reservation's processing gap (a colour developing, the stylist free) splits a booking of one service into its
     * phases; a part holds the resources its booking reserved ({@code resource.reserved}), and a part as long as its
     * service takes the client the stylist's cleanup after it.
     */
    private List<BookedPart> parts(BookingEvent.Created booking, StaffDayEvent.SlotReserved stylist, String staffId,
                                   LocalDate date, LocalTime start, LocalTime end) {
        LocalDateTime from = date.atTime(start);
        LocalDateTime until = date.atTime(end);
        List<BookedService> booked = booking == null ? List.of() : booking.services();
        TimeRange gap = stylist == null || booked.size() > 1 ? null : stylist.processing();
        List<BookedPart> parts = new ArrayList<>();
        LocalDateTime at = from;
        for (int i = 0; i < booked.size() && at.isBefore(until); i++) {
            boolean last = i == booked.size() - 1;
            LocalDateTime partEnd = last ? until : min(at.plusMinutes(booked.get(i).durationMinutes()), until);
            SalonService.Offered service = services.get(booked.get(i).serviceId());
            parts.add(part(service, booked.get(i).serviceId(), staffId, at, partEnd, gap,
                    resourcesOf(booking.bookingId(), service, booked.size() == 1)));
            at = partEnd;
        }
        if (parts.isEmpty()) {
            parts.add(part(null, "", staffId, from, until, gap, List.of()));
        }
        return parts;
    }

    /** The resources the booking holds for this service: all it holds when it has one service. */
    private List<String> resourcesOf(String bookingId, SalonService.Offered service, boolean onlyService) {
        Set<String> held = resourceTime.getOrDefault(bookingId, Set.of());
        return held.stream().filter(r -> onlyService || service != null && service.resourceIds().contains(r)).sorted()
                .toList();
    }

    private static BookedPart part(SalonService.Offered service, String serviceId, String staffId, LocalDateTime start,
                                   LocalDateTime end, TimeRange gap, List<String> resources) {
        int minutes = (int) Math.max(1, Duration.between(start, end).toMinutes());
        boolean asTimed = service != null && service.phases().clientMinutes() == minutes;
        int cleanup = asTimed ? service.phases().cleanupMinutes() : 0;
        Phases phases = Phases.simple(minutes);
        if (gap != null) {
            int active = (int) Duration.between(start.toLocalTime(), gap.start()).toMinutes();
            int processing = (int) gap.length().toMinutes();
            phases = new Phases(active, processing, minutes - active - processing, cleanup);
        } else if (cleanup > 0) {
            phases = new Phases(minutes, 0, 0, cleanup);
        }
        return new BookedPart(serviceId, staffId, start, phases, resources);
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
