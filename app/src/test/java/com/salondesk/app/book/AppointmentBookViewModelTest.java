package com.salondesk.app.book;

import com.salondesk.domain.booking.CancelReason;
import com.salondesk.domain.branch.BranchCommand;
import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.ScriptedDialogs;
import com.salondesk.app.SalonBookings;
import com.salondesk.app.TestSalon;
import com.salondesk.app.task.CurrentThreadTaskExecutor;
import com.salondesk.app.task.TaskExecutor;
import com.salondesk.app.wiring.FrontDesk;
import com.salondesk.domain.booking.BookingStatus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppointmentBookViewModelTest {

    @TempDir
    Path folder;
    private FrontDesk desk;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private AppointmentBookViewModel book;

    @BeforeEach
    void openBook() {
        desk = TestSalon.open(folder);
        // The cut asks a deposit, so the booking saga leaves new bookings requested (it waits for the deposit): the
        // desk's own steps on a requested booking are what these tests are about.
        TestSalon.askDeposit(desk, TestSalon.CUT);
        // Updates from the projection thread would race the test thread; the tests refresh themselves
        // (the wiring to projection updates is covered by the TestFX tests).
        book = desk.appointmentBook(new CurrentThreadTaskExecutor(), dialogs, listener -> { });
        book.start();
    }

    @AfterEach
    void close() {
        desk.local().close();
    }

    @Test
    void opensOnTodayAtTheDesksBranchWithEveryoneOnDuty() {
        assertThat(book.branchProperty().get().branchId()).isEqualTo(TestSalon.BRANCH);
        assertThat(book.dateProperty().get()).isEqualTo(TestSalon.TODAY);
        BookDay day = book.dayProperty().get();
        assertThat(day.columns()).extracting(StaffColumn::staffId).containsExactly(TestSalon.ANNA, TestSalon.BEN);
        assertThat(day.columns().getFirst().workingWindows()).extracting(Object::toString).containsExactly("10:00–17:00");
        assertThat(day.grid().toString()).isEqualTo("09:00–18:00");
        assertThat(book.titleProperty().get()).isEqualTo("Soho · Tuesday, 1 December 2026");
    }

    @Test
    void leavesOutWhoIsOffDutyAndShowsSundayClosed() {
        book.previousDay();
        assertThat(book.dateProperty().get()).isEqualTo(LocalDate.parse("2026-11-30"));
        assertThat(book.dayProperty().get().columns()).extracting(StaffColumn::staffId).containsExactly(TestSalon.BEN);

        book.previousDay();
        assertThat(book.dayProperty().get().closed()).isTrue();
        assertThat(book.dayProperty().get().columns()).isEmpty();
        assertThat(book.statusProperty().get()).isEqualTo("The branch is closed on Sundays.");

        book.today();
        assertThat(book.dateProperty().get()).isEqualTo(TestSalon.TODAY);
    }

    @Test
    void marksTheCurrentTimeOnTodayOnly() {
        assertThat(book.nowProperty().get()).isEqualTo(LocalTime.of(8, 0));

        book.nextDay();
        assertThat(book.nowProperty().get()).isNull();
    }

    @Test
    void showsABookingInItsStylistsColumnOnceRecorded() {
        String id = bookBen("11:00", "11:45");

        BookingBlock block = blockOf(id);
        assertThat(block.staffId()).isEqualTo(TestSalon.BEN);
        assertThat(block.start()).isEqualTo(LocalTime.of(11, 0));
        assertThat(block.customerName()).isEqualTo(TestSalon.JANE);
        assertThat(block.serviceName()).isEqualTo("Cut & finish");
        assertThat(block.status()).isEqualTo(BookingStatus.REQUESTED);
        assertThat(book.statusProperty().get()).endsWith("2 on duty · 1 appointment");
    }

    @Test
    void offersOnlyTheStepsTheStatusAllows() {
        // A branch that lets its desks check in three hours early, so that 08:00 may check in the 11:00.
        desk.local().setup().changeCheckInWindow(desk.command(),
                new BranchCommand.ChangeCheckInWindow(TestSalon.BRANCH, 180, TestSalon.NOW));
        BookingBlock requested = blockOf(bookBen("11:00", "11:45"));

        assertThat(book.canDo(BookingAction.CONFIRM, requested)).isTrue();
        assertThat(book.canDo(BookingAction.CHECK_IN, requested)).isTrue();
        assertThat(book.canDo(BookingAction.CANCEL, requested)).isTrue();
        assertThat(book.canDo(BookingAction.COMPLETE, requested)).isFalse();
        assertThat(book.canDo(BookingAction.NO_SHOW, requested)).as("not begun yet at 08:00").isFalse();

        book.perform(BookingAction.CHECK_IN, requested);
        BookingBlock checkedIn = blockOf(requested.bookingId());
        assertThat(checkedIn.status()).isEqualTo(BookingStatus.CHECKED_IN);
        assertThat(book.canDo(BookingAction.COMPLETE, checkedIn)).isTrue();
        assertThat(book.canDo(BookingAction.CANCEL, checkedIn)).isFalse();
    }

    @Test
    void cancellingAsksWhyAndKeepsTheReason() {
        BookingBlock booking = blockOf(bookBen("11:00", "11:45"));
        dialogs.answer(new CancelReason(CancelReason.Category.ILLNESS, "Customer has flu"));

        book.perform(BookingAction.CANCEL, booking);

        BookingBlock cancelled = blockOf(booking.bookingId());
        assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("Customer has flu");
        assertThat(cancelled.cancelCategory()).isEqualTo(CancelReason.Category.ILLNESS);
        assertThat(cancelled.cancelText()).isEqualTo("Illness: Customer has flu");
        assertThat(cancelled.statusStyleClass()).isEqualTo("status-cancelled");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aCancellationWithOnlyACategoryShowsTheCategoryOnTheBlock() {
        BookingBlock booking = blockOf(bookBen("11:00", "11:45"));
        dialogs.answer(new CancelReason(CancelReason.Category.CUSTOMER_ASKED, ""));

        book.perform(BookingAction.CANCEL, booking);

        BookingBlock cancelled = blockOf(booking.bookingId());
        assertThat(cancelled.cancelCategory()).isEqualTo(CancelReason.Category.CUSTOMER_ASKED);
        assertThat(cancelled.cancelText()).isEqualTo("Customer asked");

        BookingBlock other = blockOf(bookBen("12:00", "12:45"));
        dialogs.answer(CancelReason.other("Moved to Leeds"));
        book.perform(BookingAction.CANCEL, other);
        assertThat(blockOf(other.bookingId()).cancelText()).as("the note says it all").isEqualTo("Moved to Leeds");
        assertThat(blockOf(bookBen("13:00", "13:45")).cancelText()).as("not cancelled").isNull();
    }

    @Test
    void backingOutOfTheReasonCancelsNothing() {
        BookingBlock booking = blockOf(bookBen("11:00", "11:45"));
        TestSalon.settle(desk); // the booking saga has done its part before the log is counted
        long events = desk.local().log().count();
        dialogs.backOutOfReason();

        book.perform(BookingAction.CANCEL, booking);

        assertThat(desk.local().log().count()).isEqualTo(events);
        assertThat(blockOf(booking.bookingId()).status()).isEqualTo(BookingStatus.REQUESTED);
    }

    @Test
    void tellsInPlainWordsWhenTheDeskRefusesAStep() {
        BookingBlock booking = blockOf(bookBen("11:00", "11:45"));

        book.perform(BookingAction.COMPLETE, booking);

        assertThat(dialogs.errors).containsExactly(
                "The booking could not be completed: A booking that is requested cannot be completed.");
        assertThat(blockOf(booking.bookingId()).status()).isEqualTo(BookingStatus.REQUESTED);
    }

    @Test
    void anEmptySlotOpensTheFormForThatStylistAndTime() {
        var form = book.newBooking(TestSalon.ANNA, LocalTime.of(15, 30)).orElseThrow();

        assertThat(form.staffProperty().get().staffId()).isEqualTo(TestSalon.ANNA);
        assertThat(form.startTextProperty().get()).isEqualTo("15:30");
        assertThat(form.dateProperty().get()).isEqualTo(TestSalon.TODAY);
    }

    @Test
    void aDayPickedWhileTheBookIsStillOpeningIsKept() {
        List<Runnable> held = new ArrayList<>();
        TaskExecutor slowDesk = new TaskExecutor() {
            @Override
            public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
                held.add(() -> new CurrentThreadTaskExecutor().execute(work, onSuccess, onFailure));
            }

            @Override
            public void close() {
            }
        };
        AppointmentBookViewModel opening = desk.appointmentBook(slowDesk, dialogs, listener -> { });
        LocalDate thursday = LocalDate.parse("2026-12-03");

        opening.start();
        opening.dateProperty().set(thursday);
        while (!held.isEmpty()) {
            held.removeFirst().run();
        }

        assertThat(opening.dateProperty().get()).isEqualTo(thursday);
        assertThat(opening.dayProperty().get().date()).isEqualTo(thursday);
    }

    @Test
    void aCancellationWithoutWordsForOtherIsRefusedAndChangesNothing() {
        BookingBlock booking = blockOf(bookBen("11:00", "11:45"));
        dialogs.answer(new CancelReason(CancelReason.Category.OTHER, " "));

        book.perform(BookingAction.CANCEL, booking);

        assertThat(dialogs.errors).containsExactly(
                "The booking could not be cancelled: Say in a few words why the booking is cancelled.");
        assertThat(blockOf(booking.bookingId()).status()).isEqualTo(BookingStatus.REQUESTED);
    }

    @Test
    void checkingInHoursBeforeTheAppointmentIsRefusedInPlainWords() {
        BookingBlock booking = blockOf(bookBen("11:00", "11:45"));

        book.perform(BookingAction.CHECK_IN, booking);

        assertThat(dialogs.errors).containsExactly("The customer could not be checked in: Customers can be checked in"
                + " from 30 minutes before their appointment, not earlier.");
        assertThat(blockOf(booking.bookingId()).status()).isEqualTo(BookingStatus.REQUESTED);
    }

    private String bookBen(String start, String end) {
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
