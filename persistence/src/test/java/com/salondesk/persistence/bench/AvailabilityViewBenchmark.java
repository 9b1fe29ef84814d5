package com.salondesk.persistence.bench;

import com.salondesk.domain.availability.BookingWindow;
import com.salondesk.domain.availability.Stylists;
import com.salondesk.domain.availability.VisitRequest;
import com.salondesk.domain.availability.VisitSlot;
import com.salondesk.domain.booking.BookedService;
import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.branch.Address;
import com.salondesk.domain.branch.BranchEvent;
import com.salondesk.domain.resource.ResourceDayEvent;
import com.salondesk.domain.schedule.CustomerDayEvent;
import com.salondesk.domain.schedule.StaffDayEvent;
import com.salondesk.domain.service.ServiceEvent;
import com.salondesk.domain.shared.DomainEvent;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.shared.WeeklyHours;
import com.salondesk.domain.staff.StaffEvent;
import com.salondesk.domain.staff.StaffRole;
import com.salondesk.persistence.availability.AvailabilityView;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * Issue 12's projection benchmark: the live {@link AvailabilityView} of a branch of 20 stylists over 30 days (breaks,
 * time off, a closure, a colour with processing time and three basins) holding 5,000 bookings folded in as their
 * events, then kept current event by event. Each {@code apply} is timed on its own: a booking's reservations given
 * back and taken again (stylist's day, client's day, basin), now and then a stylist's time off or a closure added and
 * removed. Then next-slot queries are asked of the view the same way a screen asks them ({@link AvailabilityView#read}).
 * Prints {@code projection update p99 ms = <figure>} and ends with {@code next slot p99 ms = <figure>}.
 *
 * <p>Run with the domain's engine benchmark: {@code ./mvnw -q -pl persistence -am -Pavailability-benchmark -DskipTests
 * verify} ({@code -Dbench.updates=N} events measured, default 50,000; {@code -Dbench.queries=N}, default 20,000).
 */
public final class AvailabilityViewBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final LocalDate FIRST_DAY = LocalDate.parse("2027-03-01");
    private static final int DAYS = 30;
    private static final int STAFF = 20;
    private static final Instant NOW = FIRST_DAY.atStartOfDay(ZONE).minusHours(4).toInstant();
    private static final String BRANCH = "soho";
    private static final List<String> SERVICES = List.of("cut", "cut", "trim", "colour");

    private AvailabilityViewBenchmark() {
    }

    public static void main(String[] args) {
        int updates = BenchSettings.count("bench.updates", 50_000, 100);
        int queries = BenchSettings.count("bench.queries", 20_000, 100);
        int bookings = BenchSettings.count("bench.bookings", 5_000, 0);
        Random random = new Random(12);
        AvailabilityView view = new AvailabilityView(BookingWindow.openYear());
        reference().forEach(view::apply);

        long built = System.nanoTime();
        List<List<DomainEvent>> booked = new ArrayList<>();
        for (int attempt = 0; booked.size() < bookings && attempt < bookings * 4; attempt++) {
            book(view, random, "b" + attempt).ifPresent(events -> {
                events.forEach(view::apply);
                booked.add(events);
            });
        }
        System.out.printf(Locale.ROOT, "%nlive availability view: %d stylists, %d days, %,d bookings folded in as"
                + " events in %.2f s%n", STAFF, DAYS, booked.size(), (System.nanoTime() - built) / 1e9);

        // Warm-up: the same mix, not measured.
        measureUpdates(view, booked, updates / 5, random);
        long[] perEvent = measureUpdates(view, booked, updates, random);
        System.out.printf(Locale.ROOT, "projection update: %,d events, p50 %.4f ms, p99 %.4f ms, max %.3f ms%n",
                perEvent.length, percentile(perEvent, 0.50), percentile(perEvent, 0.99),
                Arrays.stream(perEvent).max().orElse(0) / 1e6);

        measureNextSlot(view, queries / 5, random);
        long[] nextSlot = measureNextSlot(view, queries, random);
        System.out.printf(Locale.ROOT, "next slot through the view: %,d queries, p50 %.3f ms%n", nextSlot.length,
                percentile(nextSlot, 0.50));
        System.out.printf(Locale.ROOT, "projection update p99 ms = %.4f%n", percentile(perEvent, 0.99));
        System.out.printf(Locale.ROOT, "next slot p99 ms = %.3f%n", percentile(nextSlot, 0.99));
    }

    /** The branch, its basins and a closure, the services, and the stylists with lunch breaks and some time off. */
    private static List<DomainEvent> reference() {
        List<DomainEvent> events = new ArrayList<>();
        WeeklyHours shopHours = WeeklyHours.on(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), TimeRange.of("09:00", "18:00"));
        events.add(new BranchEvent.Opened(BRANCH, "Soho", new Address("1 Dean St", "London", "W1D 3RB", "GB"),
                ZONE.getId(), "GBP", shopHours));
        events.add(new BranchEvent.ResourceAdded(BRANCH, "basin", "Basin", 3));
        events.add(new BranchEvent.ClosureAdded(BRANCH, "c1", FIRST_DAY.plusDays(17), null, null, "St Patrick's Day"));
        events.add(new ServiceEvent.Added("cut", "Cut", "Hair", 40, Money.of("40.00", "GBP")));
        events.add(new ServiceEvent.Added("trim", "Trim", "Hair", 20, Money.of("20.00", "GBP")));
        events.add(new ServiceEvent.Added("colour", "Colour", "Colour", 85, Money.of("90.00", "GBP")));
        events.add(new ServiceEvent.TimingChanged("colour", 30, 35, 20, 0));
        events.add(new ServiceEvent.ResourcesChanged("colour", List.of("basin")));
        for (int s = 0; s < STAFF; s++) {
            events.add(new StaffEvent.Hired(stylist(s), BRANCH, "Stylist " + s, StaffRole.STYLIST,
                    List.of("cut", "trim", "colour"), shopHours));
            events.add(new StaffEvent.BreaksChanged(stylist(s), WeeklyHours.on(List.of(DayOfWeek.values()),
                    TimeRange.of("13:00", "13:30"))));
            if (s % 4 == 0) {
                LocalDateTime off = FIRST_DAY.plusDays(s).atTime(9, 0);
                events.add(new StaffEvent.TimeOffAdded(stylist(s), "off-" + s, off, off.plusDays(2), "Holiday"));
            }
        }
        return events;
    }

    /** A booking's events at a start the view itself offers a named stylist on a random day, as a desk would make. */
    private static Optional<List<DomainEvent>> book(AvailabilityView view, Random random, String bookingId) {
        String serviceId = SERVICES.get(random.nextInt(SERVICES.size()));
        String staffId = stylist(random.nextInt(STAFF));
        LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
        var request = new VisitRequest(List.of(serviceId), Stylists.named(staffId), Optional.empty(), NOW);
        List<VisitSlot> slots = view.read(BRANCH, e -> e.freeSlots(request, day)).orElseThrow();
        if (slots.isEmpty()) {
            return Optional.empty();
        }
        VisitSlot slot = slots.get(random.nextInt(slots.size()));
        LocalTime start = slot.start().toLocalTime();
        LocalTime end = slot.end().toLocalTime();
        int minutes = (int) java.time.Duration.between(start, end).toMinutes();
        String customer = "c" + random.nextInt(2_000);
        boolean colour = serviceId.equals("colour");
        List<DomainEvent> events = new ArrayList<>();
        events.add(new BookingEvent.Created(bookingId, customer, BRANCH, staffId,
                List.of(new BookedService(serviceId, minutes, Money.of("40.00", "GBP"))),
                day.atTime(start).atZone(ZONE).toInstant(), day.atTime(end).atZone(ZONE).toInstant(),
                Money.of("40.00", "GBP")));
        events.add(new StaffDayEvent.SlotReserved(staffId, day, bookingId, start, end, false,
                colour ? start.plusMinutes(30) : null, colour ? start.plusMinutes(65) : null));
        events.add(new CustomerDayEvent.VisitReserved(customer, day, bookingId, start, end, false));
        if (colour) {
            events.add(new ResourceDayEvent.Reserved(BRANCH, "basin", day, bookingId, start, end, "Basin", 3));
        }
        return Optional.of(events);
    }

    /**
     * Each event timed on its own: a booking's reservations given back and taken again (what a cancellation and a
     * new booking of the same time cost), and every 50th round a stylist's time off or a closure added and removed.
     */
    private static long[] measureUpdates(AvailabilityView view, List<List<DomainEvent>> booked, int count,
                                         Random random) {
        long[] nanos = new long[count];
        int n = 0;
        for (int round = 0; n < count; round++) {
            List<DomainEvent> events = new ArrayList<>();
            if (round % 50 == 49) {
                String staffId = stylist(random.nextInt(STAFF));
                LocalDateTime from = FIRST_DAY.plusDays(random.nextInt(DAYS)).atTime(14, 0);
                events.add(new StaffEvent.TimeOffAdded(staffId, "bench", from, from.plusHours(2), "Dentist"));
                events.add(new StaffEvent.TimeOffRemoved(staffId, "bench"));
                events.add(new BranchEvent.ClosureAdded(BRANCH, "bench", from.toLocalDate(), LocalTime.of(16, 0),
                        LocalTime.of(18, 0), "Fire drill"));
                events.add(new BranchEvent.ClosureRemoved(BRANCH, "bench"));
            } else {
                List<DomainEvent> booking = booked.get(random.nextInt(booked.size()));
                for (DomainEvent e : booking) {
                    switch (e) {
                        case StaffDayEvent.SlotReserved s -> events.add(new StaffDayEvent.SlotReleased(s.staffId(),
                                s.date(), s.bookingId()));
                        case CustomerDayEvent.VisitReserved v -> events.add(new CustomerDayEvent.VisitReleased(
                                v.customerId(), v.date(), v.bookingId()));
                        case ResourceDayEvent.Reserved r -> events.add(new ResourceDayEvent.Released(r.branchId(),
                                r.resourceId(), r.date(), r.bookingId()));
                        default -> {
                            // The booking itself stays.
                        }
                    }
                }
                booking.stream().filter(e -> !(e instanceof BookingEvent)).forEach(events::add);
            }
            for (DomainEvent event : events) {
                if (n == count) {
                    break;
                }
                long start = System.nanoTime();
                view.apply(event);
                nanos[n++] = System.nanoTime() - start;
            }
        }
        return nanos;
    }

    private static long[] measureNextSlot(AvailabilityView view, int count, Random random) {
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            var request = new VisitRequest(List.of(SERVICES.get(random.nextInt(SERVICES.size()))), Stylists.anyone(),
                    Optional.empty(), NOW);
            Instant from = FIRST_DAY.plusDays(random.nextInt(DAYS)).atTime(9 + random.nextInt(9), 0).atZone(ZONE)
                    .toInstant();
            long start = System.nanoTime();
            view.read(BRANCH, e -> e.nextSlot(request, from));
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    private static String stylist(int i) {
        return "stylist-" + i;
    }

    private static double percentile(long[] values, double p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
