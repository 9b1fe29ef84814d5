package com.salondesk.app.book;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.ScriptedDialogs;
import com.salondesk.app.SalonBookings;
import com.salondesk.app.TestSalon;
import com.salondesk.app.task.CurrentThreadTaskExecutor;
import com.salondesk.app.wiring.FrontDesk;
import com.salondesk.domain.booking.BookingStatus;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A no-show from the book at midday: asked to be sure, undone the same day, and refused when the time is gone. */
class MissedAppointmentViewModelTest {

    private static final Instant MIDDAY = Instant.parse("2026-12-01T12:00:00Z");

    @TempDir
    Path folder;
    private FrontDesk desk;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private AppointmentBookViewModel book;

    @BeforeEach
    void openBook() {
        desk = TestSalon.openAt(folder, MIDDAY);
        // The cut asks a deposit, so the booking saga leaves new bookings requested (it waits for the deposit).
        TestSalon.askDeposit(desk, TestSalon.CUT);
        book = desk.appointmentBook(new CurrentThreadTaskExecutor(), dialogs, listener -> { });
        book.start();
    }

    @AfterEach
    void close() {
        desk.local().close();
    }

    @Test
    void aNoShowAsksToBeSureAndBackingOutRecordsNothing() {
        BookingBlock missed = blockOf(book("11:00", "11:45"));
        // The booking saga has started (and waits for the deposit) before the log is counted.
        TestSalon.settle(desk);
        long events = desk.local().log().count();
        dialogs.decide(false);

        book.perform(BookingAction.NO_SHOW, missed);

        assertThat(dialogs.confirmations).containsExactly("Record that Jane Doe's Cut & finish at 11:00 was missed?"
                + " The time is given back; it can be undone today.");
        assertThat(desk.local().log().count()).isEqualTo(events);
        assertThat(blockOf(missed.bookingId()).status()).isEqualTo(BookingStatus.REQUESTED);
    }

    @Test
    void aConfirmedNoShowCanBeUndoneTheSameDay() {
        BookingBlock missed = blockOf(book("11:00", "11:45"));
        dialogs.decide(true);
        book.perform(BookingAction.NO_SHOW, missed);
        BookingBlock noShow = blockOf(missed.bookingId());
        assertThat(noShow.status()).isEqualTo(BookingStatus.NO_SHOW);
        assertThat(book.canDo(BookingAction.UNDO_NO_SHOW, noShow)).isTrue();

        book.perform(BookingAction.UNDO_NO_SHOW, noShow);

        assertThat(dialogs.errors).isEmpty();
        assertThat(blockOf(missed.bookingId()).status()).isEqualTo(BookingStatus.REQUESTED);
    }

    @Test
    void aNoShowWhoseTimeWasBookedMeanwhileIsNotUndoneAndSaysWhy() {
        BookingBlock missed = blockOf(book("11:00", "11:45"));
        dialogs.decide(true);
        book.perform(BookingAction.NO_SHOW, missed);
        book("11:30", "12:15");

        book.perform(BookingAction.UNDO_NO_SHOW, blockOf(missed.bookingId()));

        assertThat(dialogs.errors).containsExactly("The no-show could not be undone: The no-show cannot be undone:"
                + " the time 11:00–11:45 has been booked since (11:30–12:15). Make a new booking instead.");
        assertThat(blockOf(missed.bookingId()).status()).isEqualTo(BookingStatus.NO_SHOW);
    }

    private String book(String start, String end) {
        String id = new SalonBookings(desk).book(TestSalon.BEN, start, end);
        desk.local().awaitProjections();
        book.refresh();
        return id;
    }

    private BookingBlock blockOf(String bookingId) {
        return book.dayProperty().get().columns().stream().flatMap(c -> c.bookings().stream())
                .filter(b -> b.bookingId().equals(bookingId)).findFirst()
                .orElseThrow(() -> new AssertionError("booking " + bookingId + " is not in the book"));
    }
}
