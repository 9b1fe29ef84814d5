package com.salondesk.app.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.ReceiptPrinter;
import com.salondesk.app.SalonBookings;
import com.salondesk.app.TestSalon;
import com.salondesk.app.task.CurrentThreadTaskExecutor;
import com.salondesk.app.task.TaskExecutor;
import com.salondesk.app.wiring.FrontDesk;
import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.shared.Money;
import com.salondesk.persistence.command.InventoryUpdateHandler;
import com.salondesk.persistence.projection.BookingSagaProjection;
import com.salondesk.persistence.projection.CustomerSearchProjection;
import com.salondesk.persistence.projection.PaymentLedgerProjection;
import com.salondesk.persistence.projection.StockProjection;
import com.salondesk.persistence.saga.BookingConfirmationSaga;
import com.salondesk.persistence.desk.StreamAppend;
import com.salondesk.persistence.command.InventoryUpdateHandler;
import com.salondesk.persistence.projection.AttentionProjection;
import com.salondesk.persistence.projection.BookingProjection;
import com.salondesk.persistence.projection.DashboardProjection;
import com.salondesk.persistence.projection.DirectoryProjection;
import com.salondesk.persistence.notify.CustomerNotifier;
import com.salondesk.persistence.projection.NotificationProjection;
import com.salondesk.persistence.projection.PaymentLedgerProjection;
import com.salondesk.persistence.projection.StockProjection;
import com.salondesk.persistence.projection.TillProjection;
import com.salondesk.persistence.projection.WaitlistProjection;
import com.salondesk.persistence.waitlist.WaitlistOffers;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnosticsViewModelTest {

    @TempDir
    Path folder;
    private final ReceiptPrinter printer = new ReceiptPrinter();
    private FrontDesk desk;
    private SalonBookings bookings;
    private DiagnosticsViewModel screen;

    @BeforeEach
    void open() {
        desk = TestSalon.open(folder, List.of(printer));
        // The cut asks a deposit, so the booking saga confirms nothing by itself: the printer sees only the desk's
        // own confirmations.
        TestSalon.askDeposit(desk, TestSalon.CUT);
        bookings = new SalonBookings(desk);
        // Progress reports arrive on the read models' worker; the test takes them where they come.
        screen = desk.diagnostics(new CurrentThreadTaskExecutor(), new CurrentThreadTaskExecutor(), Runnable::run);
    }

    @AfterEach
    void close() {
        printer.release();
        desk.local().close();
    }

    private DiagnosticsRow row(String name) {
        return screen.rows().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + name + " in " + screen.rows()));
    }

    @Test
    void showsEachReadModelAndHandlerWithHowFarItIsBehindTheLog() {
        printer.stall();
        bookings.book(TestSalon.BEN, "11:00", "11:45");
        TestSalon.settleSaga(desk);
        long head = desk.local().log().headPosition();

        screen.refresh();

        assertThat(screen.rows()).extracting(DiagnosticsRow::kind, DiagnosticsRow::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DiagnosticsRow.Kind.READ_MODEL, DirectoryProjection.NAME),
                org.assertj.core.groups.Tuple.tuple(DiagnosticsRow.Kind.READ_MODEL, BookingProjection.NAME),
                org.assertj.core.groups.Tuple.tuple(DiagnosticsRow.Kind.READ_MODEL, AttentionProjection.NAME),
                org.assertj.core.groups.Tuple.tuple(DiagnosticsRow.Kind.READ_MODEL, PaymentLedgerProjection.NAME),
                org.assertj.core.groups.Tuple.tuple(DiagnosticsRow.Kind.READ_MODEL, TillProjection.NAME),
                org.assertj.core.groups.Tuple.tuple(DiagnosticsRow.Kind.READ_MODEL, StockProjection.NAME),
                org.assertj.core.groups.Tuple.tuple(DiagnosticsRow.Kind.READ_MODEL, NotificationProjection.NAME),
                org.assertj.core.groups.Tuple.tuple(DiagnosticsRow.Kind.READ_MODEL, BookingSagaProjection.NAME),
                org.assertj.core.groups.Tuple.tuple(DiagnosticsRow.Kind.READ_MODEL, DashboardProjection.NAME),
                org.assertj.core.groups.Tuple.tuple(DiagnosticsRow.Kind.READ_MODEL, WaitlistProjection.NAME),
                org.assertj.core.groups.Tuple.tuple(DiagnosticsRow.Kind.READ_MODEL, CustomerSearchProjection.NAME),
                org.assertj.core.groups.Tuple.tuple(DiagnosticsRow.Kind.HANDLER, BookingConfirmationSaga.NAME),
                org.assertj.core.groups.Tuple.tuple(DiagnosticsRow.Kind.HANDLER, InventoryUpdateHandler.NAME),
                org.assertj.core.groups.Tuple.tuple(DiagnosticsRow.Kind.HANDLER, CustomerNotifier.NAME),
                org.assertj.core.groups.Tuple.tuple(DiagnosticsRow.Kind.HANDLER, WaitlistOffers.NAME),
                org.assertj.core.groups.Tuple.tuple(DiagnosticsRow.Kind.HANDLER, ReceiptPrinter.NAME));
        assertThat(row(BookingProjection.NAME).lag()).isZero();
        assertThat(row(BookingProjection.NAME).behind()).isEqualTo("Up to date");
        DiagnosticsRow receipts = row(ReceiptPrinter.NAME);
        assertThat(receipts.lag()).as("the stalled printer is behind the log").isPositive();
        assertThat(receipts.position() + receipts.lag()).isEqualTo(head);
        assertThat(receipts.behind()).endsWith("behind");
        assertThat(screen.headProperty().get()).isEqualTo("The log holds " + head + " events.");

        printer.release();
        bookings.awaitHandlers();
        screen.refresh();

        assertThat(row(ReceiptPrinter.NAME).lag()).isZero();
        assertThat(row(ReceiptPrinter.NAME).position()).isEqualTo(head);
    }

    @Test
    void countsAHandlersFailuresDeadLettersAndTheEventsWaitingBehindThem() {
        printer.failFor(e -> true);
        String id = bookings.book(TestSalon.BEN, "11:00", "11:45");
        bookings.confirm(id);
        // Every handler has taken everything, the booking saga's own events too.
        TestSalon.settle(desk);

        screen.refresh();

        DiagnosticsRow receipts = row(ReceiptPrinter.NAME);
        assertThat(receipts.failures()).isEqualTo(2);
        assertThat(receipts.deadLetters()).isEqualTo(1);
        assertThat(receipts.parked()).isEqualTo(1);
        assertThat(receipts.lag()).as("a dead letter does not hold the handler back").isZero();
    }

    @Test
    void rebuildingAReadModelReportsProgressUntilItIsDone() {
        recordManyBookings(1_200);
        TestSalon.settle(desk);
        screen.refresh();
        List<Double> progress = Collections.synchronizedList(new ArrayList<>());
        screen.rebuildProgressProperty().addListener((obs, old, now) -> progress.add(now.doubleValue()));

        screen.selectedProperty().set(row(ReceiptPrinter.NAME));
        assertThat(screen.canRebuild().get()).as("only read models are rebuilt").isFalse();
        screen.selectedProperty().set(row(BookingProjection.NAME));
        assertThat(screen.canRebuild().get()).isTrue();

        screen.rebuildSelected();

        assertThat(progress).as("fed by the rebuild's progress reports").anySatisfy(p -> assertThat(p).isBetween(0.5, 0.99));
        assertThat(progress.getLast()).isEqualTo(1.0);
        assertThat(screen.rebuildingProperty().get()).isFalse();
        // Every event of the log is read, the booking sagas' too.
        assertThat(screen.messageProperty().get()).matches("booking_projections was rebuilt from "
                + java.util.regex.Pattern.quote(com.salondesk.app.language.Formats.count(desk.local().log().headPosition()))
                + " events in \\d+\\.\\d s\\.");
        assertThat(row(BookingProjection.NAME).lag()).isZero();
        assertThat(screen.selectedProperty().get().name()).isEqualTo(BookingProjection.NAME);
        assertThat(desk.local().queries().bookingsOn("soho", java.time.LocalDate.parse("2026-12-02"), TestSalon.LONDON))
                .as("the rebuilt read model holds every booking").hasSize(1_200);
    }

    @Test
    void whileARebuildRunsTheHandlersStayLiveAndNoSecondRebuildStarts() {
        List<Runnable> rebuilds = new ArrayList<>();
        TaskExecutor heldRebuilds = new TaskExecutor() {
            @Override
            public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
                rebuilds.add(() -> new CurrentThreadTaskExecutor().execute(work, onSuccess, onFailure));
            }

            @Override
            public void close() {
            }
        };
        screen = desk.diagnostics(new CurrentThreadTaskExecutor(), heldRebuilds, Runnable::run);
        screen.refresh();
        screen.selectedProperty().set(row(DirectoryProjection.NAME));

        screen.rebuildSelected();

        assertThat(screen.rebuildingProperty().get()).isTrue();
        assertThat(screen.canRebuild().get()).as("one rebuild at a time").isFalse();
        assertThat(screen.messageProperty().get()).isEqualTo("Rebuilding directory from the log…");
        printer.stall();
        bookings.book(TestSalon.BEN, "11:00", "11:45");
        screen.refresh();
        assertThat(row(ReceiptPrinter.NAME).lag()).as("handlers are still read during the rebuild").isPositive();
        assertThat(screen.rows()).extracting(DiagnosticsRow::name).as("the read models keep their last lines")
                .containsExactly(DirectoryProjection.NAME, BookingProjection.NAME, AttentionProjection.NAME,
                        PaymentLedgerProjection.NAME, TillProjection.NAME, StockProjection.NAME,
                        NotificationProjection.NAME, BookingSagaProjection.NAME, DashboardProjection.NAME,
                        WaitlistProjection.NAME, CustomerSearchProjection.NAME, BookingConfirmationSaga.NAME,
                        InventoryUpdateHandler.NAME, CustomerNotifier.NAME, WaitlistOffers.NAME, ReceiptPrinter.NAME);
        assertThat(screen.selectedProperty().get().name()).isEqualTo(DirectoryProjection.NAME);

        rebuilds.removeFirst().run();

        assertThat(screen.rebuildingProperty().get()).isFalse();
        assertThat(screen.rebuildProgressProperty().get()).isEqualTo(1.0);
        assertThat(screen.messageProperty().get()).startsWith("directory was rebuilt from");
        assertThat(screen.canRebuild().get()).isTrue();
    }

    @Test
    void aRebuildThatFailsSaysSoPlainlyAndCanBeTriedAgain() {
        TaskExecutor failingRebuilds = new TaskExecutor() {
            @Override
            public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
                onFailure.accept(new IllegalStateException("No space left on device"));
            }

            @Override
            public void close() {
            }
        };
        screen = desk.diagnostics(new CurrentThreadTaskExecutor(), failingRebuilds, Runnable::run);
        screen.refresh();
        screen.selectedProperty().set(row(BookingProjection.NAME));

        screen.rebuildSelected();

        assertThat(screen.messageProperty().get()).isEqualTo("booking_projections could not be rebuilt. Something went"
                + " wrong on this desk, and nothing was changed. The details are in the desk's log.");
        assertThat(screen.messageProperty().get()).doesNotContain("No space left", "Exception");
        assertThat(screen.rebuildingProperty().get()).isFalse();
        assertThat(screen.rebuildProgressProperty().get()).isZero();
        assertThat(screen.canRebuild().get()).isTrue();
    }

    /** Records bookings straight into the log, enough for the rebuild to report progress more than once. */
    private void recordManyBookings(int count) {
        List<StreamAppend> appends = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = "bulk-" + i;
            appends.add(new StreamAppend("booking-" + id, 0, List.of(BookingEvent.Created.single(id, "c", TestSalon.BRANCH,
                    TestSalon.BEN, TestSalon.CUT, Instant.parse("2026-12-02T10:00:00Z"), Instant.parse("2026-12-02T10:45:00Z"),
                    Money.of("55.00", "GBP")))));
        }
        desk.local().log().append(desk.command(), appends);
    }
}
