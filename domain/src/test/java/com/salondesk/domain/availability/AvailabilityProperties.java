package com.salondesk.domain.availability;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.shared.WeeklyHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;

/**
 * The availability rules on generated branches: random opening hours, closures, rotas with breaks, one-off shifts
 * and time off, services with processing, finishing, cleanup and resources, and bookings. The engine's answers are
 * checked against {@link MinuteBook}, which applies the same rules minute by minute without cells or masks. Edge-case
 * mixing is off: the generators' edge case is a branch that never opens, which the example tests cover, and at
 * a few hundred tries it would crowd out the ordinary days where slots are offered.
 */
class AvailabilityProperties {

    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    /** Monday to Wednesday; the branch has hours on those weekdays only. */
    private static final List<LocalDate> DAYS = List.of(LocalDate.parse("2027-03-01"), LocalDate.parse("2027-03-02"),
            LocalDate.parse("2027-03-03"));
    private static final List<String> CUSTOMERS = List.of("jo", "al", "bo");
    /** The day before: the processing cases ask with nothing of the booking window in the way. */
    private static final Instant DAY_BEFORE = DAYS.getFirst().minusDays(1).atStartOfDay(ZONE).toInstant();

    /** A generated branch and what is booked in it. */
    record Scenario(BranchCalendar calendar, List<StaffRota> rotas, List<ServiceTiming> services,
                    List<Resource> resources, List<BookedVisit> bookings) {

        BranchAvailability engine() {
            BranchAvailability branch = BranchAvailability.of(calendar, rotas, services, resources);
            bookings.forEach(branch::apply);
            return branch;
        }

        MinuteBook oracle() {
            return new MinuteBook(calendar, rotas, services, resources, bookings);
        }
    }

    /** A branch, and a question asked of it. */
    record Case(Scenario scenario, VisitRequest request) {
    }

    // ---- the properties ---------------------------------------------------------------------------------------

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void the_engine_offers_exactly_the_starts_a_minute_by_minute_check_allows(@ForAll("cases") Case c) {
        BranchAvailability engine = c.scenario.engine();
        MinuteBook oracle = c.scenario.oracle();
        for (LocalDate day : DAYS) {
            List<LocalDateTime> offered = engine.freeSlots(c.request, day).stream().map(VisitSlot::start).toList();
            assertThat(offered).as("starts on %s", day).isEqualTo(oracle.starts(c.request, day));
        }
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void no_slot_offered_overlaps_a_booking_a_break_closed_time_time_off_or_a_full_resource(@ForAll("cases") Case c) {
        BranchAvailability engine = c.scenario.engine();
        MinuteBook oracle = c.scenario.oracle();
        for (LocalDate day : DAYS) {
            for (VisitSlot slot : engine.freeSlots(c.request, day)) {
                List<String> stylists = slot.parts().stream().map(PlannedPart::staffId).toList();
                assertThat(oracle.allows(c.request, c.request.now(), slot.start(), stylists))
                        .as("%s with %s", slot.start(), stylists).isTrue();
            }
        }
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void a_visit_of_several_services_never_splits_across_a_closure(@ForAll("severalServices") Case c) {
        MinuteBook oracle = c.scenario.oracle();
        for (LocalDate day : DAYS) {
            for (VisitSlot slot : c.scenario.engine().freeSlots(c.request, day)) {
                int from = slot.start().getHour() * 60 + slot.start().getMinute();
                int to = from + (int) Duration.between(slot.start(), slot.end()).toMinutes();
                assertThat(IntStream.range(from, to)).as("%s–%s", slot.start(), slot.end())
                        .allMatch(m -> oracle.open(day, m));
                for (int i = 1; i < slot.parts().size(); i++) {
                    assertThat(slot.parts().get(i).start()).isEqualTo(slot.parts().get(i - 1).end());
                }
            }
        }
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void processing_time_frees_the_stylist_and_not_the_client_nor_the_resource(
            @ForAll("processingCases") ProcessingCase c) {
        BranchAvailability branch = c.branch();
        LocalDateTime colourStart = DAYS.getFirst().atTime(LocalTime.of(0, 0)).plusMinutes(c.colourStartMinute);
        LocalDateTime processingStart = colourStart.plusMinutes(c.colour.phases().activeMinutes());
        LocalDateTime processingEnd = processingStart.plusMinutes(c.colour.phases().processingMinutes());
        LocalDateTime clientEnd = colourStart.plusMinutes(c.colour.phases().clientMinutes());

        var trims = branch.freeSlots(new VisitRequest(List.of("trim"), Stylists.named("maria"), Optional.empty(),
                DAY_BEFORE), DAYS.getFirst()).stream().map(VisitSlot::start).toList();
        for (LocalDateTime t = processingStart; !t.plusMinutes(c.trimMinutes).isAfter(processingEnd); t = t.plusMinutes(5)) {
            assertThat(trims).as("a trim at %s while the colour develops", t).contains(t);
        }
        var forTheSameClient = branch.freeSlots(new VisitRequest(List.of("trim"), Stylists.anyone(), Optional.of("jo"),
                DAY_BEFORE), DAYS.getFirst());
        var anotherColour = branch.freeSlots(new VisitRequest(List.of("colour"), Stylists.anyone(), Optional.empty(),
                DAY_BEFORE), DAYS.getFirst());
        for (VisitSlot slot : forTheSameClient) {
            assertThat(slot.end().isAfter(colourStart) && slot.start().isBefore(clientEnd)).as("jo at %s", slot.start()).isFalse();
        }
        for (VisitSlot slot : anotherColour) {
            assertThat(slot.end().isAfter(colourStart) && slot.start().isBefore(clientEnd)).as("basin at %s", slot.start()).isFalse();
        }
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void the_next_slot_is_the_earliest_one_the_slot_listing_offers(@ForAll("cases") Case c,
                                                                    @ForAll("minutesIntoTheDays") int minutes) {
        BranchAvailability engine = c.scenario.engine();
        LocalDateTime fromLocal = DAYS.getFirst().atTime(LocalTime.of(6, 0)).plusMinutes(minutes);
        Instant from = fromLocal.atZone(ZONE).toInstant();

        Optional<VisitSlot> earliestListed = DAYS.getFirst().datesUntil(DAYS.getLast().plusDays(6))
                .flatMap(day -> engine.freeSlots(c.request, day).stream())
                .filter(slot -> !slot.start().isBefore(fromLocal))
                .findFirst();

        assertThat(engine.nextSlot(c.request, from)).isEqualTo(earliestListed);
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void applying_and_removing_bookings_one_by_one_equals_building_from_scratch(@ForAll("cases") Case c,
                                                                               @ForAll("changes") List<Change> changes) {
        List<BookedVisit> pool = c.scenario.bookings;
        BranchAvailability live = c.scenario.engine();
        Map<String, BookedVisit> now = new LinkedHashMap<>();
        pool.forEach(v -> now.put(v.bookingId(), v));
        for (Change change : changes) {
            if (pool.isEmpty()) {
                break;
            }
            BookedVisit visit = pool.get(change.index % pool.size());
            switch (change.kind) {
                case REMOVE -> {
                    live.remove(visit.bookingId());
                    now.remove(visit.bookingId());
                }
                case APPLY -> {
                    live.apply(visit);
                    now.put(visit.bookingId(), visit);
                }
                case MOVE -> {
                    BookedVisit moved = moved(visit, change.minutes);
                    live.apply(moved);
                    now.put(moved.bookingId(), moved);
                }
            }
        }
        BranchAvailability rebuilt = new Scenario(c.scenario.calendar, c.scenario.rotas, c.scenario.services,
                c.scenario.resources, List.copyOf(now.values())).engine();

        assertThat(live.sameCellsAs(rebuilt)).isTrue();
        assertThat(Set.copyOf(live.bookings())).isEqualTo(Set.copyOf(rebuilt.bookings()));
        for (LocalDate day : DAYS) {
            assertThat(live.freeSlots(c.request, day)).isEqualTo(rebuilt.freeSlots(c.request, day));
        }
    }

    // ---- generators -------------------------------------------------------------------------------------------

    enum ChangeKind { APPLY, MOVE, REMOVE }

    record Change(ChangeKind kind, int index, int minutes) {
    }

    record ProcessingCase(ServiceTiming colour, int colourStartMinute, int trimMinutes) {

        BranchAvailability branch() {
            var allDay = WeeklyHours.on(List.of(DayOfWeek.MONDAY), TimeRange.of("07:00", "21:00"));
            var calendar = new BranchCalendar("b", ZONE, allDay, List.of(), BookingWindow.openYear());
            var maria = StaffRota.weekly("maria", Set.of("colour", "trim"), allDay);
            var ana = StaffRota.weekly("ana", Set.of("colour", "trim"), allDay);
            var branch = BranchAvailability.of(calendar, List.of(maria, ana),
                    List.of(colour, ServiceTiming.simple("trim", trimMinutes)), List.of(new Resource("basin", "Basin", 1)));
            branch.apply(BookedVisit.of("bk-colour", "jo", List.of(BookedPart.of(colour, "maria",
                    DAYS.getFirst().atStartOfDay().plusMinutes(colourStartMinute)))));
            return branch;
        }
    }

    @Provide
    Arbitrary<ProcessingCase> processingCases() {
        return Combinators.combine(fives(1, 12), fives(1, 12), fives(0, 6), fives(0, 4),
                        uniform(8 * 12, 15 * 12))
                .flatAs((active, processing, finishing, cleanup, startCell) -> {
                    var colour = new ServiceTiming("colour", new Phases(active, processing, finishing, cleanup), List.of("basin"));
                    return fives(1, processing / 5).map(trim -> new ProcessingCase(colour, startCell * 5, trim));
                });
    }

    @Provide
    Arbitrary<Integer> minutesIntoTheDays() {
        return uniform(0, 3 * 24 * 60);
    }

    @Provide
    Arbitrary<List<Change>> changes() {
        return Combinators.combine(Arbitraries.of(ChangeKind.class), uniform(0, 40),
                        uniform(-24, 24).map(n -> n * 5))
                .as(Change::new).list().ofMaxSize(30);
    }

    @Provide
    Arbitrary<Case> cases() {
        return scenarios().flatMap(s -> requests(s, 1).map(r -> new Case(s, r)));
    }

    @Provide
    Arbitrary<Case> severalServices() {
        return scenarios().flatMap(s -> requests(s, 2).map(r -> new Case(s, r)));
    }

    /** jqwik leans towards the ends of a range; availability needs the middle of the day as much as its edges. */
    private static Arbitrary<Integer> uniform(int min, int max) {
        return Arbitraries.integers().between(min, max).withDistribution(RandomDistribution.uniform());
    }

    private static Arbitrary<Integer> fives(int min, int max) {
        return uniform(min, max).map(n -> n * 5);
    }

    /** A range of whole minutes starting between {@code earliest} and {@code latest} (minutes of the day). */
    private static Arbitrary<TimeRange> range(int earliest, int latest, int shortest, int longest) {
        return Combinators.combine(uniform(earliest, latest),
                        uniform(shortest, longest))
                .as((start, length) -> new TimeRange(minute(start), minute(Math.min(start + length, 23 * 60 + 59))));
    }

    private static <T> List<T> listOf(Optional<T> maybe) {
        return maybe.map(List::of).orElse(List.of());
    }

    private static LocalTime minute(int m) {
        return LocalTime.of(m / 60, m % 60);
    }

    /** Hours on Monday to Wednesday, each day off with the given chance in ten. */
    private static Arbitrary<WeeklyHours> weekly(int offInTen, Arbitrary<TimeRange> hours) {
        Arbitrary<Optional<TimeRange>> day = Combinators.combine(uniform(0, 9), hours)
                .as((dice, range) -> dice < offInTen ? Optional.<TimeRange>empty() : Optional.of(range));
        return day.list().ofSize(3).map(list -> {
            Map<DayOfWeek, List<TimeRange>> map = new EnumMap<>(DayOfWeek.class);
            for (int i = 0; i < 3; i++) {
                map.put(DayOfWeek.MONDAY.plus(i), list.get(i).map(List::of).orElse(List.of()));
            }
            return new WeeklyHours(map);
        });
    }

    private static Arbitrary<LocalDate> day() {
        return Arbitraries.of(DAYS);
    }

    private static Arbitrary<Closure> closure() {
        return Combinators.combine(day(), uniform(0, 4), range(8 * 60, 19 * 60, 5, 180))
                .as((date, dice, hours) -> dice == 0 ? Closure.wholeDay(date, "holiday") : Closure.part(date, hours, "closed"));
    }

    private static Arbitrary<BookingWindow> window() {
        return Combinators.combine(uniform(0, 240), uniform(24 * 60, 4 * 24 * 60))
                .as((notice, more) -> new BookingWindow(Duration.ofMinutes(notice), Duration.ofMinutes(notice + more)));
    }

    private static Arbitrary<ServiceTiming> service(String id) {
        Arbitrary<Integer> processing = Arbitraries.oneOf(Arbitraries.just(0), fives(1, 9));
        Arbitrary<List<String>> needs = Arbitraries.of(List.<String>of(), List.<String>of(), List.of("basin"),
                List.of("room"), List.of("basin", "room"));
        return Combinators.combine(fives(1, 12), processing, fives(0, 6), fives(0, 4), needs)
                .as((active, proc, finishing, cleanup, resources) ->
                        new ServiceTiming(id, new Phases(active, proc, finishing, cleanup), resources));
    }

    private static Arbitrary<StaffRota> rota(String id) {
        Arbitrary<Set<String>> does = Arbitraries.oneOf(Arbitraries.just(Set.of("s0", "s1", "s2")),
                Arbitraries.of("s0", "s1", "s2").set().ofMinSize(1));
        Arbitrary<WeeklyHours> hours = weekly(1, range(7 * 60, 11 * 60, 5 * 60, 10 * 60));
        Arbitrary<WeeklyHours> breaks = weekly(5, range(10 * 60, 16 * 60, 5, 60));
        Arbitrary<List<Shift>> shifts = Combinators.combine(day(), range(6 * 60, 16 * 60, 30, 8 * 60))
                .as((date, r) -> new Shift(date, List.of(r))).optional(0.25).map(AvailabilityProperties::listOf);
        Arbitrary<List<TimeOff>> timeOff = Combinators.combine(day(), uniform(0, 24 * 60 - 1),
                        uniform(10, 600))
                .as((date, start, length) -> {
                    LocalDateTime from = date.atStartOfDay().plusMinutes(start);
                    return new TimeOff(from, from.plusMinutes(length), "away");
                }).optional(0.3).map(AvailabilityProperties::listOf);
        return Combinators.combine(does, hours, breaks, shifts, timeOff)
                .as((services, working, pauses, oneOff, away) -> new StaffRota(id, services, working, pauses, oneOff, away));
    }

    private static Arbitrary<Scenario> scenarios() {
        Arbitrary<BranchCalendar> calendar = Combinators.combine(weekly(1, range(7 * 60, 10 * 60 + 30, 5 * 60, 13 * 60)),
                        closure().list().ofMaxSize(2), window())
                .as((hours, closures, window) -> new BranchCalendar("b", ZONE, hours, closures, window));
        Arbitrary<List<StaffRota>> rotas = uniform(1, 3)
                .flatMap(n -> Combinators.combine(IntStream.range(0, n).mapToObj(i -> rota("st" + i)).toList())
                        .as(List::copyOf));
        Arbitrary<List<ServiceTiming>> services = Combinators.combine(service("s0"), service("s1"), service("s2")).as(List::of);
        Arbitrary<List<Resource>> resources = uniform(1, 2)
                .map(basins -> List.of(new Resource("basin", "Basin", basins), new Resource("room", "Room", 1)));
        return Combinators.combine(calendar, rotas, services, resources)
                .flatAs((cal, staff, offered, things) -> bookings(staff, offered)
                        .map(booked -> new Scenario(cal, staff, offered, things, booked)));
    }

    /** What a generated booking's second service would be, placed right after the first. */
    private record Then(ServiceTiming service, String staffId) {
    }

    /** Up to a dozen bookings on the grid, of one service or two back to back, some at stylists of another branch. */
    private static Arbitrary<List<BookedVisit>> bookings(List<StaffRota> rotas, List<ServiceTiming> services) {
        List<String> staffIds = new ArrayList<>(rotas.stream().map(StaffRota::staffId).toList());
        staffIds.add("elsewhere");
        Arbitrary<BookedPart> firstPart = Combinators.combine(Arbitraries.of(services), Arbitraries.of(staffIds), day(),
                        uniform(7 * 12, 19 * 12))
                .as((service, staff, date, cell) -> BookedPart.of(service, staff, date.atStartOfDay().plusMinutes(cell * 5L)));
        Arbitrary<Optional<Then>> then = Combinators.combine(Arbitraries.of(services), Arbitraries.of(staffIds))
                .as(Then::new).optional(0.3);
        Arbitrary<Optional<String>> customer = Arbitraries.of(CUSTOMERS).optional(0.75);
        Arbitrary<BookedVisit> visit = Combinators.combine(customer, firstPart, then).as((who, first, next) -> {
            List<BookedPart> parts = new ArrayList<>(List.of(first));
            next.filter(n -> first.clientEnd().toLocalDate().equals(first.start().toLocalDate()))
                    .ifPresent(n -> parts.add(BookedPart.of(n.service, n.staffId, first.clientEnd())));
            return new BookedVisit("unnamed", who, parts);
        });
        return visit.list().ofMaxSize(12).withSizeDistribution(RandomDistribution.uniform()).map(list -> IntStream.range(0, list.size())
                .mapToObj(i -> new BookedVisit("b" + i, list.get(i).customerId(), list.get(i).parts()))
                .toList());
    }

    /** One to three services (at least {@code fewest}), asked for with one of the three stylist choices. */
    private static Arbitrary<VisitRequest> requests(Scenario scenario, int fewest) {
        Arbitrary<List<String>> services = Arbitraries.of("s0", "s1", "s2").list().ofMinSize(fewest).ofMaxSize(3)
                .withSizeDistribution(RandomDistribution.biased());
        List<Stylists> choices = new ArrayList<>(List.of(Stylists.anyone(), Stylists.anyone(), Stylists.oneForAll()));
        scenario.rotas.forEach(r -> choices.add(Stylists.named(r.staffId())));
        Arbitrary<Optional<String>> customer = Arbitraries.of(CUSTOMERS).optional(0.6);
        Arbitrary<Instant> now = uniform(0, 10 * 60)
                .map(m -> DAYS.getFirst().atTime(6, 0).plusMinutes(m).atZone(ZONE).toInstant());
        return Combinators.combine(services, Arbitraries.of(choices), customer, now).as(VisitRequest::new);
    }

    private static BookedVisit moved(BookedVisit visit, int minutes) {
        List<BookedPart> parts = visit.parts().stream()
                .map(p -> new BookedPart(p.serviceId(), p.staffId(), p.start().plusMinutes(minutes), p.phases(), p.resourceIds()))
                .toList();
        boolean sameDay = parts.stream().allMatch(p -> p.start().toLocalDate().equals(p.clientEnd().toLocalDate())
                && p.start().toLocalDate().equals(visit.parts().getFirst().start().toLocalDate()));
        return sameDay ? new BookedVisit(visit.bookingId(), visit.customerId(), parts) : visit;
    }
}
