package com.salondesk.app.attention;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.RivalDesks;
import com.salondesk.app.ScriptedDialogs;
import com.salondesk.app.TestSalon;
import com.salondesk.app.port.AttentionEntry;
import com.salondesk.app.task.CurrentThreadTaskExecutor;
import com.salondesk.domain.booking.BookingStatus;
import com.salondesk.domain.booking.CancelReason;
import com.salondesk.persistence.read.BookingView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Needs-attention list on the desk that lost: a real clash of two desks' bookings (the back desk's own log
 * after it stored the front desk's events in the server's order and rebased), settled each way a person can.
 */
class NeedsAttentionViewModelTest {

    @TempDir
    Path root;
    private RivalDesks desks;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final AtomicInteger toldTheCounter = new AtomicInteger();
    private NeedsAttentionViewModel screen;

    @BeforeEach
    void clash() {
        desks = RivalDesks.clash(root);
        screen = desks.back().needsAttention(new CurrentThreadTaskExecutor(), dialogs, toldTheCounter::incrementAndGet);
        screen.refresh();
    }

    @AfterEach
    void close() {
        desks.close();
    }

    private BookingView backBooking(String id) {
        return desks.back().local().queries().booking(id).orElseThrow();
    }

    @Test
    void showsTheLostBookingBesideTheOneThatHoldsItsTimeWithTheCustomersContact() {
        assertThat(screen.entries()).hasSize(1);
        assertThat(screen.headProperty().get()).isEqualTo("1 booking needs attention.");
        AttentionEntry entry = screen.entries().getFirst();
        assertThat(entry.kind()).isEqualTo(AttentionEntry.Kind.BOOKING_TIME_LOST);
        assertThat(screen.customerOf(entry)).isEqualTo(RivalDesks.JANET);
        assertThat(screen.timeOf(entry)).isEqualTo("Tuesday, 1 December 2026, 10:00–10:45");

        screen.select(entry);

        assertThat(screen.lostProperty().get()).isEqualTo(new SideWords(RivalDesks.JANET, "Ben Carter",
                "Cut & finish", "Tuesday, 1 December 2026, 10:00–10:45", RivalDesks.BACK.deviceId()));
        assertThat(screen.rivalProperty().get()).isEqualTo(new SideWords(TestSalon.JANE, "Ben Carter",
                "Cut & finish", "Tuesday, 1 December 2026, 10:00–10:45", RivalDesks.FRONT.deviceId()));
        assertThat(screen.contactProperty().get()).isEqualTo("07700 900111");
        assertThat(screen.reasonProperty().get()).startsWith("Why: ");
        assertThat(screen.canRebook().get()).isTrue();
        assertThat(screen.canDismiss().get()).isFalse();
        assertThat(backBooking(desks.loser()).timeLost()).as("the lost booking holds no time").isTrue();
        assertThat(desks.back().attention().openCount()).isEqualTo(1);
        assertThat(desks.front().attention().openCount()).as("the desk that won has nothing to do").isZero();
    }

    @Test
    void movingToAFreeTimeKeepsTheLengthTakesTheEntryOffTheListAndTellsTheCounter() {
        screen.select(screen.entries().getFirst());
        MoveBookingViewModel form = screen.moveSelected().orElseThrow();
        assertThat(form.staffProperty().get().name()).isEqualTo("Ben Carter");
        assertThat(form.startTextProperty().get()).isEqualTo("10:00");

        form.startTextProperty().set("11:00");
        assertThat(form.endTextProperty().get()).as("the end follows, keeping 45 minutes").isEqualTo("11:45");
        assertThat(form.save()).isTrue();
        assertThat(form.movedProperty().get()).isTrue();
        screen.afterMove(form);

        assertThat(screen.entries()).isEmpty();
        assertThat(screen.messageProperty().get()).isEqualTo("Moved to Ben Carter on Tuesday, 1 December 2026 at 11:00.");
        assertThat(toldTheCounter.get()).isEqualTo(1);
        BookingView moved = backBooking(desks.loser());
        assertThat(moved.timeLost()).isFalse();
        assertThat(moved.start()).isEqualTo(TestSalon.TODAY.atTime(11, 0).atZone(TestSalon.LONDON).toInstant());
    }

    @Test
    void aMoveIsCheckedLikeANewBookingBesideItsFieldAndTheDesksRefusalToo() {
        screen.select(screen.entries().getFirst());
        MoveBookingViewModel form = screen.moveSelected().orElseThrow();

        // The form's own check, before anything is written: Soho opens at 09:00.
        form.startTextProperty().set("07:00");
        assertThat(form.save()).isFalse();
        assertThat(form.startErrorProperty().get()).isEqualTo("Soho is open 09:00–18:00 on Tuesdays.");

        // The desk's last word: Ben's 10:00 is taken by the front desk's booking.
        form.startTextProperty().set("10:00");
        assertThat(form.startErrorProperty().get()).isEmpty();
        assertThat(form.save()).isTrue();
        assertThat(form.movedProperty().get()).isFalse();
        assertThat(form.startErrorProperty().get()).contains("already booked");
        assertThat(form.moveErrorProperty().get()).startsWith("Not moved: ");

        screen.afterMove(form);
        screen.refresh();
        assertThat(screen.entries()).hasSize(1);
        assertThat(backBooking(desks.loser()).timeLost()).isTrue();
    }

    @Test
    void keepingAsAnOverbookAsksFirstAndThenHoldsTheTimeBesideTheOther() {
        screen.select(screen.entries().getFirst());

        dialogs.decide(false);
        screen.keepSelectedAsOverbook();
        assertThat(dialogs.confirmations.getFirst()).contains("Only a manager should decide this");
        assertThat(screen.entries()).hasSize(1);

        dialogs.decide(true);
        screen.keepSelectedAsOverbook();

        assertThat(screen.entries()).isEmpty();
        assertThat(screen.messageProperty().get()).isEqualTo("Kept as an overbook: Janet Hill stays with Ben Carter.");
        assertThat(backBooking(desks.loser()).holdsTime()).isTrue();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void cancellingAsksWhyShowsHowToReachTheCustomerAndCancels() {
        screen.select(screen.entries().getFirst());

        dialogs.answer(new CancelReason(CancelReason.Category.SALON_CLOSED, "double booked while offline"));
        screen.cancelSelected();

        assertThat(dialogs.reasonQuestions).singleElement().asString().endsWith("Then tell them: 07700 900111");
        assertThat(screen.entries()).isEmpty();
        assertThat(screen.messageProperty().get())
                .isEqualTo("Janet Hill's booking is cancelled. Tell them now: 07700 900111");
        assertThat(backBooking(desks.loser()).status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(desks.back().attention().openCount()).isZero();
    }

    @Test
    void theCounterCountsOpenEntriesAndFollowsChanges() {
        List<Runnable> changes = new ArrayList<>();
        AttentionCounterViewModel counter = desks.back().attentionCounter(new CurrentThreadTaskExecutor(),
                changes::add);
        counter.refresh();
        assertThat(counter.text().get()).isEqualTo("Needs attention (1)");
        assertThat(counter.anyOpen().get()).isTrue();

        dialogs.answer(new CancelReason(CancelReason.Category.CUSTOMER_ASKED, ""));
        screen.select(screen.entries().getFirst());
        screen.cancelSelected();
        changes.forEach(Runnable::run);

        assertThat(counter.text().get()).isEqualTo("Needs attention (0)");
        assertThat(counter.anyOpen().get()).isFalse();
    }

    @Test
    void aRefusedChangeIsListedWithItsReasonAndTakenOffOnceSeen() {
        desks.close();
        desks = RivalDesks.confirmedWhileCancelled(root.resolve("refused"));
        screen = desks.back().needsAttention(new CurrentThreadTaskExecutor(), dialogs, toldTheCounter::incrementAndGet);
        screen.refresh();

        assertThat(screen.entries()).hasSize(1);
        AttentionEntry entry = screen.entries().getFirst();
        assertThat(entry.kind()).isEqualTo(AttentionEntry.Kind.CHANGE_REFUSED);
        screen.select(entry);
        assertThat(screen.lostHeaderProperty().get()).isEqualTo("The booking");
        assertThat(screen.rivalHeaderProperty().get()).isEmpty();
        assertThat(screen.reasonProperty().get())
                .startsWith("A change of this desk (booking.confirmed) was refused once the server's order was applied: ");
        assertThat(screen.canRebook().get()).as("nothing to move, keep or cancel").isFalse();
        assertThat(screen.canDismiss().get()).isTrue();

        screen.dismissSelected();

        assertThat(screen.entries()).isEmpty();
        assertThat(screen.messageProperty().get()).isEqualTo("Taken off the list.");
        assertThat(toldTheCounter.get()).isEqualTo(1);
        assertThat(backBooking(desks.loser()).status()).as("the server's order stands").isEqualTo(BookingStatus.CANCELLED);
    }
}
