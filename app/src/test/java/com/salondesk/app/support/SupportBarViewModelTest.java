package com.salondesk.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.ReceiptPrinter;
import com.salondesk.app.SalonBookings;
import com.salondesk.app.TestSalon;
import com.salondesk.app.task.CurrentThreadTaskExecutor;
import com.salondesk.app.task.TaskExecutor;
import com.salondesk.app.wiring.FrontDesk;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupportBarViewModelTest {

    @TempDir
    Path folder;
    private final ReceiptPrinter printer = new ReceiptPrinter();
    private final List<Runnable> changeListeners = new ArrayList<>();
    private FrontDesk desk;
    private SalonBookings bookings;

    @BeforeEach
    void open() {
        desk = TestSalon.open(folder, List.of(printer));
        bookings = new SalonBookings(desk);
    }

    @AfterEach
    void close() {
        desk.local().close();
    }

    @Test
    void countsTheDeadLettersAndSaysSoInPlainWords() {
        SupportBarViewModel bar = desk.supportBar(new CurrentThreadTaskExecutor(), changeListeners::add);
        bar.refresh();
        assertThat(bar.deadLettersProperty().get()).isZero();
        assertThat(bar.badgeText().get()).isEqualTo("No dead letters");
        assertThat(bar.anyDeadLetters().get()).isFalse();

        printer.failFor(e -> true);
        String first = bookings.book(TestSalon.BEN, "11:00", "11:45");
        bookings.confirm(first);
        bookings.awaitHandlers();
        changeListeners.forEach(Runnable::run);

        assertThat(bar.deadLettersProperty().get()).as("the waiting event is not counted").isEqualTo(1);
        assertThat(bar.badgeText().get()).isEqualTo("1 dead letter");
        assertThat(bar.anyDeadLetters().get()).isTrue();

        bookings.book(TestSalon.ANNA, "12:00", "12:45");
        bookings.awaitHandlers();
        bar.refresh();
        assertThat(bar.badgeText().get()).isEqualTo("2 dead letters");
    }

    @Test
    void aRefreshAskedForWhileCountingCountsOnceMoreAfterwardsInsteadOfPilingUp() {
        HeldTasks held = new HeldTasks();
        SupportBarViewModel bar = desk.supportBar(held, changeListeners::add);

        bar.refresh();
        bar.refresh();
        bar.refresh();
        assertThat(held.waiting).as("one count at a time").hasSize(1);

        held.runNext();
        assertThat(held.waiting).as("one more for the requests made meanwhile").hasSize(1);
        held.runNext();
        assertThat(held.waiting).isEmpty();
    }

    @Test
    void aFailedCountKeepsTheLastOneAndTheNextRefreshTriesAgain() {
        HeldTasks held = new HeldTasks();
        SupportBarViewModel bar = desk.supportBar(held, changeListeners::add);
        printer.failFor(e -> true);
        bookings.book(TestSalon.BEN, "11:00", "11:45");
        bookings.awaitHandlers();
        bar.refresh();
        held.runNext();
        assertThat(bar.deadLettersProperty().get()).isEqualTo(1);

        bar.refresh();
        held.failNext(new IllegalStateException("the database is closed"));

        assertThat(bar.deadLettersProperty().get()).isEqualTo(1);
        bar.refresh();
        assertThat(held.waiting).as("not stuck after a failure").hasSize(1);
    }

    /** Holds submitted work until the test runs it, like a busy worker thread would. */
    private static final class HeldTasks implements TaskExecutor {
        final List<Consumer<Exception>> waiting = new ArrayList<>();

        @Override
        public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
            waiting.add(failure -> {
                if (failure == null) {
                    new CurrentThreadTaskExecutor().execute(work, onSuccess, onFailure);
                } else {
                    onFailure.accept(failure);
                }
            });
        }

        void runNext() {
            waiting.removeFirst().accept(null);
        }

        void failNext(Exception failure) {
            waiting.removeFirst().accept(failure);
        }

        @Override
        public void close() {
        }
    }
}
