package com.salondesk.domain.bookingsaga;

import com.salondesk.domain.stock.StockLine;
import com.salondesk.domain.shared.DomainEvent;
import com.salondesk.domain.shared.Money;
import java.time.Instant;
import java.util.List;

/**
 * Facts of one booking's confirmation saga, on {@code booking-saga-<bookingId>}; wire names in docs/events.md.
 * Every event that begins a step carries that step's {@code deadline}: when it passes with the step not done,
 * the saga fails and compensates.
 */
public sealed interface BookingSagaEvent extends DomainEvent {
    String bookingId();

    Instant at();

    /**
     * The saga began for a booking this desk recorded: the {@code steps} it will take, the {@code products} to
     * reserve, the {@code deposit} to take (null: none) by {@code depositDeadline}, the booking's {@code start},
     * and the first step's {@code deadline}.
     */
    record Started(String bookingId, String branchId, List<SagaStep> steps, List<StockLine> products,
                   Money deposit, Instant depositDeadline, Instant bookingStart, Instant deadline, Instant at)
            implements BookingSagaEvent {
        public Started {
            steps = List.copyOf(steps);
            products = List.copyOf(products);
        }
    }

    /**
     * {@code step} is done; for TAKE_DEPOSIT, by payment {@code paymentId} of {@code amount} (null otherwise).
     * {@code next} is the step that begins now with its {@code deadline} (both null after the last step).
     */
    record StepCompleted(String bookingId, SagaStep step, String paymentId, Money amount, SagaStep next,
                         Instant deadline, Instant at) implements BookingSagaEvent {
    }

    /** The card for the deposit was declined ({@code paymentId}, the terminal's reference); the desk may try again. */
    record DepositDeclined(String bookingId, String paymentId, String terminalReference, Instant at)
            implements BookingSagaEvent {
    }

    /**
     * The saga waits for a person ({@code code}, e.g. {@code booking-saga.time-lost}: the booking lost its slot in a
     * sync conflict) until {@code deadline}; moved or kept, it goes on.
     */
    record Paused(String bookingId, SagaStep step, String code, Instant deadline, Instant at)
            implements BookingSagaEvent {
    }

    /** The booking holds its time again (moved or kept as an overbooking): {@code step} goes on, until {@code deadline}. */
    record Resumed(String bookingId, SagaStep step, Instant deadline, Instant at) implements BookingSagaEvent {
    }

    /** {@code step} failed for the reason {@code code} with {@code arguments}; compensation follows in the same commit. */
    record StepFailed(String bookingId, SagaStep step, String code, List<String> arguments, Instant at)
            implements BookingSagaEvent {
        public StepFailed {
            arguments = List.copyOf(arguments);
        }
    }

    /** A completed {@code step} was undone: the stock released, or the deposit refunded. */
    record StepCompensated(String bookingId, SagaStep step, Instant at) implements BookingSagaEvent {
    }

    /** Terminal: the booking is confirmed with everything it needed. */
    record Completed(String bookingId, Instant at) implements BookingSagaEvent {
    }

    /**
     * Terminal: {@code failedStep} failed for {@code code} ({@code arguments}), what was done is undone, and the
     * booking was cancelled by the saga ({@code bookingCancelled}) unless it was cancelled already.
     */
    record Compensated(String bookingId, SagaStep failedStep, String code, List<String> arguments,
                       boolean bookingCancelled, Instant at) implements BookingSagaEvent {
        public Compensated {
            arguments = List.copyOf(arguments);
        }
    }
}
