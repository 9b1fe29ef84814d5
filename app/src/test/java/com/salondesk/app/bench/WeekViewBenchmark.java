package com.salondesk.app.bench;

import com.salondesk.app.book.AppointmentBookView;
import com.salondesk.app.book.BookingBlock;
import com.salondesk.app.book.week.BookWeek;
import com.salondesk.app.book.week.WeekColumn;
import com.salondesk.app.book.week.WeekDay;
import com.salondesk.app.book.week.WeekGrid;
import com.salondesk.app.port.BranchView;
import com.salondesk.app.port.StaffView;
import com.salondesk.domain.booking.BookingStatus;
import com.salondesk.domain.schedule.Availability;
import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.shared.WeeklyHours;
import com.salondesk.domain.staff.StaffRole;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;

/**
 * The week view benchmark (issue 12): a week of 20 stylists with 400 bookings drawn by the book's week grid, from
 * the model to a rendered picture: nodes built, CSS applied, laid out in a 1280 × 800 window's scroll pane, and a
 * {@code snapshot} of the scene, so it is really rendered. JavaFX's headless platform with the software renderer, as
 * the tests run. The window is made once; each round shows the other of two different weeks in it (as paging or a
 * live update does: every node of the week built anew); the first rounds warm up and are left out. Prints the percentiles, ending with {@code week view p99 ms = …}.
 *
 * <p>Run: {@code ./mvnw -q -pl app -am -Pweek-benchmark -DskipTests verify}
 * ({@code -Dbench.rounds=N}, {@code -Dbench.warmup=N}).
 */
public final class WeekViewBenchmark {

    private static final int STAFF = 20;
    private static final int BOOKINGS = 400;
    private static final double TARGET_MS = 100;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Nanoseconds spent building nodes, on CSS, layout and the snapshot, over every round. */
    private static final long[] PHASES = new long[4];
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    /** The FX thread's processor time in the last round: the figure that a machine busy with other work inflates least. */
    private static volatile double lastCpuMillis;

    private WeekViewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // The tests' headless platform (fx.test.args), when the command line has not chosen one.
        System.setProperty("glass.platform", System.getProperty("glass.platform", "Headless"));
        System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
        int warmup = Integer.getInteger("bench.warmup", 30);
        int rounds = Integer.getInteger("bench.rounds", 200);
        List<BookWeek> weeks = List.of(week(LocalDate.parse("2026-11-30"), 1), week(LocalDate.parse("2026-12-07"), 2));
        long drawn = weeks.getFirst().days().stream().flatMap(d -> d.columns().stream())
                .mapToLong(c -> c.bookings().size()).sum();
        System.out.printf(Locale.ROOT, "week view: %d staff, %d bookings a week, %d warm-up + %d measured rounds%n",
                STAFF, drawn, warmup, rounds);

        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        onFxThread(() -> {
            openWindow();
            return 0;
        });
        double[] millis = new double[rounds];
        double[] cpuMillis = new double[rounds];
        for (int i = 0; i < warmup + rounds; i++) {
            BookWeek week = weeks.get(i % 2);
            double ms = onFxThread(() -> draw(week));
            if (i >= warmup) {
                millis[i - warmup] = ms;
                cpuMillis[i - warmup] = lastCpuMillis;
            }
        }
        Platform.exit();
        int all = warmup + rounds;
        System.out.printf(Locale.ROOT, "week view mean ms by phase: nodes %.1f, css %.1f, layout %.1f, snapshot %.1f%n",
                PHASES[0] / 1e6 / all, PHASES[1] / 1e6 / all, PHASES[2] / 1e6 / all, PHASES[3] / 1e6 / all);
        Arrays.sort(millis);
        Arrays.sort(cpuMillis);
        System.out.printf(Locale.ROOT, "week view FX thread cpu p50 ms = %.1f, p99 ms = %.1f%n",
                percentile(cpuMillis, 50), percentile(cpuMillis, 99));
        System.out.printf(Locale.ROOT, "week view p50 ms = %.1f%n", percentile(millis, 50));
        System.out.printf(Locale.ROOT, "week view p90 ms = %.1f%n", percentile(millis, 90));
        System.out.printf(Locale.ROOT, "week view max ms = %.1f%n", millis[millis.length - 1]);
        System.out.printf(Locale.ROOT, "week view target ms = %.0f (p99)%n", TARGET_MS);
        System.out.printf(Locale.ROOT, "week view p99 ms = %.1f%n", percentile(millis, 99));
    }

    /** The window the week is drawn in, made once as the book's is; each round shows another week in it. */
    private static Scene scene;
    private static ScrollPane scroller;
    private static WeekGrid grid;

    private static void openWindow() {
        grid = new WeekGrid();
        grid.setBlockMenu(b -> null);
        scroller = new ScrollPane(grid);
        scroller.setFitToWidth(true);
        scroller.getStylesheets().addAll(
                AppointmentBookView.class.getResource("appointment-book.css").toExternalForm(),
                WeekGrid.class.getResource("week-book.css").toExternalForm());
        scene = new Scene(scroller, 1280, 800);
    }

    /**
     * Shows {@code week} in the window, as paging or a live update does (its nodes built anew, styled, laid out),
     * takes a snapshot of the window, and returns how long it took, in milliseconds. Runs on the FX thread.
     */
    private static double draw(BookWeek week) {
        long cpuStart = CPU.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        grid.weekProperty().set(week);
        long nodes = System.nanoTime();
        scroller.applyCss();
        long css = System.nanoTime();
        scroller.layout();
        long layout = System.nanoTime();
        WritableImage picture = scene.snapshot(null);
        long snapshot = System.nanoTime();
        PHASES[0] += nodes - start;
        PHASES[1] += css - nodes;
        PHASES[2] += layout - css;
        PHASES[3] += snapshot - layout;
        lastCpuMillis = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        if (picture.getWidth() < 1280) {
            throw new IllegalStateException("the snapshot is not the window's size: " + picture.getWidth());
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static double onFxThread(java.util.function.DoubleSupplier work) throws Exception {
        CompletableFuture<Double> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(work.getAsDouble());
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        return done.get(60, TimeUnit.SECONDS);
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /**
     * A branch open Monday to Saturday 09:00–19:00 with 20 stylists (each off one weekday, some starting late) and
     * 400 bookings of 30 to 90 minutes spread over the open days, mostly one after another, some overlapping (an
     * overbooking, a cancellation rebooked), in every status.
     */
    private static BookWeek week(LocalDate monday, long seed) {
        Random random = new Random(seed);
        List<DayOfWeek> open = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        WeeklyHours opening = WeeklyHours.on(open, TimeRange.of("09:00", "19:00"));
        BranchView branch = new BranchView("bench", "Benchmark", "1 High Street", LONDON, "GBP", opening);
        List<StaffView> team = new ArrayList<>();
        for (int s = 0; s < STAFF; s++) {
            List<DayOfWeek> days = new ArrayList<>(open);
            days.remove(s % open.size());
            TimeRange hours = s % 3 == 0 ? TimeRange.of("11:00", "19:00") : TimeRange.of("09:00", "17:30");
            team.add(new StaffView("staff-" + s, "bench", "Stylist " + (char) ('A' + s) + " " + s, StaffRole.STYLIST,
                    Set.of("cut"), WeeklyHours.on(days, hours)));
        }
        BookingStatus[] statuses = BookingStatus.values();
        List<WeekDay> days = new ArrayList<>();
        int perColumn = BOOKINGS / (STAFF * 5); // each stylist works five of the six open days
        int left = BOOKINGS;
        for (int d = 0; d < 7; d++) {
            LocalDate date = monday.plusDays(d);
            List<WeekColumn> columns = new ArrayList<>();
            for (StaffView member : team) {
                List<TimeRange> windows = Availability.workingWindows(opening, member.workingHours(), date);
                if (windows.isEmpty()) {
                    continue;
                }
                List<BookingBlock> bookings = new ArrayList<>();
                LocalTime at = windows.getFirst().start();
                for (int b = 0; b < perColumn && left > 0; b++, left--) {
                    int minutes = 30 + 15 * random.nextInt(5);
                    // Now and then a booking starts inside the previous one: lanes side by side.
                    LocalTime start = random.nextInt(10) == 0 ? at.minusMinutes(15) : at;
                    LocalTime end = start.plusMinutes(minutes);
                    String id = "b-" + seed + "-" + d + "-" + member.staffId() + "-" + b;
                    BookingStatus status = statuses[random.nextInt(statuses.length)];
                    bookings.add(new BookingBlock(id, member.staffId(), start, end, "Customer " + random.nextInt(300),
                            "Cut & finish", status, status == BookingStatus.CANCELLED ? "flu" : null,
                            status == BookingStatus.CANCELLED
                                    ? com.salondesk.domain.booking.CancelReason.Category.ILLNESS : null,
                            date.atTime(start).atZone(LONDON).toInstant()));
                    at = end.plusMinutes(5 * random.nextInt(4));
                }
                columns.add(new WeekColumn(member, windows, bookings));
            }
            days.add(new WeekDay(date, opening.on(date), columns));
        }
        return new BookWeek(branch, monday, TimeRange.of("09:00", "19:00"), days, team);
    }
}
