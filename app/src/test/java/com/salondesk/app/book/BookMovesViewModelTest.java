package com.salondesk.app.book;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.ScriptedDialogs;
import com.salondesk.app.TestSalon;
import com.salondesk.app.port.ServiceView;
import com.salondesk.app.task.CurrentThreadTaskExecutor;
import com.salondesk.app.wiring.FrontDesk;
import com.salondesk.domain.availability.DaySegment;
import com.salondesk.domain.booking.NewBooking;
import com.salondesk.domain.branch.Address;
import com.salondesk.domain.branch.BranchCommand;
import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.shared.WeeklyHours;
import com.salondesk.persistence.read.BookingView;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The book's moves, edits, shading and memory on a real desk in a temp folder, through the view model (the mouse
 * and keys are {@code BookMovesUiTest}'s).
 */
class BookMovesViewModelTest {

    @TempDir
    Path folder;
    private FrontDesk desk;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private AppointmentBookViewModel book;

    @BeforeEach
    void openBook() {
        desk = TestSalon.open(folder);
        book = open(desk);
    }

    @AfterEach
    void close() {
        desk.local().close();
    }

    private AppointmentBookViewModel open(FrontDesk on) {
        AppointmentBookViewModel opened = on.appointmentBook(new CurrentThreadTaskExecutor(), dialogs, listener -> { });
        opened.start();
        return opened;
    }

    private String book(String staffId, String start, String end) {
        String customer = desk.local().queries().searchCustomers("jane doe", 1).getFirst().customerId();
        String id = desk.local().bookings().book(desk.command(), new NewBooking(customer, TestSalon.BRANCH, staffId,
                TestSalon.CUT, TestSalon.TODAY.atTime(LocalTime.parse(start)),
                TestSalon.TODAY.atTime(LocalTime.parse(end)), false));
        desk.local().awaitProjections();
        book.refresh();
        return id;
    }

    private BookingBlock block(String id) {
        return book.dayProperty().get().columns().stream().flatMap(c -> c.bookings().stream())
                .filter(b -> b.bookingId().equals(id)).findFirst().orElseThrow();
    }

    private BookingView stored(String id) {
        desk.local().awaitProjections();
        return desk.local().queries().booking(id).orElseThrow();
    }

    @Test
    void aMoveIsUndoneByMovingItBack() {
        String id = book(TestSalon.ANNA, "10:00", "10:45");

        book.move(new BlockMove(block(id), TestSalon.BEN, LocalTime.of(14, 0), LocalTime.of(14, 45)));

        assertThat(block(id).staffId()).isEqualTo(TestSalon.BEN);
        assertThat(book.undoProperty().get().label()).isEqualTo("Jane Doe's Cut & finish");
        book.undo();
        assertThat(block(id).staffId()).isEqualTo(TestSalon.ANNA);
        assertThat(block(id).start()).isEqualTo(LocalTime.of(10, 0));
        assertThat(book.undoProperty().get()).isNull();
    }

    @Test
    void aRefusedMoveSaysWhyWhereItWasDroppedAndLeavesNoUndo() {
        book(TestSalon.BEN, "11:00", "11:45");
        String id = book(TestSalon.ANNA, "12:00", "12:45");

        book.move(new BlockMove(block(id), TestSalon.BEN, LocalTime.of(11, 30), LocalTime.of(12, 15)));

        assertThat(book.refusalProperty().get()).isEqualTo(new DropRefusal(TestSalon.BEN, LocalTime.of(11, 30),
                "Ben Carter is already booked 11:00–11:45."));
        assertThat(block(id).staffId()).isEqualTo(TestSalon.ANNA);
        assertThat(book.undoProperty().get()).isNull();
        book.nextDay();
        assertThat(book.refusalProperty().get()).as("another day, another page").isNull();
    }

    @Test
    void theEditDialogChangesTheTimeTheServiceAndTheNotes() {
        String id = book(TestSalon.BEN, "10:00", "10:45");
        EditBookingViewModel edit = book.edit(block(id)).orElseThrow();
        assertThat(edit.serviceProperty().get().serviceId()).isEqualTo(TestSalon.CUT);
        ServiceView colour = edit.services().stream().filter(s -> s.serviceId().equals(TestSalon.COLOUR)).findFirst()
                .orElseThrow();

        edit.serviceProperty().set(colour);
        edit.endTextProperty().set("11:30");
        edit.notesProperty().set("patch test done");
        edit.save();

        assertThat(edit.savedProperty().get()).isTrue();
        BookingView changed = stored(id);
        assertThat(changed.serviceId()).isEqualTo(TestSalon.COLOUR);
        assertThat(changed.notes()).isEqualTo("patch test done");
        assertThat(changed.end().atZone(TestSalon.LONDON).toLocalTime()).isEqualTo(LocalTime.of(11, 30));
    }

    @Test
    void theEditDialogSaysWhyAndRecordsNothingWhenTheTimeIsRefusedOrUnreadable() {
        String id = book(TestSalon.ANNA, "10:00", "10:45");
        EditBookingViewModel edit = book.edit(block(id)).orElseThrow();

        edit.endTextProperty().set("half past");
        edit.save();
        assertThat(edit.errorProperty().get()).isEqualTo("Write the time as HH:MM, for example 10:30.");

        edit.endTextProperty().set("17:30");
        edit.notesProperty().set("stays late");
        edit.save();
        assertThat(edit.errorProperty().get()).contains("Anna Berg");
        assertThat(edit.savedProperty().get()).isFalse();
        assertThat(stored(id).notes()).as("the notes wait for the time").isEmpty();
        assertThat(stored(id).end().atZone(TestSalon.LONDON).toLocalTime()).isEqualTo(LocalTime.of(10, 45));
    }

    @Test
    void eachStylistsDayIsShadedFromTheLiveAvailability() {
        String id = book(TestSalon.BEN, "11:00", "11:45");

        StaffColumn ben = book.dayProperty().get().columns().stream().filter(c -> c.staffId().equals(TestSalon.BEN))
                .findFirst().orElseThrow();
        assertThat(ben.picture()).anySatisfy(s -> {
            assertThat(s.kind()).isEqualTo(DaySegment.Kind.BOOKED);
            assertThat(s.bookingId()).isEqualTo(id);
            assertThat(s.from()).isEqualTo(LocalTime.of(11, 0));
        });
        assertThat(ben.picture()).anySatisfy(s -> assertThat(s.kind()).isEqualTo(DaySegment.Kind.FREE));
        StaffColumn anna = book.dayProperty().get().columns().getFirst();
        assertThat(anna.picture()).as("Anna starts at 10:00").anySatisfy(s -> {
            assertThat(s.kind()).isEqualTo(DaySegment.Kind.BLOCKED);
            assertThat(s.to()).isEqualTo(LocalTime.of(10, 0));
        });
    }

    @Test
    void theWindowBranchAndViewAreRememberedAcrossARestart() {
        desk.local().setup().openBranch(desk.command(), new BranchCommand.Open("camden", "Camden",
                new Address("2 High St", "London", "NW1 7JE", "GB"), "Europe/London", "GBP",
                WeeklyHours.on(List.of(DayOfWeek.values()), TimeRange.of("09:00", "18:00")), TestSalon.NOW));
        desk.local().awaitProjections();
        book = open(desk);
        book.branchProperty().set(book.branches().stream().filter(b -> b.branchId().equals("camden")).findFirst()
                .orElseThrow());
        book.viewProperty().set(BookMode.WEEK);
        book.rememberWindow(40, 30, 1024, 700);
        desk.local().close();

        desk = TestSalon.open(folder);
        AppointmentBookViewModel again = open(desk);

        assertThat(again.branchProperty().get().branchId()).isEqualTo("camden");
        assertThat(again.viewProperty().get()).isEqualTo(BookMode.WEEK);
        assertThat(again.restoredProperty().get().hasWindow()).isTrue();
        assertThat(List.of(again.restoredProperty().get().x(), again.restoredProperty().get().y(),
                again.restoredProperty().get().width(), again.restoredProperty().get().height()))
                .containsExactly(40.0, 30.0, 1024.0, 700.0);
        assertThat(folder.resolve("book-window.properties")).exists();
    }
}
