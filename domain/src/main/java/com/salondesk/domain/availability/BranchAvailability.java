package com.salondesk.domain.availability;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        }
    }

    public void changeCalendar(BranchCalendar newCalendar) {
        calendar = newCalendar;
        openCells.clear();
        workingCells.clear();
    }

    /** A stylist joins the branch, or their rota changes. */
    public void putStaff(StaffRota rota) {
        staff.put(rota.staffId(), rota);
        workingCells.remove(rota.staffId());
    }

    /** A stylist leaves the branch: no longer offered; their bookings stay until removed. */
    public void removeStaff(String staffId) {
        staff.remove(staffId);
        workingCells.remove(staffId);
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
        Window window = windowOf(request, request.now());
        DaySearch search = search(visit, date, window);
        List<VisitSlot> slots = new ArrayList<>();
        for (int t = Cells.next(search.starts, 0); t >= 0; t = Cells.next(search.starts, t + 1)) {
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
            int t = Cells.next(search.starts, 0);
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

    /** The services asked for, with their stylists to choose from and where each starts within the visit. */
    private record Visit(List<ServiceTiming> parts, int[] offsets, int cells, List<List<StaffRota>> choices,
                         boolean sameStylist, VisitRequest request) {
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
        int[] offsets = new int[parts.size()];
        int cells = 0;
        for (int i = 0; i < parts.size(); i++) {
            offsets[i] = cells;
            cells += parts.get(i).phases().clientMinutes() / Cells.MINUTES;
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
        boolean same = !(request.stylists() instanceof Stylists.Anyone);
        List<List<StaffRota>> choices = new ArrayList<>();
        for (ServiceTiming part : parts) {
            choices.add(pool.stream()
                    .filter(r -> same ? parts.stream().allMatch(p -> r.performs(p.serviceId())) : r.performs(part.serviceId()))
                    .toList());
        }
        return new Visit(List.copyOf(parts), offsets, cells, choices, same, request);
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

    private DaySearch search(Visit visit, LocalDate date, Window window) {
        long[] starts = windowCells(date, window);
        if (!Cells.isEmpty(starts)) {
            Cells.andInto(starts, Cells.runs(open(date), visit.cells));
        }
        if (!Cells.isEmpty(starts) && visit.request.customerId().isPresent()) {
            CellCounts client = countsOn(Hold.Kind.CUSTOMER, visit.request.customerId().get(), date);
            if (client != null) {
                Cells.andInto(starts, Cells.runs(Cells.not(client.full()), visit.cells));
            }
        }
        for (int i = 0; i < visit.parts.size() && !Cells.isEmpty(starts); i++) {
            ServiceTiming part = visit.parts.get(i);
            for (String resource : part.resourceIds()) {
                CellCounts used = countsOn(Hold.Kind.RESOURCE, resource, date);
                if (used != null) {
                    int length = part.phases().clientMinutes() / Cells.MINUTES;
                    Cells.andInto(starts, Cells.later(Cells.runs(Cells.not(used.full()), length), visit.offsets[i]));
                }
            }
        }
        DaySearch search = new DaySearch(visit, date);
        if (!Cells.isEmpty(starts)) {
            search.chooseStylists(starts);
        }
        search.starts = starts;
        return search;
    }

    /**
     * One day's search for a visit: for each service and each stylist who may do it, the starts of the visit at which
     * that stylist is free for that service (with their cleanup after it, or without when they do the next service
     * too), and which of those lead to a stylist for every later service as well.
     */
    private final class DaySearch {
        private final Visit visit;
        private final LocalDate date;
        private final Map<String, long[]> free = new HashMap<>();
        /** [part][stylist in choices]: starts of the visit from which this stylist can do this part and the rest. */
        private long[][][] reach;
        private long[][][] withoutCleanup;
        long[] starts = Cells.none();

        DaySearch(Visit visit, LocalDate date) {
            this.visit = visit;
            this.date = date;
        }

        void chooseStylists(long[] starts) {
            int n = visit.parts.size();
            reach = new long[n][][];
            withoutCleanup = new long[n][][];
            for (int i = n - 1; i >= 0; i--) {
                List<StaffRota> choices = visit.choices.get(i);
                reach[i] = new long[choices.size()][];
                withoutCleanup[i] = new long[choices.size()][];
                long[] anyLater = null;
                if (i < n - 1 && !visit.sameStylist) {
                    anyLater = Cells.none();
                    for (long[] r : reach[i + 1]) {
                        Cells.orInto(anyLater, r);
                    }
                }
                for (int s = 0; s < choices.size(); s++) {
                    String staffId = choices.get(s).staffId();
                    if (i == n - 1) {
                        reach[i][s] = Cells.and(starts, partCells(i, staffId, true));
                        continue;
                    }
                    int sameNext = indexOf(i + 1, staffId);
                    long[] without = partCells(i, staffId, false);
                    withoutCleanup[i][s] = without;
                    long[] r = sameNext < 0 ? Cells.none() : Cells.and(without, reach[i + 1][sameNext]);
                    if (anyLater != null) {
                        Cells.orInto(r, Cells.and(partCells(i, staffId, true), anyLater));
                    }
                    Cells.andInto(r, starts);
                    reach[i][s] = r;
                }
            }
            long[] any = Cells.none();
            for (long[] r : reach[0]) {
                Cells.orInto(any, r);
            }
            Cells.andInto(starts, any);
        }

        private int indexOf(int part, String staffId) {
            List<StaffRota> choices = visit.choices.get(part);
            for (int s = 0; s < choices.size(); s++) {
                if (choices.get(s).staffId().equals(staffId)) {
                    return s;
                }
            }
            return -1;
        }

        /** The visit's starts at which the stylist is free for part {@code i}: active, then finishing (and cleanup). */
        private long[] partCells(int i, String staffId, boolean cleanup) {
            long[] stylistFree = free.computeIfAbsent(staffId, id -> freeCells(id, date));
            Phases p = visit.parts.get(i).phases();
            int offset = visit.offsets[i];
            long[] ok = Cells.later(Cells.runs(stylistFree, p.activeMinutes() / Cells.MINUTES), offset);
            int tail = (p.finishingMinutes() + (cleanup ? p.cleanupMinutes() : 0)) / Cells.MINUTES;
            if (tail > 0) {
                int afterProcessing = offset + (p.activeMinutes() + p.processingMinutes()) / Cells.MINUTES;
                Cells.andInto(ok, Cells.later(Cells.runs(stylistFree, tail), afterProcessing));
            }
            return ok;
        }

        /** The visit from cell {@code t}, with the first stylists in rota order, keeping one stylist where one can. */
        VisitSlot slotAt(int t) {
            List<PlannedPart> parts = new ArrayList<>();
            int s = firstReaching(0, t);
            for (int i = 0; i < visit.parts.size(); i++) {
                String staffId = visit.choices.get(i).get(s).staffId();
                parts.add(new PlannedPart(visit.parts.get(i), staffId,
                        date.atTime(Cells.timeOf(t + visit.offsets[i]))));
                if (i + 1 < visit.parts.size()) {
                    int same = indexOf(i + 1, staffId);
                    boolean stay = same >= 0 && Cells.get(withoutCleanup[i][s], t) && Cells.get(reach[i + 1][same], t);
                    s = stay ? same : firstReaching(i + 1, t);
                }
            }
            return new VisitSlot(parts);
        }

        private int firstReaching(int part, int t) {
            for (int s = 0; s < reach[part].length; s++) {
                if (Cells.get(reach[part][s], t)) {
                    return s;
                }
            }
            throw new IllegalStateException("no stylist reaches cell " + t + " for part " + part);
        }
    }

    // ---- cells ------------------------------------------------------------------------------------------------

    /** When the stylist can take a client on {@code date}: working, the branch open, not on a break or off, not booked. */
    private long[] freeCells(String staffId, LocalDate date) {
        long[] working = workingCells.computeIfAbsent(staffId, id -> new ConcurrentHashMap<>())
                .computeIfAbsent(date, d -> working(staff.get(staffId), d));
        CellCounts booked = countsOn(Hold.Kind.STAFF, staffId, date);
        return booked == null ? working : Cells.andNot(working, booked.full());
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
