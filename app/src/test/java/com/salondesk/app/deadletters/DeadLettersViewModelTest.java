package com.salondesk.app.deadletters;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.ReceiptPrinter;
import com.salondesk.app.SalonBookings;
import com.salondesk.app.ScriptedDialogs;
import com.salondesk.app.TestSalon;
import com.salondesk.app.language.Texts;
import com.salondesk.app.port.DeadLetter;
import com.salondesk.app.port.DeadLetterStatus;
import com.salondesk.app.task.CurrentThreadTaskExecutor;
import com.salondesk.app.wiring.FrontDesk;
import com.salondesk.persistence.desk.RecordedEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeadLettersViewModelTest {

    @TempDir
    Path folder;
    private final ReceiptPrinter printer = new ReceiptPrinter();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private FrontDesk desk;
    private SalonBookings bookings;
    private DeadLettersViewModel screen;
    private int changesReported;

    @BeforeEach
    void open() {
        desk = TestSalon.open(folder, List.of(printer));
        // The cut asks a deposit, so the booking saga confirms nothing by itself: the printer sees only the desk's
        // own confirmations.
        TestSalon.askDeposit(desk, TestSalon.CUT);
        bookings = new SalonBookings(desk);
        screen = desk.deadLetters(new CurrentThreadTaskExecutor(), dialogs, () -> changesReported++);
    }

    @AfterEach
    void close() {
        desk.local().close();
    }

    /** Books one appointment and confirms it while the printer is out of paper: one dead, one waiting. */
    private String bookAndConfirmWhileOutOfPaper() {
        printer.failFor(e -> true);
        String id = bookings.book(TestSalon.BEN, "11:00", "11:45");
        bookings.confirm(id);
        bookings.awaitHandlers();
        screen.refresh();
        return id;
    }

    private DeadLetter letter(DeadLetterStatus status, String bookingId) {
        return screen.letters().stream().filter(l -> l.status() == status && l.streamId().equals("booking-" + bookingId))
                .findFirst().orElseThrow(() -> new AssertionError("no " + status + " letter for " + bookingId
                                                                  + " in " + screen.letters()));
    }

    private List<RecordedEvent> streamOf(String bookingId) {
        return desk.local().log().readStream("booking-" + bookingId);
    }

    @Test
    void listsTheDeadLetterAndTheEventWaitingBehindItWithPayloadErrorAndCause() {
        String id = bookAndConfirmWhileOutOfPaper();

        assertThat(screen.letters()).extracting(DeadLetter::status, DeadLetter::eventType).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(DeadLetterStatus.DEAD, "booking.created"),
                org.assertj.core.groups.Tuple.tuple(DeadLetterStatus.PARKED, "booking.confirmed"));
        assertThat(screen.deadCountProperty().get()).isEqualTo(1);
        assertThat(screen.summaryProperty().get())
                .isEqualTo("1 dead letter needs a person; 1 event waits behind it. 2 listed.");
        assertThat(screen.canRetry().get()).as("nothing selected yet").isFalse();

        screen.selectedProperty().set(letter(DeadLetterStatus.DEAD, id));

        assertThat(screen.payloadProperty().get()).startsWith("{\n").contains("\"bookingId\" : \"" + id + "\"")
                .contains("\"staffId\" : \"ben\"");
        assertThat(screen.eventSummaryProperty().get()).startsWith("booking.created · booking-" + id + " version 1 · recorded ");
        assertThat(screen.errorProperty().get())
                .startsWith("IllegalStateException: Receipt printer out of paper for booking-" + id)
                .contains("Tried 2 times; first failure 1 Dec 2026, 08:00:00");
        assertThat(screen.causeProperty().get()).contains("java.lang.IllegalStateException").contains("at com.salondesk.app.ReceiptPrinter.handle");
        assertThat(screen.canRetry().get()).isTrue();
        assertThat(screen.canSkip().get()).isTrue();

        screen.selectedProperty().set(letter(DeadLetterStatus.PARKED, id));

        assertThat(screen.payloadProperty().get()).contains("\"bookingId\" : \"" + id + "\"").doesNotContain("staffId");
        assertThat(screen.errorProperty().get()).contains("waiting behind an earlier dead letter")
                .contains("goes through once the dead letter before it is retried or skipped");
        assertThat(screen.canRetry().get()).as("only the first letter of a stream can be retried").isFalse();
        assertThat(screen.canSkip().get()).isFalse();
    }

    @Test
    void filtersByHandlerStatusEventTypeAndText() {
        String id = bookAndConfirmWhileOutOfPaper();

        // The desk's own handlers (the saga, the inventory update, the customer notifier, the waitlist's offers) are
        // offered beside the test's.
        assertThat(screen.handlerChoices()).extracting(FilterChoice::label).containsExactly("All handlers",
                "booking-confirmation-saga", "customer-notifier", "inventory-update", "receipts", "waitlist-offers");
        assertThat(screen.typeChoices()).extracting(FilterChoice::label)
                .containsExactly("All event types", "booking.confirmed", "booking.created");

        screen.statusFilterProperty().set(choice(screen.statusChoices(), DeadLetterStatus.PARKED));
        assertThat(screen.letters()).extracting(DeadLetter::eventType).containsExactly("booking.confirmed");

        screen.statusFilterProperty().set(screen.allStatuses);
        screen.typeFilterProperty().set(choice(screen.typeChoices(), "booking.created"));
        assertThat(screen.letters()).extracting(DeadLetter::status).containsExactly(DeadLetterStatus.DEAD);

        screen.typeFilterProperty().set(screen.allTypes);
        screen.searchTextProperty().set(id.substring(0, 8));
        assertThat(screen.letters()).hasSize(2);
        screen.searchTextProperty().set("OUT OF PAPER");
        assertThat(screen.letters()).extracting(DeadLetter::status).containsExactly(DeadLetterStatus.DEAD);
        screen.searchTextProperty().set("no such thing");
        assertThat(screen.letters()).isEmpty();

        screen.searchTextProperty().set("");
        screen.handlerFilterProperty().set(new FilterChoice<>("somebody-else", "somebody-else"));
        assertThat(screen.letters()).isEmpty();
    }

    @Test
    void retryingOnceTheCauseIsFixedProcessesTheLetterAndThenTheOneWaitingBehindIt() {
        String id = bookAndConfirmWhileOutOfPaper();
        screen.selectedProperty().set(letter(DeadLetterStatus.DEAD, id));
        printer.refill();

        screen.retrySelected();

        assertThat(screen.messageProperty().get())
                .isEqualTo("Done: receipts has now processed the booking.created event and the 1 event waiting behind it.");
        assertThat(printer.printed).containsExactlyElementsOf(streamOf(id).stream().map(e -> e.envelope().id()).toList());
        assertThat(screen.letters()).extracting(DeadLetter::status).containsOnly(DeadLetterStatus.RESOLVED);
        assertThat(screen.selectedProperty().get().status()).as("the same letter stays selected, now resolved")
                .isEqualTo(DeadLetterStatus.RESOLVED);
        assertThat(screen.errorProperty().get()).contains("Resolved 1 Dec 2026, 08:00:00: processed on retry.");
        assertThat(screen.deadCountProperty().get()).isZero();
        assertThat(screen.summaryProperty().get()).isEqualTo("No event is waiting for a person. 2 letters listed.");
        assertThat(screen.canRetryAll().get()).isFalse();
        assertThat(changesReported).as("the badge is told").isEqualTo(1);
    }

    @Test
    void retryingWhileTheCauseRemainsSaysSoAndKeepsTheLetter() {
        String id = bookAndConfirmWhileOutOfPaper();
        screen.selectedProperty().set(letter(DeadLetterStatus.DEAD, id));

        screen.retrySelected();

        assertThat(screen.messageProperty().get()).startsWith("receipts failed again on the booking.created event: "
                + "IllegalStateException: Receipt printer out of paper").endsWith("try again once the cause is fixed, or skip it.");
        assertThat(screen.selectedProperty().get().status()).isEqualTo(DeadLetterStatus.DEAD);
        assertThat(screen.selectedProperty().get().attempts()).isEqualTo(3);
        assertThat(printer.printed).isEmpty();
    }

    @Test
    void skippingAsksWhyKeepsTheReasonInTheLogAndLetsTheWaitingEventThrough() {
        String id = bookAndConfirmWhileOutOfPaper();
        printer.failFor(e -> e.envelope().type().equals("booking.created"));
        DeadLetter dead = letter(DeadLetterStatus.DEAD, id);
        screen.selectedProperty().set(dead);
        dialogs.answer("  Receipt written by hand  ");

        screen.skipSelected();

        assertThat(desk.local().log().readStream("handler-receipts")).singleElement().satisfies(e -> {
            assertThat(e.envelope().type()).isEqualTo("handler.event-skipped");
            assertThat(e.envelope().payload().get("reason").asText()).isEqualTo("Receipt written by hand");
            assertThat(e.envelope().payload().get("eventId").asText()).isEqualTo(dead.eventId().toString());
            assertThat(e.envelope().metadata().userId()).isEqualTo("front-desk");
        });
        assertThat(screen.selectedProperty().get().status()).isEqualTo(DeadLetterStatus.SKIPPED);
        assertThat(screen.errorProperty().get()).contains("Skipped 1 Dec 2026, 08:00:00: Receipt written by hand");
        assertThat(screen.messageProperty().get()).isEqualTo("Skipped: receipts passes over the booking.created event, "
                + "and the reason is kept in the desk's log; 1 event waiting behind it went through.");
        assertThat(printer.printed).containsExactly(streamOf(id).get(1).envelope().id());
        assertThat(screen.deadCountProperty().get()).isZero();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aBlankReasonIsRefusedWithAMessageAndNothingIsRecorded() {
        String id = bookAndConfirmWhileOutOfPaper();
        screen.selectedProperty().set(letter(DeadLetterStatus.DEAD, id));
        TestSalon.settle(desk); // the booking saga has done its part before the log is counted
        long events = desk.local().log().count();
        dialogs.answer("   ");

        screen.skipSelected();

        assertThat(dialogs.errors).containsExactly("Nothing was skipped: Say why this event is skipped. The reason is kept"
                + " so that anyone can see later why receipts never processed it.");
        assertThat(screen.messageProperty().get()).isEqualTo("Nothing was skipped: a reason is needed.");
        assertThat(desk.local().log().count()).isEqualTo(events);
        screen.refresh();
        assertThat(letter(DeadLetterStatus.DEAD, id)).isNotNull();

        dialogs.backOut();
        screen.skipSelected();
        assertThat(desk.local().log().count()).as("backing out records nothing either").isEqualTo(events);
        assertThat(dialogs.errors).hasSize(1);
    }

    @Test
    void retryAllSaysHowManyWentThroughAndHowManyStillFail() {
        printer.failFor(e -> true);
        String ben = bookings.book(TestSalon.BEN, "11:00", "11:45");
        String anna = bookings.book(TestSalon.ANNA, "12:00", "12:45");
        bookings.awaitHandlers();
        screen.refresh();
        assertThat(screen.deadCountProperty().get()).isEqualTo(2);
        printer.failFor(e -> e.streamId().equals("booking-" + anna));

        screen.retryAll();

        assertThat(screen.messageProperty().get())
                .isEqualTo("Tried 2 dead letters again: 1 went through, 1 still fails. Select one to see why.");
        assertThat(letter(DeadLetterStatus.RESOLVED, ben)).isNotNull();
        assertThat(letter(DeadLetterStatus.DEAD, anna)).isNotNull();

        printer.refill();
        screen.retryAll();

        assertThat(screen.messageProperty().get()).isEqualTo("Done: the dead letter went through.");
        assertThat(screen.deadCountProperty().get()).isZero();
        assertThat(printer.printed).hasSize(2);
    }

    @Test
    void aLetterDealtWithElsewhereIsExplainedNotShownAsAFault() {
        String id = bookAndConfirmWhileOutOfPaper();
        DeadLetter dead = letter(DeadLetterStatus.DEAD, id);
        screen.selectedProperty().set(dead);
        printer.refill();
        desk.local().runtime().handlers().retry(dead.id());

        screen.retrySelected();

        assertThat(screen.messageProperty().get()).isEqualTo("That did not work. Dead letter " + dead.id()
                                                             + " is already resolved.");
        assertThat(screen.selectedProperty().get().status()).isEqualTo(DeadLetterStatus.RESOLVED);
    }

    @Test
    void onAGermanDeskTheRefusalIsGermanTheLettersStatusIncluded() {
        String id = bookAndConfirmWhileOutOfPaper();
        DeadLetter dead = letter(DeadLetterStatus.DEAD, id);
        screen.selectedProperty().set(dead);
        printer.refill();
        desk.local().runtime().handlers().retry(dead.id());
        Texts.use(Locale.GERMANY);
        try {
            screen.retrySelected();

            assertThat(screen.messageProperty().get()).isEqualTo(Texts.get("deadLetters.failed",
                    "Das Ereignis " + dead.id() + " ist bereits erledigt."));
        } finally {
            Texts.use(Locale.UK);
        }
    }

    private static <T> FilterChoice<T> choice(List<FilterChoice<T>> choices, T value) {
        return choices.stream().filter(c -> value.equals(c.value())).findFirst().orElseThrow();
    }
}
