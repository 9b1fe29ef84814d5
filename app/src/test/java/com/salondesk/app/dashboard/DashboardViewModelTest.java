package com.salondesk.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.TestSalon;
import com.salondesk.app.port.BusinessFigures;
import com.salondesk.app.port.DashboardFigures;
import com.salondesk.app.task.CurrentThreadTaskExecutor;
import com.salondesk.app.task.TaskExecutor;
import com.salondesk.app.wiring.FrontDesk;
import com.salondesk.domain.booking.NewBooking;
import com.salondesk.domain.shared.Money;
import com.salondesk.persistence.command.Tendered;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's figures for a known day of the test salon, read from a real desk. */
class DashboardViewModelTest {

    @TempDir
    Path folder;
    private final List<Runnable> changeListeners = new ArrayList<>();
    private FrontDesk desk;

    @BeforeEach
    void open() {
        // Four in the afternoon: the morning's visits are over.
        desk = TestSalon.openAt(folder, Instant.parse("2026-12-01T16:00:00Z"));
    }

    @AfterEach
    void close() {
        desk.local().close();
    }

    @Test
    void showsTodaysBookingsTakingsUtilisationAndRebookingOfTheBranch() {
        String janesVisit = book(TestSalon.JANE, TestSalon.BEN, TestSalon.TODAY, "09:00");
        String janetsVisit = book("Janet Hill", TestSalon.ANNA, TestSalon.TODAY, "10:00");
        String missed = book(TestSalon.JANE, TestSalon.ANNA, TestSalon.TODAY, "12:00");
        String cancelled = book(TestSalon.JANE, TestSalon.BEN, TestSalon.TODAY, "14:00");
        book(TestSalon.JANE, TestSalon.BEN, TestSalon.TODAY.plusDays(7), "09:00");
        var bookings = desk.local().bookings();
        for (String visit : List.of(janesVisit, janetsVisit)) {
            bookings.checkIn(desk.command(), visit);
            bookings.complete(desk.command(), visit);
        }
        bookings.markNoShow(desk.command(), missed);
        bookings.cancel(desk.command(), cancelled, "feeling unwell");
        var payments = desk.local().payments();
        payments.takeDeposit(desk.command(), janesVisit, Tendered.cash(gbp("20.00"), gbp("20.00")));
        String card = payments.takeDeposit(desk.command(), janetsVisit, Tendered.card(gbp("30.00"), "APPROVED-7"));
        payments.refund(desk.command(), card, gbp("5.00"), "a fringe left out");
        TestSalon.settle(desk);

        DashboardViewModel dashboard = dashboard(new CurrentThreadTaskExecutor());
        dashboard.start();

        assertThat(dashboard.branches()).extracting(BranchChoice::name).containsExactly("Whole chain", "Soho");
        assertThat(dashboard.branchProperty().get().branchId()).isEqualTo(TestSalon.BRANCH);
        assertThat(dashboard.bookingsProperty().get()).as("two visits and the no-show; not the cancelled one")
                .isEqualTo("3");
        assertThat(dashboard.expectedProperty().get()).as("the two visits' cuts").isEqualTo("£110.00");
        assertThat(dashboard.takenProperty().get()).as("20 + 30 − 5").isEqualTo("£45.00");
        assertThat(dashboard.noShowsProperty().get()).isEqualTo("1");
        assertThat(dashboard.cancelledProperty().get()).isEqualTo("1");
        assertThat(dashboard.rebookingProperty().get()).as("Jane has come back next week; Janet has not")
                .isEqualTo("50 % (1 of 2)");
        assertThat(dashboard.lowStockProperty().get()).isZero();
        assertThat(dashboard.deadLettersProperty().get()).isZero();
        // Anna: 90 booked minutes (the no-show's time too) of 420 (10–17); Ben: 45 of 540 (09–18).
        assertThat(dashboard.utilisation()).containsExactly(new ChartPoint("Anna Berg", 21),
                new ChartPoint("Ben Carter", 8));
        assertThat(dashboard.byStatus()).extracting(ChartPoint::label, p -> p.value().intValue()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Requested", 0), org.assertj.core.groups.Tuple.tuple("Confirmed", 0),
                org.assertj.core.groups.Tuple.tuple("Checked in", 0), org.assertj.core.groups.Tuple.tuple("Completed", 2),
                org.assertj.core.groups.Tuple.tuple("Cancelled", 1), org.assertj.core.groups.Tuple.tuple("No-show", 1));
        assertThat(dashboard.takings()).singleElement().satisfies(series -> {
            assertThat(series.name()).isEqualTo("GBP");
            assertThat(series.points()).hasSize(DashboardViewModel.DAYS);
            assertThat(series.points().getFirst()).isEqualTo(new ChartPoint("18 Nov", BigDecimal.ZERO));
            assertThat(series.points().getLast().label()).isEqualTo("1 Dec");
            assertThat((BigDecimal) series.points().getLast().value()).isEqualByComparingTo("45.00");
        });
        assertThat(dashboard.statusProperty().get()).isEqualTo("Updated at 16:00");

        // The whole chain is this one branch here: the same figures.
        dashboard.branchProperty().set(dashboard.branches().getFirst());
        assertThat(dashboard.bookingsProperty().get()).isEqualTo("3");
        assertThat(dashboard.takenProperty().get()).isEqualTo("£45.00");
    }

    @Test
    void aDayWithNothingShowsZerosInTheBranchCurrencyAndNoRate() {
        DashboardViewModel dashboard = dashboard(new CurrentThreadTaskExecutor());
        dashboard.start();

        assertThat(dashboard.bookingsProperty().get()).isEqualTo("0");
        assertThat(dashboard.takenProperty().get()).isEqualTo("£0.00");
        assertThat(dashboard.expectedProperty().get()).isEqualTo("£0.00");
        assertThat(dashboard.rebookingProperty().get()).isEqualTo("–");
        assertThat(dashboard.utilisation()).extracting(p -> p.value().intValue()).containsExactly(0, 0);
    }

    @Test
    void whileShownAChangeReadsAgainAndABurstDuringAReadIsOneMoreRead() {
        HeldTasks held = new HeldTasks();
        AtomicInteger reads = new AtomicInteger();
        BusinessFigures counted = new CountingFigures(desk.figures(), reads);
        DashboardViewModel dashboard = new DashboardViewModel(counted, desk.clock(), held, changeListeners::add);
        dashboard.start();
        held.runAll();
        assertThat(reads).hasValue(1);

        changeListeners.forEach(Runnable::run);
        assertThat(held.waiting).as("hidden: no reads for changes").isEmpty();

        dashboard.setShowing(true);
        assertThat(held.waiting).as("shown: read at once").hasSize(1);
        book(TestSalon.JANE, TestSalon.BEN, TestSalon.TODAY, "17:00");
        desk.local().awaitProjections();
        for (int i = 0; i < 5; i++) {
            changeListeners.forEach(Runnable::run);
        }
        assertThat(held.waiting).as("one read at a time").hasSize(1);
        held.runNext();
        assertThat(held.waiting).as("one more for the five changes meanwhile").hasSize(1);
        held.runNext();
        assertThat(held.waiting).isEmpty();
        assertThat(reads).hasValue(3);
        assertThat(dashboard.bookingsProperty().get()).isEqualTo("1");
    }

    private DashboardViewModel dashboard(TaskExecutor tasks) {
        return new DashboardViewModel(desk.figures(), desk.clock(), tasks, changeListeners::add);
    }

    private String book(String customerName, String staffId, LocalDate date, String start) {
        String customer = desk.local().queries().searchCustomers(customerName, 1).getFirst().customerId();
        LocalDateTime at = date.atTime(java.time.LocalTime.parse(start));
        return desk.local().bookings().book(desk.command(), new NewBooking(customer, TestSalon.BRANCH, staffId,
                TestSalon.CUT, at, at.plusMinutes(45), false));
    }

    private static Money gbp(String amount) {
        return Money.of(amount, "GBP");
    }

    /** The desk's figures, counting the reads. */
    private record CountingFigures(BusinessFigures figures, AtomicInteger reads) implements BusinessFigures {
        @Override
        public List<com.salondesk.app.port.BranchView> branches() {
            return figures.branches();
        }

        @Override
        public String homeBranchId() {
            return figures.homeBranchId();
        }

        @Override
        public DashboardFigures read(String branchId, LocalDate today, int days) {
            reads.incrementAndGet();
            return figures.read(branchId, today, days);
        }
    }

    /** Holds work until the test runs it, as a busy worker would. */
    private static final class HeldTasks implements TaskExecutor {
        final List<Runnable> waiting = new ArrayList<>();

        @Override
        public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
            waiting.add(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            });
        }

        void runNext() {
            waiting.removeFirst().run();
        }

        void runAll() {
            while (!waiting.isEmpty()) {
                runNext();
            }
        }

        @Override
        public void close() {
        }
    }
}
