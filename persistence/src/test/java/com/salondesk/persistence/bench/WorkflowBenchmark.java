package com.salondesk.persistence.bench;

import com.salondesk.domain.booking.NewBooking;
import com.salondesk.domain.branch.Address;
import com.salondesk.domain.branch.BranchCommand;
import com.salondesk.domain.branch.TaxRates;
import com.salondesk.domain.checkout.CheckoutItem;
import com.salondesk.domain.checkout.ProductUse;
import com.salondesk.domain.customer.CustomerDetails;
import com.salondesk.domain.product.ProductCommand;
import com.salondesk.domain.product.ProductKind;
import com.salondesk.domain.product.ProductUnit;
import com.salondesk.domain.service.ServiceCommand;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.shared.UuidV7;
import com.salondesk.domain.shared.WeeklyHours;
import com.salondesk.domain.staff.StaffCommand;
import com.salondesk.domain.staff.StaffRole;
import com.salondesk.domain.stock.StockCommand;
import com.salondesk.domain.stock.StockLine;
import com.salondesk.domain.tenant.TenantCommand;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.command.CheckoutDesk;
import com.salondesk.persistence.command.Tendered;
import com.salondesk.persistence.desk.DeskIdentity;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.projection.StockProjection;
import com.salondesk.persistence.projection.TillProjection;
import com.salondesk.persistence.read.DayCloseReport;
import com.salondesk.persistence.read.TillView;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Issue 11's workflow benchmark on one desk: a year of a branch's sales (walk-in checkouts of a service, a retail
 * product and a tip, paid part cash with change and part card; a till opened and closed each day), then timed
 * checkouts of booked appointments (services + retail + the back-bar product used + split payment, the booking
 * completed in the same command) with the time until the read models show them, the read models' catch-up from
 * the whole log, and the day-close report of a day of that year.
 *
 * <p>Run: {@code ./mvnw -q -pl persistence -am -Pworkflow-benchmark -DskipTests verify}
 * ({@code -Dbench.sales=N}, default 100,000 sales over 365 days; {@code -Dbench.checkouts=N} timed checkouts,
 * default 2,000; {@code -Dbench.queries=N} day-close reports, default 1,000).
 */
public final class WorkflowBenchmark {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String BRANCH = "soho";
    private static final String STYLIST = "anna";
    private static final String CUT = "cut";
    private static final String SHAMPOO = "shampoo";
    private static final String COLOUR = "colour-tube";
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 12, 1);
    private static final DeskIdentity DESK = new DeskIdentity("bench-salons", BRANCH, "desk-bench-1");

    private WorkflowBenchmark() {
    }

    /** A clock the benchmark sets: each sale happens at its own time of its own day. */
    private static final class SetClock extends Clock {
        private volatile Instant now;

        SetClock(Instant start) {
            this.now = start;
        }

        void set(Instant instant) {
            now = instant;
        }

        void set(LocalDate day, LocalTime time) {
            now = day.atTime(time).atZone(LONDON).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    public static void main(String[] args) throws Exception {
        int sales = BenchSettings.count("bench.sales", 100_000, 365);
        int timed = BenchSettings.count("bench.checkouts", 2_000, 10);
        int queries = BenchSettings.count("bench.queries", 1_000, 10);
        Path folder = Files.createTempDirectory("salondesk-workflow");
        System.out.printf(Locale.ROOT, "SalonDesk workflow benchmark — %s%n", Instant.now());
        System.out.printf(Locale.ROOT, "machine: %s, %s %s (%s), %d cores, JDK %s, max heap %d MiB%n",
                InetAddress.getLocalHost().getHostName(), System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(), Runtime.version(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.printf(Locale.ROOT, "%,d sales over 365 days, then %,d timed checkouts and %,d day-close reports%n%n",
                sales, timed, queries);
        SetClock clock = new SetClock(FIRST_DAY.atTime(8, 0).atZone(LONDON).toInstant());
        try (DeskBackEnd desk = DeskBackEnd.open(folder, clock)) {
            Supplier<EventContext> ctx = () -> EventContext.command(DESK, "bench");
            setUp(desk, ctx, clock);
            fillAYear(desk, ctx, clock, sales);
            timedCheckouts(desk, ctx, clock, timed);
            catchUp(desk);
            dayCloseReports(desk, queries, sales);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static Money gbp(String amount) {
        return Money.of(amount, "GBP");
    }

    private static void setUp(DeskBackEnd desk, Supplier<EventContext> ctx, SetClock clock) {
        Instant now = clock.instant();
        WeeklyHours daily = WeeklyHours.on(List.of(DayOfWeek.values()), TimeRange.of("08:00", "20:00"));
        var setup = desk.setup();
        setup.registerTenant(ctx.get(), new TenantCommand.Register(DESK.tenantId(), "Bench Salons", now));
        setup.openBranch(ctx.get(), new BranchCommand.Open(BRANCH, "Soho",
                new Address("1 Dean Street", "London", "W1D 3RB", "GB"), "Europe/London", "GBP", daily, now));
        setup.changeTaxRates(ctx.get(), new BranchCommand.ChangeTaxRates(BRANCH, new TaxRates(Map.of(
                TaxRates.SERVICES, new BigDecimal("20"), TaxRates.RETAIL, new BigDecimal("20"))), now));
        setup.addService(ctx.get(), new ServiceCommand.Add(CUT, "Cut & finish", "Cuts", 60, gbp("55.00"), now));
        setup.hire(ctx.get(), new StaffCommand.Hire(STYLIST, BRANCH, "Anna Berg", StaffRole.STYLIST, Set.of(CUT),
                daily, now));
        desk.stock().addProduct(ctx.get(), new ProductCommand.Add(SHAMPOO, "Repair shampoo", "SH-1",
                ProductKind.RETAIL, ProductUnit.PIECE, gbp("18.00"), "bench", now));
        desk.stock().addProduct(ctx.get(), new ProductCommand.Add(COLOUR, "Colour tube", "CT-1",
                ProductKind.BACK_BAR, ProductUnit.ML, null, "bench", now));
        desk.stock().receive(ctx.get(), new StockCommand.Receive(UuidV7.next().toString(), BRANCH, "DEL-1",
                List.of(new StockLine(SHAMPOO, new BigDecimal("10000000")),
                        new StockLine(COLOUR, new BigDecimal("10000000"))), "bench", now));
        desk.awaitProjections();
    }

    /** The sale every walk-in makes: a cut, a shampoo and a tip, £78, paid £40 cash (from £50) and £38 by card. */
    private static CheckoutDesk.Request walkIn(String customerId) {
        return new CheckoutDesk.Request(UuidV7.next().toString(), BRANCH, customerId, List.of(),
                List.of(CheckoutItem.service(CUT, "Cut & finish", gbp("55.00")),
                        CheckoutItem.retail(SHAMPOO, "Repair shampoo", BigDecimal.ONE, gbp("18.00")),
                        CheckoutItem.tip(STYLIST, "Tip for Anna", gbp("5.00"))),
                List.of(), List.of(Tendered.cash(gbp("40.00"), gbp("50.00")), Tendered.card(gbp("38.00"), "AUTH")),
                false, false);
    }

    private static void fillAYear(DeskBackEnd desk, Supplier<EventContext> ctx, SetClock clock, int sales) {
        long started = System.nanoTime();
        Random random = new Random(11);
        int done = 0;
        for (int day = 0; day < 365; day++) {
            LocalDate date = FIRST_DAY.plusDays(day);
            int today = (int) ((long) sales * (day + 1) / 365 - (long) sales * day / 365);
            clock.set(date, LocalTime.of(8, 30));
            String tillId = desk.tills().open(ctx.get(), gbp("150.00"));
            for (int i = 0; i < today; i++) {
                clock.set(date, LocalTime.of(9, 0).plusSeconds((long) i * 36_000 / Math.max(1, today)));
                desk.checkouts().complete(ctx.get(), walkIn(null));
                done++;
                if (done % 10_000 == 0) {
                    System.out.printf(Locale.ROOT, "  %,d sales recorded (%.0f s)%n", done,
                            (System.nanoTime() - started) / 1e9);
                }
            }
            clock.set(date, LocalTime.of(19, 30));
            desk.awaitProjections();
            TillView till = desk.tillQueries().till(tillId).orElseThrow();
            // The drawer is a little off now and then, as real ones are.
            BigDecimal off = random.nextInt(10) == 0 ? new BigDecimal("-0.50") : BigDecimal.ZERO;
            desk.tills().close(ctx.get(), tillId, new Money(till.expected().amount().add(off), "GBP"),
                    till.expected(), List.of());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long caughtUp = System.nanoTime();
        desk.awaitProjections();
        System.out.printf(Locale.ROOT, "filled a year: %,d sales, %,d events in the log, in %.0f s (%.2f ms per sale,"
                        + " read models followed live; %.0f ms behind at the end)%n%n", sales, desk.log().count(),
                seconds, seconds * 1000 / sales, (System.nanoTime() - caughtUp) / 1e6);
    }

    private static void timedCheckouts(DeskBackEnd desk, Supplier<EventContext> ctx, SetClock clock, int timed) {
        clock.set(FIRST_DAY.plusDays(400), LocalTime.of(8, 0));
        String customer = desk.setup().registerCustomer(ctx.get(),
                new CustomerDetails("Jane Doe", "+44 20 7946 0000", "jane@example.com", "", true), clock.instant());
        desk.awaitProjections();
        long[] checkout = new long[timed];
        long[] visible = new long[timed];
        int perDay = 10;
        for (int k = 0; k < timed; k++) {
            LocalDate day = FIRST_DAY.plusDays(400 + k / perDay);
            LocalDateTime start = day.atTime(9, 0).plusHours(k % perDay);
            clock.set(day, LocalTime.of(8, 0));
            String bookingId = desk.bookings().book(ctx.get(), new NewBooking(customer, BRANCH, STYLIST, CUT,
                    start, start.plusHours(1), false));
            desk.bookings().confirm(ctx.get(), bookingId);
            clock.set(start.atZone(LONDON).toInstant());
            desk.bookings().checkIn(ctx.get(), bookingId);
            desk.awaitProjections();
            clock.set(start.plusMinutes(55).atZone(LONDON).toInstant());
            var request = new CheckoutDesk.Request(UuidV7.next().toString(), BRANCH, customer, List.of(bookingId),
                    List.of(CheckoutItem.service(CUT, "Cut & finish", gbp("55.00")),
                            CheckoutItem.retail(SHAMPOO, "Repair shampoo", BigDecimal.ONE, gbp("18.00")),
                            CheckoutItem.tip(STYLIST, "Tip for Anna", gbp("5.00"))),
                    List.of(new ProductUse(bookingId, COLOUR, new BigDecimal("30"))),
                    List.of(Tendered.cash(gbp("40.00"), gbp("50.00")), Tendered.card(gbp("38.00"), "AUTH")),
                    false, false);
            long t0 = System.nanoTime();
            desk.checkouts().complete(ctx.get(), request);
            long t1 = System.nanoTime();
            desk.awaitProjections();
            long t2 = System.nanoTime();
            checkout[k] = t1 - t0;
            visible[k] = t2 - t0;
        }
        // The first tenth warms the JIT up, as a desk that has been open a while has.
        int skip = timed / 10;
        long[] c = Arrays.copyOfRange(checkout, skip, timed);
        long[] v = Arrays.copyOfRange(visible, skip, timed);
        System.out.printf(Locale.ROOT, "checkout of a booked appointment (service + retail + back-bar used + tip,"
                + " cash with change + card, booking completed), %,d timed after %,d warm-up:%n", c.length, skip);
        System.out.println("| measure | p50 ms | p99 ms | max ms |");
        System.out.println("|---|---:|---:|---:|");
        row("checkout command (one transaction)", c);
        row("checkout until every read model shows it", v);
        System.out.println();
    }

    private static void catchUp(DeskBackEnd desk) {
        long events = desk.log().count();
        System.out.printf(Locale.ROOT, "read models caught up from the whole log (%,d events), each rebuilt beside"
                + " the live one:%n", events);
        System.out.println("| read model | seconds | events/s |");
        System.out.println("|---|---:|---:|");
        for (String name : List.of(TillProjection.NAME, StockProjection.NAME)) {
            long t0 = System.nanoTime();
            desk.runtime().projections().rebuild(name);
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "| %s | %.1f | %,.0f |%n", name, s, events / s);
        }
        System.out.println();
    }

    private static void dayCloseReports(DeskBackEnd desk, int queries, int sales) {
        Random random = new Random(7);
        long[] times = new long[queries];
        long checkouts = 0;
        for (int q = 0; q < queries + queries / 10; q++) {
            LocalDate day = FIRST_DAY.plusDays(random.nextInt(365));
            long t0 = System.nanoTime();
            DayCloseReport report = desk.tillQueries().dayClose(BRANCH, day, "GBP");
            long t = System.nanoTime() - t0;
            if (report.checkouts() == 0 || report.tills().size() != 1) {
                throw new IllegalStateException("the report of " + day + " is missing its sales: " + report);
            }
            if (q >= queries / 10) {
                times[q - queries / 10] = t;
                checkouts += report.checkouts();
            }
        }
        System.out.printf(Locale.ROOT, "day-close report of a day in a year of %,d sales (%,d reports, %.0f"
                + " checkouts each on average):%n", sales, queries, (double) checkouts / queries);
        System.out.println("| measure | p50 ms | p99 ms | max ms |");
        System.out.println("|---|---:|---:|---:|");
        row("day-close report query", times);
    }

    private static void row(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f |%n", what, percentile(sorted, 50) / 1e6,
                percentile(sorted, 99) / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static void deleteQuietly(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception e) {
            System.err.println("could not delete " + folder + ": " + e.getMessage());
        }
    }
}
