package com.salondesk.domain.bench;

import com.salondesk.domain.availability.BookedPart;
import com.salondesk.domain.availability.BookedVisit;
import com.salondesk.domain.availability.BookingWindow;
import com.salondesk.domain.availability.BranchAvailability;
import com.salondesk.domain.availability.BranchCalendar;
import com.salondesk.domain.availability.Closure;
import com.salondesk.domain.availability.Phases;
import com.salondesk.domain.availability.Resource;
import com.salondesk.domain.availability.ServiceTiming;
import com.salondesk.domain.availability.Shift;
import com.salondesk.domain.availability.StaffRota;
import com.salondesk.domain.availability.Stylists;
import com.salondesk.domain.availability.TimeOff;
import com.salondesk.domain.availability.VisitRequest;
import com.salondesk.domain.availability.VisitSlot;
import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.shared.WeeklyHours;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Issue 12's availability benchmark: a branch of 20 stylists over 30 days holding 5,000 bookings (about three
 * quarters of the stylists' bookable time), asked for the next free slot from random moments, and kept current by
 * booking events applied and removed one at a time. Prints the machine and date, p50/p99 of each kind of query and
 * of the updates, and ends with {@code next slot p99 ms = <figure>}: the p99 of every next-slot query measured (one
 * service by anyone, a three-hour bridal package only three stylists do in the one bridal room, cut and colour by
 * one stylist, four hours of extensions few stylist-days have room for, and one service by a named stylist), taken
 * together.
 *
 * <p>Each query and each update is timed on its own with {@link System#nanoTime()}, after warm-up rounds of the
 * same kind (the JIT compiles the hot paths first, as JMH's warm-up iterations do). The book is built the way a desk
 * builds it: each booking is applied to the engine, at a start the engine itself offered.
 *
 * <p>Run: {@code ./mvnw -q -pl domain -am -Pavailability-benchmark -DskipTests verify} (add {@code -Dbench.queries=N}
 * to change the measured count per kind, default 20,000, and {@code -Dbench.bookings=N} the book, default 5,000).
 */
public final class AvailabilityBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final LocalDate FIRST_DAY = LocalDate.parse("2027-03-01");
    private static final int DAYS = 30;
    private static final int STAFF = 20;
    private static final Instant NOW = FIRST_DAY.atStartOfDay(ZONE).minusHours(4).toInstant();
    private static final List<DayOfWeek> SHOP_DAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

    private static final ServiceTiming CUT = ServiceTiming.simple("cut", 40);
    private static final ServiceTiming TRIM = ServiceTiming.simple("trim", 20);
    private static final ServiceTiming BLOW_DRY = new ServiceTiming("blow-dry", new Phases(30, 0, 0, 10), List.of());
    private static final ServiceTiming COLOUR = new ServiceTiming("colour", new Phases(30, 35, 20, 5), List.of("basin"));
    private static final ServiceTiming HIGHLIGHTS = new ServiceTiming("highlights", new Phases(45, 40, 30, 10), List.of("basin"));
    private static final ServiceTiming BRIDAL = new ServiceTiming("bridal", new Phases(150, 0, 30, 15), List.of("bridal-room"));
    /** Four hours at the chair without a break: few stylist-days have room, so the search goes through most of them. */
    private static final ServiceTiming EXTENSIONS = ServiceTiming.simple("extensions", 240);
    /** What clients book, as often as they book it: about 40 minutes of a stylist's time on average. */
    private static final List<ServiceTiming> EVERYDAY = List.of(CUT, CUT, CUT, TRIM, TRIM, TRIM, BLOW_DRY, BLOW_DRY,
            COLOUR, HIGHLIGHTS);

    private AvailabilityBenchmark() {
    }

    public static void main(String[] args) {
        int queries = count("bench.queries", 20_000, 100);
        int bookings = count("bench.bookings", 5_000, 0);
        printMachine();
        Random random = new Random(12);

        long built = System.nanoTime();
        BranchAvailability branch = branch(random);
        Book book = fill(branch, bookings, random);
        System.out.printf(Locale.ROOT, "book: %d stylists, %d days, %,d bookings (%,d of them cut and colour), %d customers;"
                        + " %.0f %% of the stylists' bookable time taken; built in %.2f s%n%n", STAFF, DAYS,
                branch.bookings().size(), book.visits, book.customers, 100 * book.load, (System.nanoTime() - built) / 1e9);

        System.out.println("| query or update | count | found | p50 ms | p99 ms | max ms | CPU p99 ms |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        Result anyone = queries("next slot: one service, any stylist, from a random moment", queries,
                () -> nextSlot(branch, request(pick(EVERYDAY, random), Stylists.anyone(), customer(random)), random));
        Result bridal = queries("next slot: 3 h bridal, 3 stylists, 1 room", queries,
                () -> nextSlot(branch, request(List.of("bridal"), Stylists.anyone(), Optional.empty()), random));
        Result cutAndColour = queries("next slot: cut + colour by one stylist", queries,
                () -> nextSlot(branch, request(List.of("cut", "colour"), Stylists.oneForAll(), customer(random)), random));
        Result longest = queries("next slot: 4 h extensions, any stylist (few days have room)", queries,
                () -> nextSlot(branch, request(EXTENSIONS, Stylists.anyone(), Optional.empty()), random));
        Result named = queries("next slot: one service, a named stylist", queries,
                () -> nextSlot(branch, request(pick(EVERYDAY, random), Stylists.named(stylist(random.nextInt(STAFF))),
                        Optional.empty()), random));
        Result dayList = queries("free slots of a day: one service, any stylist", queries,
                () -> !branch.freeSlots(request(pick(EVERYDAY, random), Stylists.anyone(), Optional.empty()),
                        FIRST_DAY.plusDays(random.nextInt(DAYS))).isEmpty());
        BranchAvailability full = fullMonth(branch);
        LocalDate lastDay = FIRST_DAY.plusDays(DAYS - 1);
        Result fullMonth = queries("next slot from the 1st in a month with no room left (found on day 31)", queries,
                () -> full.nextSlot(request(pick(EVERYDAY, random), Stylists.anyone(), Optional.empty()), NOW)
                        .filter(slot -> slot.start().toLocalDate().isAfter(lastDay)).isPresent());
        Updates updates = updates(branch, book, queries, random);

        Result allNext = Result.of("every next-slot query", anyone, bridal, cutAndColour, longest, named);
        allNext.print();
        System.out.println();
        System.out.printf(Locale.ROOT, "next slot (one service, any stylist) p99 = %.3f ms (target <= 1 ms); update per event"
                + " p99 = %.3f ms (target <= 0.5 ms)%n", anyone.p99(), updates.perEvent.p99());
        System.out.printf(Locale.ROOT, "every next-slot query: p99 %.3f ms wall clock, %.3f ms of CPU%n", allNext.p99(),
                allNext.cpuP99());
        System.out.printf(Locale.ROOT, "free slots of a day p99 = %.3f ms%n", dayList.p99());
        System.out.printf(Locale.ROOT, "next slot p99 ms = %.3f%n", allNext.p99());
    }

    // ---- the branch -------------------------------------------------------------------------------------------

    private static BranchAvailability branch(Random random) {
        var hours = WeeklyHours.on(SHOP_DAYS, TimeRange.of("08:30", "20:00"));
        List<Closure> closures = new ArrayList<>();
        closures.add(Closure.wholeDay(FIRST_DAY.plusDays(25), "bank holiday"));
        closures.add(Closure.part(FIRST_DAY.plusDays(9), TimeRange.of("09:00", "12:00"), "training"));
        var calendar = new BranchCalendar("soho", ZONE, hours, closures,
                new BookingWindow(Duration.ofMinutes(30), Duration.ofDays(DAYS + 1)));
        List<StaffRota> rotas = new ArrayList<>();
        for (int i = 0; i < STAFF; i++) {
            rotas.add(rota(i, random));
        }
        List<Resource> resources = List.of(new Resource("basin", "Basins", 3), new Resource("bridal-room", "Bridal room", 1));
        return BranchAvailability.of(calendar, rotas, List.of(CUT, TRIM, BLOW_DRY, COLOUR, HIGHLIGHTS, BRIDAL, EXTENSIONS), resources);
    }

    /**
     * Early or late shifts of nine and a half hours, six days a week with a half day off, a lunch break; a colourist
     * every other one, three do bridal; some time off.
     */
    private static StaffRota rota(int i, Random random) {
        boolean early = i % 2 == 0;
        var shift = early ? TimeRange.of("08:30", "18:00") : TimeRange.of("10:30", "20:00");
        var lunch = early ? TimeRange.of("12:30", "13:00") : TimeRange.of("14:00", "14:30");
        Map<DayOfWeek, List<TimeRange>> working = new EnumMap<>(DayOfWeek.class);
        Map<DayOfWeek, List<TimeRange>> breaks = new EnumMap<>(DayOfWeek.class);
        DayOfWeek halfDay = SHOP_DAYS.get(i % SHOP_DAYS.size());
        for (DayOfWeek day : SHOP_DAYS) {
            working.put(day, List.of(day == halfDay ? (early ? TimeRange.of("08:30", "12:30") : TimeRange.of("15:00", "20:00")) : shift));
            if (day != halfDay) {
                breaks.put(day, List.of(lunch));
            }
        }
        Set<String> services = new HashSet<>(List.of("cut", "trim", "blow-dry", "extensions"));
        if (i % 2 == 1 || i < 4) {
            services.addAll(List.of("colour", "highlights"));
        }
        if (i < 3) {
            services.add("bridal");
        }
        List<TimeOff> timeOff = new ArrayList<>();
        if (i % 5 == 0) {
            LocalDate from = FIRST_DAY.plusDays(random.nextInt(DAYS - 5));
            timeOff.add(new TimeOff(from.atStartOfDay(), from.plusDays(5).atStartOfDay(), "holiday"));
        }
        List<Shift> shifts = List.of();
        if (i % 7 == 3) {
            shifts = List.of(new Shift(FIRST_DAY.plusDays(12), List.of(TimeRange.of("12:00", "19:00"))));
        }
        return new StaffRota(stylist(i), services, new WeeklyHours(working), new WeeklyHours(breaks), shifts, timeOff);
    }

    private static String stylist(int i) {
        return String.format(Locale.ROOT, "st-%02d", i + 1);
    }

    /** How the book was filled: how many visits of two services, how many customers, the share of time taken. */
    private record Book(int visits, int customers, double load) {
    }

    /** Bookings at starts the engine offers, for a random stylist, service, customer and day, until there are enough. */
    private static Book fill(BranchAvailability branch, int wanted, Random random) {
        int customers = Math.max(1, wanted * 3 / 5);
        int twoServices = 0;
        int made = 0;
        int attempts = 0;
        while (made < wanted && attempts++ < wanted * 50) {
            String staffId = stylist(random.nextInt(STAFF));
            StaffRota rota = branch.staff().stream().filter(r -> r.staffId().equals(staffId)).findFirst().orElseThrow();
            boolean both = rota.performs("colour") && random.nextInt(10) == 0;
            List<String> services = both ? List.of("cut", "colour") : List.of(servicesOf(rota, random));
            var request = new VisitRequest(services, Stylists.named(staffId), Optional.of("cu-" + random.nextInt(customers)), NOW);
            List<VisitSlot> free = branch.freeSlots(request, FIRST_DAY.plusDays(random.nextInt(DAYS)));
            if (!free.isEmpty()) {
                VisitSlot slot = free.get(random.nextInt(free.size()));
                branch.apply(slot.toBooking("bk-" + made++, request.customerId()));
                twoServices += both ? 1 : 0;
            }
        }
        return new Book(twoServices, customers, load(branch));
    }

    private static String servicesOf(StaffRota rota, Random random) {
        while (true) {
            ServiceTiming s = pick(EVERYDAY, random);
            if (rota.performs(s.serviceId())) {
                return s.serviceId();
            }
        }
    }

    /** The share of five-minute starts for a 5-minute service that are gone, over every stylist and day. */
    private static double load(BranchAvailability branch) {
        var probe = ServiceTiming.simple("probe", 5);
        var empty = BranchAvailability.of(branch.calendar(), branch.staff().stream()
                .map(r -> new StaffRota(r.staffId(), Set.of("probe"), r.workingHours(), r.breaks(), r.shifts(), r.timeOff()))
                .toList(), List.of(probe), List.of());
        var full = empty.copy();
        branch.bookings().forEach(full::apply);
        long all = 0;
        long left = 0;
        for (int d = 0; d < DAYS; d++) {
            for (StaffRota r : empty.staff()) {
                var ask = new VisitRequest(List.of("probe"), Stylists.named(r.staffId()), Optional.empty(), NOW);
                all += empty.freeSlots(ask, FIRST_DAY.plusDays(d)).size();
                left += full.freeSlots(ask, FIRST_DAY.plusDays(d)).size();
            }
        }
        return all == 0 ? 0 : 1 - (double) left / all;
    }

    /**
     * The book with every stylist's remaining time blocked for the 30 days, leaving five minutes an hour: no service
     * fits anywhere, so the next slot is on the day after, and the search has looked at every stylist-day first.
     */
    private static BranchAvailability fullMonth(BranchAvailability branch) {
        BranchAvailability full = branch.copy();
        var hour = new Phases(55, 0, 0, 0);
        int blocks = 0;
        for (int d = 0; d < DAYS; d++) {
            for (StaffRota rota : full.staff()) {
                for (int h = 0; h < 24; h++) {
                    var start = FIRST_DAY.plusDays(d).atStartOfDay().plusHours(h);
                    full.apply(new BookedVisit("block-" + blocks++, Optional.empty(),
                            List.of(new BookedPart("block", rota.staffId(), start, hour, List.of()))));
                }
            }
        }
        return full;
    }

    // ---- the measurements -------------------------------------------------------------------------------------

    private static VisitRequest request(ServiceTiming service, Stylists who, Optional<String> customer) {
        return request(List.of(service.serviceId()), who, customer);
    }

    private static VisitRequest request(List<String> services, Stylists who, Optional<String> customer) {
        return new VisitRequest(services, who, customer, NOW);
    }

    private static Optional<String> customer(Random random) {
        return random.nextBoolean() ? Optional.of("cu-" + random.nextInt(3_000)) : Optional.empty();
    }

    private static boolean nextSlot(BranchAvailability branch, VisitRequest request, Random random) {
        Instant from = NOW.plusSeconds(random.nextLong((long) DAYS * 24 * 3600));
        return branch.nextSlot(request, from).isPresent();
    }

    private static Result queries(String name, int count, Supplier<Boolean> query) {
        for (int i = 0; i < count; i++) {
            query.get();
        }
        long[][] times = new long[2][count];
        int[] found = new int[1];
        for (int i = 0; i < count; i++) {
            timed(times, i, () -> found[0] += query.get() ? 1 : 0);
        }
        Result result = new Result(name, times[0], times[1], found[0]);
        result.print();
        return result;
    }

    /** Apply and remove timings, and both together: what a projection spends per booking event. */
    private record Updates(Result apply, Result remove, Result perEvent) {
    }

    /**
     * New bookings applied one at a time at offered starts, each removed again right after (a cancellation), so the
     * book stays at its size; and bookings of the book moved to another offered start (applied again).
     */
    private static Updates updates(BranchAvailability branch, Book book, int count, Random random) {
        List<BookedVisit> fresh = new ArrayList<>();
        while (fresh.size() < count) {
            var request = request(pick(EVERYDAY, random), Stylists.anyone(), customer(random));
            branch.nextSlot(request, NOW.plusSeconds(random.nextLong((long) DAYS * 24 * 3600)))
                    .ifPresent(slot -> fresh.add(slot.toBooking("new-" + fresh.size(), request.customerId())));
        }
        List<BookedVisit> existing = new ArrayList<>(branch.bookings());
        for (int round = 0; round < 2; round++) {
            long[][] applied = new long[2][count];
            long[][] removed = new long[2][count];
            long[][] moved = new long[2][count];
            for (int i = 0; i < count; i++) {
                BookedVisit visit = fresh.get(i);
                timed(applied, i, () -> branch.apply(visit));
                timed(removed, i, () -> branch.remove(visit.bookingId()));
                BookedVisit original = existing.get(random.nextInt(existing.size()));
                BookedVisit elsewhere = new BookedVisit(original.bookingId(), original.customerId(),
                        fresh.get(random.nextInt(count)).parts());
                timed(moved, i, () -> branch.apply(elsewhere));
                branch.apply(original);
            }
            if (round == 1) {
                Result apply = new Result("update: a new booking applied", applied[0], applied[1], count);
                Result remove = new Result("update: a booking removed (cancelled)", removed[0], removed[1], count);
                Result move = new Result("update: a booking moved (applied again elsewhere)", moved[0], moved[1], count);
                apply.print();
                remove.print();
                move.print();
                Result perEvent = Result.of("update: any of the three, per event", apply, remove, move);
                perEvent.print();
                return new Updates(apply, remove, perEvent);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** Runs {@code call}, keeping its wall-clock time in {@code into[0][i]} and its CPU time in {@code into[1][i]}. */
    private static void timed(long[][] into, int i, Runnable call) {
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        call.run();
        into[0][i] = System.nanoTime() - start;
        into[1][i] = THREADS.getCurrentThreadCpuTime() - cpuStart;
    }

    /**
     * Wall-clock latencies in nanoseconds of one kind of call, the thread's CPU time for each (on a shared machine the
     * difference is time the thread waited for a core), and how many found something.
     */
    private record Result(String name, long[] nanos, long[] cpu, int found) {

        static Result of(String name, Result... parts) {
            long[] all = Arrays.stream(parts).flatMapToLong(r -> Arrays.stream(r.nanos)).toArray();
            long[] allCpu = Arrays.stream(parts).flatMapToLong(r -> Arrays.stream(r.cpu)).toArray();
            return new Result(name, all, allCpu, Arrays.stream(parts).mapToInt(Result::found).sum());
        }

        double p50() {
            return percentile(nanos, 0.50);
        }

        double p99() {
            return percentile(nanos, 0.99);
        }

        double cpuP99() {
            return percentile(cpu, 0.99);
        }

        private static double percentile(long[] values, double p) {
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
        }

        void print() {
            long max = Arrays.stream(nanos).max().orElse(0);
            System.out.printf(Locale.ROOT, "| %s | %,d | %,d | %.3f | %.3f | %.3f | %.3f |%n", name, nanos.length, found,
                    p50(), p99(), max / 1e6, cpuP99());
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    private static void printMachine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
        } catch (IOException | RuntimeException e) {
            // Not Linux, or not readable: the JDK's own description below still says what ran it.
        }
        System.out.printf(Locale.ROOT, "SalonDesk availability benchmark — %s%n",
                ZonedDateTime.now(ZoneId.of("UTC")).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")));
        System.out.printf(Locale.ROOT, "machine: %s, %d cores, %s %s (%s), JDK %s, max heap %d MB%n%n", cpu,
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("os.arch"), Runtime.version(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    /** A {@code -Dbench.*} count, refused in plain words when it is not a whole number of at least {@code min}. */
    private static int count(String property, int fallback, int min) {
        String text = System.getProperty(property);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip().replace("_", ""));
            if (value >= min) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Reported below, with the rule.
        }
        throw new IllegalArgumentException("-D" + property + " must be a whole number of at least " + min + ", was '" + text + "'");
    }
}
