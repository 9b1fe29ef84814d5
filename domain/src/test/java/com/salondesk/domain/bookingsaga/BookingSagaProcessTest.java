package com.salondesk.domain.bookingsaga;

import com.salondesk.domain.stock.StockLine;
import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.bookingsaga.BookingSagaAction.*;
import com.salondesk.domain.bookingsaga.BookingSagaEvent.*;
import com.salondesk.domain.bookingsaga.BookingSagaInput.*;
import com.salondesk.domain.shared.DeciderScenario;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.shared.RejectionTexts;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BookingSagaProcessTest {

    private static final String ID = "b1";
    private static final Instant CREATED = Instant.parse("2026-12-01T09:00:00Z");
    private static final Instant START = Instant.parse("2026-12-03T10:00:00Z");
    private static final Instant T1 = CREATED.plusSeconds(1);
    private static final Instant T2 = CREATED.plusSeconds(2);
    private static final Instant T3 = CREATED.plusSeconds(3);
    private static final Money DEPOSIT = Money.of("20.00", "GBP");
    private static final List<StockLine> COLOUR = List.of(new StockLine("colour", new BigDecimal("60")));
    private static final List<SagaStep> ALL = List.of(SagaStep.RESERVE_STOCK, SagaStep.TAKE_DEPOSIT, SagaStep.CONFIRM);
    private static final Instant PAY_BY = CREATED.plus(Duration.ofHours(24));

    private final BookingSagaProcess process = new BookingSagaProcess();
    private final DeciderScenario<BookingSagaInput, BookingSaga, BookingSagaEvent> saga = DeciderScenario.of(process);

    private static final Started STARTED = new Started(ID, "soho", ALL, COLOUR, DEPOSIT, PAY_BY, START, START, CREATED);
    private static final StepCompleted RESERVED = new StepCompleted(ID, SagaStep.RESERVE_STOCK, null, null,
            SagaStep.TAKE_DEPOSIT, PAY_BY, T1);
    private static final StepCompleted PAID = new StepCompleted(ID, SagaStep.TAKE_DEPOSIT, "p1", DEPOSIT,
            SagaStep.CONFIRM, START, T2);

    private BookingSagaProcess.Reaction reactTo(List<BookingSagaEvent> history, BookingSagaInput input) {
        return process.react(process.fold(history), input);
    }

    @Test
    void aBookingRecordedAtOrAfterItsStartStartsNoSaga() {
        saga.given().when(new BookingCreated(ID, "soho", CREATED, COLOUR, DEPOSIT, 24, CREATED, CREATED)).thenNothing();
        saga.given().when(new BookingCreated(ID, "soho", CREATED.minusSeconds(600), COLOUR, DEPOSIT, 24, CREATED,
                CREATED)).thenNothing();
    }

    @Test
    void aCreatedBookingStartsTheSagaWithTheDepositDueWithinTheServicesHours() {
        saga.given().when(new BookingCreated(ID, "soho", START, COLOUR, DEPOSIT, 24, CREATED, CREATED))
                .thenEvents(STARTED);
    }

    @Test
    void theDepositIsDueByTheStartWhenThatComesFirst() {
        Instant soon = CREATED.plus(Duration.ofHours(3));
        saga.given().when(new BookingCreated(ID, "soho", soon, COLOUR, DEPOSIT, 24, CREATED, CREATED))
                .thenEvents(new Started(ID, "soho", ALL, COLOUR, DEPOSIT, soon, soon, soon, CREATED));
    }

    @Test
    void withoutADepositTheSagaReservesAndConfirmsOnly() {
        saga.given().when(new BookingCreated(ID, "soho", START, List.of(), null, 0, CREATED, CREATED))
                .thenEvents(new Started(ID, "soho", List.of(SagaStep.RESERVE_STOCK, SagaStep.CONFIRM), List.of(),
                        null, null, START, START, CREATED));
    }

    @Test
    void aSecondCreatedChangesNothing() {
        saga.given(STARTED).when(new BookingCreated(ID, "soho", START, COLOUR, DEPOSIT, 24, CREATED, T1)).thenNothing();
    }

    @Test
    void theHappyPathReservesWaitsForTheDepositAndConfirms() {
        saga.given(STARTED).when(new GoOn(ID, T1)).thenEvents(RESERVED);
        assertThat(reactTo(List.of(STARTED), new GoOn(ID, T1)).actions())
                .containsExactly(new ReserveStock(ID, "soho", COLOUR));
        saga.given(STARTED, RESERVED).when(new GoOn(ID, T1)).thenNothing();
        saga.given(STARTED, RESERVED).when(new DepositTaken(ID, "p1", DEPOSIT, T2)).thenEvents(PAID);
        saga.given(STARTED, RESERVED, PAID).when(new GoOn(ID, T3)).thenEvents(
                new StepCompleted(ID, SagaStep.CONFIRM, null, null, null, null, T3), new Completed(ID, T3));
        assertThat(reactTo(List.of(STARTED, RESERVED, PAID), new GoOn(ID, T3)).actions())
                .containsExactly(new ConfirmBooking(ID));
        var done = List.<BookingSagaEvent>of(STARTED, RESERVED, PAID,
                new StepCompleted(ID, SagaStep.CONFIRM, null, null, null, null, T3), new Completed(ID, T3));
        saga.given(done).when(new GoOn(ID, T3)).thenNothing();
        saga.given(done).when(new DeadlinePassed(ID, START.plusSeconds(1))).thenNothing();
        assertThat(SagaProgress.of(process.fold(done)).orElseThrow().stage()).isEqualTo(SagaProgress.Stage.COMPLETED);
    }

    @Test
    void aServiceThatUsesNoProductsReservesNothing() {
        var started = new Started(ID, "soho", List.of(SagaStep.RESERVE_STOCK, SagaStep.CONFIRM), List.of(), null, null,
                START, START, CREATED);
        var reaction = reactTo(List.of(started), new GoOn(ID, T1));
        assertThat(reaction.actions()).isEmpty();
        assertThat(reaction.events()).containsExactly(new StepCompleted(ID, SagaStep.RESERVE_STOCK, null, null,
                SagaStep.CONFIRM, START, T1));
    }

    @Test
    void notEnoughStockFailsTheFirstStepAndCancelsTheBooking() {
        saga.given(STARTED).when(new StockRefused(ID, "stock.not-enough", List.of("colour", "60", "10"), T1))
                .thenEvents(new StepFailed(ID, SagaStep.RESERVE_STOCK, "stock.not-enough", List.of("colour", "60", "10"), T1),
                        new Compensated(ID, SagaStep.RESERVE_STOCK, "stock.not-enough", List.of("colour", "60", "10"),
                                true, T1));
        assertThat(reactTo(List.of(STARTED), new StockRefused(ID, "stock.not-enough", List.of(), T1)).actions())
                .singleElement().isInstanceOf(CancelBooking.class);
        saga.given(STARTED, RESERVED).when(new StockRefused(ID, "stock.not-enough", List.of(), T1)).thenNothing();
    }

    @Test
    void aDeclinedCardIsRecordedAndTheDeskMayTryAgain() {
        var declined = new BookingSagaEvent.DepositDeclined(ID, "p0", "T-42", T2);
        saga.given(STARTED, RESERVED).when(new BookingSagaInput.DepositDeclined(ID, "p0", "T-42", T2))
                .thenEvents(declined);
        saga.given(STARTED, RESERVED, declined).when(new DepositTaken(ID, "p1", DEPOSIT, T2)).thenEvents(PAID);
    }

    @Test
    void whenTheDepositDeadlinePassesAfterADeclineTheDeclineIsTheReasonAndTheStockIsReleased() {
        var declined = new BookingSagaEvent.DepositDeclined(ID, "p0", "T-42", T2);
        saga.given(STARTED, RESERVED, declined).when(new DeadlinePassed(ID, PAY_BY.minusSeconds(1))).thenNothing();
        saga.given(STARTED, RESERVED, declined).when(new DeadlinePassed(ID, PAY_BY)).thenEvents(
                new StepFailed(ID, SagaStep.TAKE_DEPOSIT, "booking-saga.card-declined", List.of("T-42"), PAY_BY),
                new StepCompensated(ID, SagaStep.RESERVE_STOCK, PAY_BY),
                new Compensated(ID, SagaStep.TAKE_DEPOSIT, "booking-saga.card-declined", List.of("T-42"), true, PAY_BY));
        assertThat(reactTo(List.of(STARTED, RESERVED, declined), new DeadlinePassed(ID, PAY_BY)).actions())
                .containsExactly(new ReleaseStock(ID, "The card for the deposit was declined (terminal reference T-42)"
                        + " and the deposit was not paid in time."),
                        new CancelBooking(ID, "The card for the deposit was declined (terminal reference T-42)"
                                + " and the deposit was not paid in time."));
    }

    @Test
    void aDepositNotPaidInTimeFailsTheSaga() {
        saga.given(STARTED, RESERVED).when(new DeadlinePassed(ID, PAY_BY.plusSeconds(5))).thenEvents(
                new StepFailed(ID, SagaStep.TAKE_DEPOSIT, "booking-saga.deposit-not-paid", List.of(), PAY_BY.plusSeconds(5)),
                new StepCompensated(ID, SagaStep.RESERVE_STOCK, PAY_BY.plusSeconds(5)),
                new Compensated(ID, SagaStep.TAKE_DEPOSIT, "booking-saga.deposit-not-paid", List.of(), true,
                        PAY_BY.plusSeconds(5)));
    }

    @Test
    void aBookingCancelledAfterTheDepositRefundsItAndReleasesTheStockInReverseOrderWithoutCancellingAgain() {
        saga.given(STARTED, RESERVED, PAID).when(new BookingCancelled(ID, T3)).thenEvents(
                new StepFailed(ID, SagaStep.CONFIRM, "booking-saga.booking-cancelled", List.of(), T3),
                new StepCompensated(ID, SagaStep.TAKE_DEPOSIT, T3),
                new StepCompensated(ID, SagaStep.RESERVE_STOCK, T3),
                new Compensated(ID, SagaStep.CONFIRM, "booking-saga.booking-cancelled", List.of(), false, T3));
        assertThat(reactTo(List.of(STARTED, RESERVED, PAID), new BookingCancelled(ID, T3)).actions()).containsExactly(
                new RefundDeposit("p1", DEPOSIT, "The booking was cancelled."),
                new ReleaseStock(ID, "The booking was cancelled."));
        var compensated = process.fold(List.of(STARTED, RESERVED, PAID,
                new StepFailed(ID, SagaStep.CONFIRM, "booking-saga.booking-cancelled", List.of(), T3),
                new StepCompensated(ID, SagaStep.TAKE_DEPOSIT, T3),
                new StepCompensated(ID, SagaStep.RESERVE_STOCK, T3),
                new Compensated(ID, SagaStep.CONFIRM, "booking-saga.booking-cancelled", List.of(), false, T3)));
        assertThat(process.react(compensated, new BookingCancelled(ID, T3)).isEmpty()).isTrue();
        assertThat(process.react(compensated, new DeadlinePassed(ID, START)).isEmpty()).isTrue();
        assertThat(SagaProgress.of(compensated).orElseThrow().steps()).extracting(SagaProgress.StepState::status)
                .containsExactly(SagaProgress.Status.COMPENSATED, SagaProgress.Status.COMPENSATED,
                        SagaProgress.Status.FAILED);
    }

    @Test
    void aBookingCancelledBeforeAnythingWasDoneOnlyEndsTheSaga() {
        saga.given(STARTED).when(new BookingCancelled(ID, T1)).thenEvents(
                new StepFailed(ID, SagaStep.RESERVE_STOCK, "booking-saga.booking-cancelled", List.of(), T1),
                new Compensated(ID, SagaStep.RESERVE_STOCK, "booking-saga.booking-cancelled", List.of(), false, T1));
    }

    @Test
    void aLostSlotPausesTheSagaUntilTheDeskMovesOrKeepsTheBooking() {
        var paused = new Paused(ID, SagaStep.CONFIRM, "booking-saga.time-lost", START, T3);
        saga.given(STARTED, RESERVED, PAID).when(new TimeLost(ID, T3)).thenEvents(paused);
        saga.given(STARTED, RESERVED, PAID, paused).when(new TimeLost(ID, T3)).thenNothing();
        saga.given(STARTED, RESERVED, PAID, paused).when(new GoOn(ID, T3)).thenNothing();
        var resumed = new Resumed(ID, SagaStep.CONFIRM, START, T3);
        saga.given(STARTED, RESERVED, PAID, paused).when(new TimeRegained(ID, T3)).thenEvents(resumed);
        saga.given(STARTED, RESERVED, PAID, paused, resumed).when(new GoOn(ID, T3)).thenEvents(
                new StepCompleted(ID, SagaStep.CONFIRM, null, null, null, null, T3), new Completed(ID, T3));
        saga.given(STARTED, RESERVED, PAID).when(new TimeRegained(ID, T3)).thenNothing();
    }

    @Test
    void aLostSlotNobodyDealtWithByTheStartUndoesEverythingAndCancelsTheBooking() {
        var paused = new Paused(ID, SagaStep.CONFIRM, "booking-saga.time-lost", START, T3);
        saga.given(STARTED, RESERVED, PAID, paused).when(new DeadlinePassed(ID, START)).thenEvents(
                new StepFailed(ID, SagaStep.CONFIRM, "booking-saga.time-lost", List.of(), START),
                new StepCompensated(ID, SagaStep.TAKE_DEPOSIT, START),
                new StepCompensated(ID, SagaStep.RESERVE_STOCK, START),
                new Compensated(ID, SagaStep.CONFIRM, "booking-saga.time-lost", List.of(), true, START));
    }

    @Test
    void aLostSlotCancelledInNeedsAttentionCompensates() {
        var paused = new Paused(ID, SagaStep.TAKE_DEPOSIT, "booking-saga.time-lost", PAY_BY, T2);
        saga.given(STARTED, RESERVED).when(new TimeLost(ID, T2)).thenEvents(paused);
        saga.given(STARTED, RESERVED, paused).when(new BookingCancelled(ID, T3)).thenEvents(
                new StepFailed(ID, SagaStep.TAKE_DEPOSIT, "booking-saga.booking-cancelled", List.of(), T3),
                new StepCompensated(ID, SagaStep.RESERVE_STOCK, T3),
                new Compensated(ID, SagaStep.TAKE_DEPOSIT, "booking-saga.booking-cancelled", List.of(), false, T3));
    }

    @Test
    void anAutomaticStepThatIsNotDoneByTheStartTimesOut() {
        saga.given(STARTED).when(new DeadlinePassed(ID, START)).thenEvents(
                new StepFailed(ID, SagaStep.RESERVE_STOCK, "booking-saga.step-timed-out", List.of("RESERVE_STOCK"), START),
                new Compensated(ID, SagaStep.RESERVE_STOCK, "booking-saga.step-timed-out", List.of("RESERVE_STOCK"),
                        true, START));
        assertThat(SagaReason.of("booking-saga.step-timed-out", "RESERVE_STOCK").text(Locale.GERMAN))
                .isEqualTo("Der Schritt „Produkte reservieren“ wurde nicht rechtzeitig erledigt.");
    }

    @Test
    void anAutomaticStepHasAtLeastTheStepTimeoutWhenTheBookingStartsSooner() {
        Instant soon = CREATED.plusSeconds(60);
        saga.given().when(new BookingCreated(ID, "soho", soon, List.of(), null, 0, CREATED, CREATED))
                .thenEvents(new Started(ID, "soho", List.of(SagaStep.RESERVE_STOCK, SagaStep.CONFIRM), List.of(),
                        null, null, soon, CREATED.plus(BookingSagaProcess.STEP_TIMEOUT), CREATED));
    }

    @Test
    void aConfirmationRefusedBecauseTheBookingMovedOnUndoesTheStepsButCancelsNothing() {
        var reaction = reactTo(List.of(STARTED, RESERVED, PAID),
                new ConfirmRefused(ID, "booking.cannot-confirm", List.of("CHECKED_IN"), T3));
        assertThat(reaction.actions()).doesNotHaveAnyElementsOfTypes(CancelBooking.class).hasSize(2);
        assertThat(reaction.events().getLast()).isEqualTo(new Compensated(ID, SagaStep.CONFIRM, "booking.cannot-confirm",
                List.of("CHECKED_IN"), false, T3));
    }

    @Test
    void aBookingCheckedInBeforeTheSagaConfirmedItEndsTheSagaKeepingWhatItHolds() {
        saga.given(STARTED, RESERVED).when(new BookingWentAhead(ID, T3)).thenEvents(new Completed(ID, T3));
        assertThat(reactTo(List.of(STARTED, RESERVED), new BookingWentAhead(ID, T3)).actions()).isEmpty();
        saga.given(STARTED, RESERVED, new Completed(ID, T3)).when(new DeadlinePassed(ID, START)).thenNothing();
    }

    @Test
    void everyReasonTheSagaGivesHasWordsInBothLanguages() {
        for (String code : List.of(BookingSagaProcess.TIME_LOST, BookingSagaProcess.CARD_DECLINED,
                BookingSagaProcess.DEPOSIT_NOT_PAID, BookingSagaProcess.STEP_TIMED_OUT,
                BookingSagaProcess.BOOKING_CANCELLED)) {
            assertThat(RejectionTexts.hasWords(code)).as(code).isTrue();
            assertThat(SagaReason.of(code, "x").text(Locale.GERMAN)).isNotEqualTo(SagaReason.of(code, "x").text(Locale.ENGLISH));
        }
    }
}
