package com.salondesk.domain.availability;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One branch's availability: when which services can be booked, by whom, for whom. It holds the branch's calendar,
 * its stylists' rotas, the services' timings, the resources and every booking applied so far, folded into
 * five-minute cells: for each stylist, client and resource and each day, how many bookings hold each cell. A query
 * combines those masks with the working hours (cached per stylist and day) in a few bit operations per day.
 *
 * <p>Bookings come and go one at a time ({@link #apply}, {@link #remove}), each costing the cells it touches, so a
 * projection keeps the engine current as events arrive. Bookings of stylists or resources the branch does not
 * know yet are kept and count once those arrive; a client's bookings at other branches may be applied too, for
 * "one place at a time". One thread changes it; readers on other threads take a {@link #copy()}, which any number
 * of them may query at once.
 */
public final class BranchAvailability {

    private BranchCalendar calendar;
    private final Map<String, StaffRota> staff = new LinkedHashMap<>();
    private final Map<String, ServiceTiming> services = new HashMap<>();
    private final Map<String, Resource> resources = new LinkedHashMap<>();
    private final Map<String, BookedVisit> bookings = new LinkedHashMap<>();
    private final Map<String, List<Hold>> holds = new HashMap<>();
    private final EnumMap<Hold.Kind, Map<String, Map<LocalDate, CellCounts>>> counts = new EnumMap<>(Hold.Kind.class);
    // Caches filled by queries; concurrent so that several readers may share one copy.
    private final Map<LocalDate, long[]> openCells = new ConcurrentHashMap<>();
    private final Map<String, Map<LocalDate, long[]>> workingCells = new ConcurrentHashMap<>();
    private final Map<String, Map<LocalDate, FreeDay>> freeDays = new ConcurrentHashMap<>();

    private BranchAvailability(BranchCalendar calendar) {
        this.calendar = calendar;
        for (Hold.Kind kind : Hold.Kind.values()) {
            counts.put(kind, new HashMap<>());
        }
    }

    /** A branch with nothing booked yet; the rotas' order is the order stylists are offered in. */
    public static BranchAvailability of(BranchCalendar calendar, Collection<StaffRota> rotas,
                                        Collection<ServiceTiming> timings, Collection<Resource> branchResources) {
        BranchAvailability branch = new BranchAvailability(calendar);
        branchResources.forEach(branch::putResource);
        timings.forEach(branch::putService);
        rotas.forEach(branch::putStaff);
        return branch;
    }

    // ---- the model changes ------------------------------------------------------------------------------------

    /** The booking, in place of any earlier version of it (a move applies the booking again). */
    public void apply(BookedVisit visit) {
        remove(visit.bookingId());
        List<Hold> taken = Hold.of(visit);
        for (Hold hold : taken) {
            countsOf(hold.kind(), hold.ownerId())
                    .computeIfAbsent(hold.date(), d -> new CellCounts(capacityOf(hold)))
                    .add(hold.from(), hold.to());
            forgetFreeDay(hold);
        }
        bookings.put(visit.bookingId(), visit);
        holds.put(visit.bookingId(), taken);
    }

    /** The booking gives its time back (cancelled, a no-show, its time lost); nothing when it is not held. */
    public void remove(String bookingId) {
        List<Hold> given = holds.remove(bookingId);
        if (given == null) {
            return;
        }
        bookings.remove(bookingId);
        for (Hold hold : given) {
            Map<LocalDate, CellCounts> days = countsOf(hold.kind(), hold.ownerId());
            CellCounts day = days.get(hold.date());
            day.remove(hold.from(), hold.to());
            if (day.isEmpty()) {
                days.remove(hold.date());
            }
            forgetFreeDay(hold);
        }
    }

    private void forgetFreeDay(Hold hold) {
        if (hold.kind() == Hold.Kind.STAFF) {
            Map<LocalDate, FreeDay> days = freeDays.get(hold.ownerId());
            if (days != null) {
                days.remove(hold.date());
            }
        }
    }

    public void changeCalendar(BranchCalendar newCalendar) {
        calendar = newCalendar;
        openCells.clear();
        workingCells.clear();
        freeDays.clear();
    }

    /** A stylist joins the branch, or their rota changes. */
    public void putStaff(StaffRota rota) {
        staff.put(rota.staffId(), rota);
        workingCells.remove(rota.staffId());
        freeDays.remove(rota.staffId());
    }

    /** A stylist leaves the branch: no longer offered; their bookings stay until removed. */
    public void removeStaff(String staffId) {
        staff.remove(staffId);
        workingCells.remove(staffId);
        freeDays.remove(staffId);
    }

    /** A service is added or retimed; bookings made before keep the timing they were booked with. */
    public void putService(ServiceTiming timing) {
        for (String resource : timing.resourceIds()) {
            if (!resources.containsKey(resource)) {
                throw new IllegalArgumentException("service " + timing.serviceId() + " needs resource " + resource
                        + ", which the branch does not have");
            }
        }
        services.put(timing.serviceId(), timing);
    }

    /** A resource is added, or its capacity changes. */
    public void putResource(Resource resource) {
        resources.put(resource.resourceId(), resource);
        countsOf(Hold.Kind.RESOURCE, resource.resourceId()).values().forEach(c -> c.changeCapacity(resource.capacity()));
    }

    // ---- what it holds ----------------------------------------------------------------------------------------

    public BranchCalendar calendar() {
        return calendar;
    }

    public Optional<BookedVisit> booking(String bookingId) {
        return Optional.ofNullable(bookings.get(bookingId));
    }

    public Collection<BookedVisit> bookings() {
        return List.copyOf(bookings.values());
    }

    public List<StaffRota> staff() {
        return List.copyOf(staff.values());
    }

    public Collection<ServiceTiming> services() {
        return List.copyOf(services.values());
    }

    public Collection<Resource> resources() {
        return List.copyOf(resources.values());
    }

    /** An independent copy, for a reader on another thread while this one goes on changing. */
    public BranchAvailability copy() {
        BranchAvailability c = new BranchAvailability(calendar);
        c.staff.putAll(staff);
        c.services.putAll(services);
        c.resources.putAll(resources);
        c.bookings.putAll(bookings);
        c.holds.putAll(holds);
        counts.forEach((kind, owners) -> owners.forEach((owner, days) -> {
            Map<LocalDate, CellCounts> copied = c.countsOf(kind, owner);
            days.forEach((date, cells) -> copied.put(date, cells.copy()));
        }));
        openCells.forEach(c.openCells::put);
        workingCells.forEach((id, days) -> c.workingCells.put(id, new ConcurrentHashMap<>(days)));
        freeDays.forEach((id, days) -> c.freeDays.put(id, new ConcurrentHashMap<>(days)));
        return c;
    }

    /** Whether both hold the same counts in every cell of every stylist, client and resource (for tests). */
    boolean sameCellsAs(BranchAvailability other) {
        for (Hold.Kind kind : Hold.Kind.values()) {
            Map<String, Map<LocalDate, CellCounts>> mine = counts.get(kind);
            Map<String, Map<LocalDate, CellCounts>> theirs = other.counts.get(kind);
            for (String owner : union(mine.keySet(), theirs.keySet())) {
                Map<LocalDate, CellCounts> a = mine.getOrDefault(owner, Map.of());
                Map<LocalDate, CellCounts> b = theirs.getOrDefault(owner, Map.of());
                if (!a.keySet().equals(b.keySet())) {
                    return false;
                }
                for (LocalDate date : a.keySet()) {
                    if (!a.get(date).sameAs(b.get(date))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    // ---- the queries ------------------------------------------------------------------------------------------

    /** Every start on {@code date} at which the visit fits, earliest first, each with the stylists it would have. */
    public List<VisitSlot> freeSlots(VisitRequest request, LocalDate date) {
        Visit visit = visitOf(request);
        DaySearch search = search(visit, date, windowOf(request, request.now()));
        List<VisitSlot> slots = new ArrayList<>();
        long[] starts = search.starts();
        for (int t = Cells.next(starts, 0); t >= 0; t = Cells.next(starts, t + 1)) {
            slots.add(search.slotAt(t));
        }
        return slots;
    }

    /** The earliest start at or after {@code from} (and within the booking window) at which the visit fits. */
    public Optional<VisitSlot> nextSlot(VisitRequest request, Instant from) {
        Visit visit = visitOf(request);
        Window window = windowOf(request, from);
        for (LocalDate date = window.earliest.toLocalDate(); !date.isAfter(window.latest.toLocalDate());
             date = date.plusDays(1)) {
            DaySearch search = search(visit, date, window);
            int t = Cells.next(search.starts(), 0);
            if (t >= 0) {
                return Optional.of(search.slotAt(t));
            }
        }
        return Optional.empty();
    }

    /** The earliest start from the moment of asking on. */
    public Optional<VisitSlot> nextSlot(VisitRequest request) {
        return nextSlot(request, request.now());
    }

    /** The local times a start may fall between, both included. */
    private record Window(LocalDateTime earliest, LocalDateTime latest) {
    }

    private Visit visitOf(VisitRequest request) {
        List<ServiceTiming> parts = new ArrayList<>();
        for (String id : request.serviceIds()) {
            ServiceTiming timing = services.get(id);
            if (timing == null) {
                throw new IllegalArgumentException("the branch does not offer service " + id);
            }
            parts.add(timing);
        }
        List<StaffRota> pool = switch (request.stylists()) {
            case Stylists.Named named -> {
                StaffRota rota = staff.get(named.staffId());
                if (rota == null) {
                    throw new IllegalArgumentException("stylist " + named.staffId() + " does not work at the branch");
                }
                yield List.of(rota);
            }
            case Stylists.Anyone _, Stylists.OneForAll _ -> List.copyOf(staff.values());
        };
        return Visit.of(parts, pool, !(request.stylists() instanceof Stylists.Anyone), request.customerId());
    }

    private Window windowOf(VisitRequest request, Instant from) {
        BookingWindow bw = calendar.window();
        Instant soonest = request.now().plus(bw.minimumNotice());
        Instant earliest = from.isAfter(soonest) ? from : soonest;
        Instant latest = request.now().plus(bw.furthestAhead());
        return new Window(LocalDateTime.ofInstant(earliest, calendar.zone()),
                LocalDateTime.ofInstant(latest, calendar.zone()));
    }

    /** The starts on {@code date} the booking window allows. */
    private static long[] windowCells(LocalDate date, Window window) {
        LocalDate first = window.earliest.toLocalDate();
        LocalDate last = window.latest.toLocalDate();
        if (date.isBefore(first) || date.isAfter(last) || window.latest.isBefore(window.earliest)) {
            return Cells.none();
        }
        int seconds = Cells.MINUTES * 60;
        int from = date.equals(first) ? (window.earliest.toLocalTime().toSecondOfDay() + seconds - 1) / seconds : 0;
        int to = date.equals(last) ? window.latest.toLocalTime().toSecondOfDay() / seconds + 1 : Cells.PER_DAY;
        return Cells.range(from, to);
    }

    /** The starts the window, the opening hours, the client and the resources allow; then the stylists. */
    private DaySearch search(Visit visit, LocalDate date, Window window) {
        long[] starts = windowCells(date, window);
        if (!Cells.isEmpty(starts)) {
            Cells.andInto(starts, Cells.runs(open(date), visit.cells()));
        }
        if (!Cells.isEmpty(starts) && visit.customerId().isPresent()) {
            CellCounts client = countsOn(Hold.Kind.CUSTOMER, visit.customerId().get(), date);
            if (client != null) {
                Cells.andInto(starts, Cells.runs(Cells.not(client.full()), visit.cells()));
            }
        }
        for (int i = 0; i < visit.parts().size() && !Cells.isEmpty(starts); i++) {
            ServiceTiming part = visit.parts().get(i);
            for (String resource : part.resourceIds()) {
                CellCounts used = countsOn(Hold.Kind.RESOURCE, resource, date);
                if (used != null) {
                    long[] room = Cells.runs(Cells.not(used.full()), part.phases().clientMinutes() / Cells.MINUTES);
                    Cells.shiftInto(room, visit.offsets()[i]);
                    Cells.andInto(starts, room);
                }
            }
        }
        return new DaySearch(visit, date, p -> freeDay(visit.pool().get(p).staffId(), date)).run(starts);
    }

    /**
     * How the stylist's day looks in the book: booked, processing (a client's colour develops while the stylist is free
     * for another), free (working, the branch open, no break or time off) and blocked, in five-minute cells merged
     * into stretches. It runs from the first to the last cell of the branch's weekly opening hours, the stylist's
     * hours and their bookings, earliest first (a closed holiday shows as blocked); the rest of the day is blocked. Empty for a stylist the branch does not know with nothing booked.
     */
    public List<DaySegment> dayPicture(String staffId, LocalDate date) {
        StaffRota rota = staff.get(staffId);
        long[] free = rota == null ? Cells.none() : working(rota, date);
        String[] booking = new String[Cells.PER_DAY];
        DaySegment.Kind[] kinds = new DaySegment.Kind[Cells.PER_DAY];
        for (BookedVisit visit : bookings.values()) {
            List<Hold> held = holds.get(visit.bookingId());
            for (BookedPart part : visit.parts()) {
                if (part.staffId().equals(staffId) && part.start().toLocalDate().equals(date)) {
                    int start = Cells.minuteOf(part.start().toLocalTime()) / Cells.MINUTES;
                    int from = start + Cells.ceilCell(part.phases().activeMinutes());
                    int to = Math.min(Cells.PER_DAY, from + Cells.ceilCell(part.phases().processingMinutes()));
                    mark(kinds, booking, from, to, DaySegment.Kind.PROCESSING, visit.bookingId());
                }
            }
            for (Hold hold : held) {
                if (hold.kind() == Hold.Kind.STAFF && hold.ownerId().equals(staffId) && hold.date().equals(date)) {
                    mark(kinds, booking, hold.from(), hold.to(), DaySegment.Kind.BOOKED, visit.bookingId());
                }
            }
        }
        long[] shown = Cells.inside(calendar.openingHours().on(date));
        if (rota != null) {
            Shift shift = rota.shiftOn(date);
            shown = Cells.or(shown, Cells.inside(shift != null ? shift.hours() : rota.workingHours().on(date)));
        }
        int first = -1;
        int last = -1;
        for (int c = 0; c < Cells.PER_DAY; c++) {
            if (kinds[c] == null) {
                kinds[c] = Cells.get(free, c) ? DaySegment.Kind.FREE : DaySegment.Kind.BLOCKED;
            }
            if (kinds[c] != DaySegment.Kind.BLOCKED || Cells.get(shown, c)) {
                first = first < 0 ? c : first;
                last = c;
            }
        }
        List<DaySegment> segments = new ArrayList<>();
        for (int c = first; c >= 0 && c <= last; ) {
            int end = c + 1;
            while (end <= last && kinds[end] == kinds[c] && Objects.equals(booking[end], booking[c])) {
                end++;
            }
            segments.add(new DaySegment(Cells.timeOf(c), end == Cells.PER_DAY ? LocalTime.MAX : Cells.timeOf(end),
                    kinds[c], booking[c]));
            c = end;
        }
        return segments;
    }

    /** Marks cells {@code [from, to)} with the booking; a stylist's held time wins over another's processing. */
    private static void mark(DaySegment.Kind[] kinds, String[] booking, int from, int to, DaySegment.Kind kind,
                             String bookingId) {
        for (int c = Math.max(0, from); c < to; c++) {
            if (kinds[c] != DaySegment.Kind.BOOKED) {
                kinds[c] = kind;
                booking[c] = bookingId;
            }
        }
    }

    // ---- cells ------------------------------------------------------------------------------------------------

    /** When the stylist can take a client on {@code date}: working, the branch open, not on a break or off, not booked. */
    private FreeDay freeDay(String staffId, LocalDate date) {
        return freeDays.computeIfAbsent(staffId, id -> new ConcurrentHashMap<>()).computeIfAbsent(date, d -> {
            long[] working = workingCells.computeIfAbsent(staffId, id -> new ConcurrentHashMap<>())
                    .computeIfAbsent(date, day -> working(staff.get(staffId), day));
            CellCounts booked = countsOn(Hold.Kind.STAFF, staffId, date);
            return FreeDay.of(booked == null ? working : Cells.andNot(working, booked.full()));
        });
    }

    private long[] working(StaffRota rota, LocalDate date) {
        Shift shift = rota.shiftOn(date);
        long[] cells = Cells.inside(shift != null ? shift.hours() : rota.workingHours().on(date));
        Cells.andInto(cells, open(date));
        cells = Cells.andNot(cells, Cells.touched(rota.breaks().on(date)));
        LocalDateTime dayStart = date.atStartOfDay();
        LocalDateTime dayEnd = date.plusDays(1).atStartOfDay();
        int secondsPerCell = Cells.MINUTES * 60;
        for (TimeOff off : rota.timeOff()) {
            if (off.start().isBefore(dayEnd) && off.end().isAfter(dayStart)) {
                int from = off.start().isAfter(dayStart) ? off.start().toLocalTime().toSecondOfDay() / secondsPerCell : 0;
                int to = off.end().isBefore(dayEnd)
                        ? (off.end().toLocalTime().toSecondOfDay() + secondsPerCell - 1) / secondsPerCell
                        : Cells.PER_DAY;
                Cells.removeRange(cells, from, to);
            }
        }
        return cells;
    }

    /** When the branch is open on {@code date}: its weekly hours less the closures of that date. */
    private long[] open(LocalDate date) {
        return openCells.computeIfAbsent(date, d -> {
            long[] cells = Cells.inside(calendar.openingHours().on(d));
            for (Closure closure : calendar.closures()) {
                if (closure.date().equals(d)) {
                    cells = closure.hours().isEmpty() ? Cells.none()
                            : Cells.andNot(cells, Cells.touched(List.of(closure.hours().get())));
                }
            }
            return cells;
        });
    }

    private Map<LocalDate, CellCounts> countsOf(Hold.Kind kind, String ownerId) {
        return counts.get(kind).computeIfAbsent(ownerId, id -> new HashMap<>());
    }

    /** What holds the owner's cells on {@code date}, if anything; a query never adds to the maps. */
    private CellCounts countsOn(Hold.Kind kind, String ownerId, LocalDate date) {
        Map<LocalDate, CellCounts> days = counts.get(kind).get(ownerId);
        return days == null ? null : days.get(date);
    }

    private int capacityOf(Hold hold) {
        Resource resource = hold.kind() == Hold.Kind.RESOURCE ? resources.get(hold.ownerId()) : null;
        return resource == null ? 1 : resource.capacity();
    }
}
