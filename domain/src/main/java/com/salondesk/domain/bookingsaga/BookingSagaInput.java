package com.salondesk.domain.bookingsaga;

import com.salondesk.domain.stock.StockLine;
import com.salondesk.domain.shared.Money;
import java.time.Instant;
import java.util.List;

/**
 * What the saga reacts to: facts of other aggregates (a booking created, a deposit taken), the outcome of a step it
 * tried (stock refused), its own last event (go on) and the clock (a deadline passed). Each carries the time
 * it is handled at.
 */
public sealed interface BookingSagaInput {
    String bookingId();

    Instant now();

    /**
     * A booking this desk recorded: its branch and start, the {@code products} its services use, and the deposit
     * the service asks for (null: none) within {@code payWithinHours} of {@code createdAt}.
     */
    record BookingCreated(String bookingId, String branchId, Instant start, List<StockLine> products,
                          Money deposit, int payWithinHours, Instant createdAt, Instant now) implements BookingSagaInput {
        public BookingCreated {
            products = List.copyOf(products);
        }
    }

    /** Take the step that is due, if any: sent after each of the saga's own events and on a restart. */
    record GoOn(String bookingId, Instant now) implements BookingSagaInput {
    }

    /** Reserving the products was refused ({@code stock.not-enough} and its arguments). */
    record StockRefused(String bookingId, String code, List<String> arguments, Instant now)
            implements BookingSagaInput {
        public StockRefused {
            arguments = List.copyOf(arguments);
        }
    }

    /** Confirming the booking was refused (the booking moved on meanwhile). */
    record ConfirmRefused(String bookingId, String code, List<String> arguments, Instant now)
            implements BookingSagaInput {
        public ConfirmRefused {
            arguments = List.copyOf(arguments);
        }
    }

    /** A deposit for the booking was taken (payment {@code paymentId} of {@code amount}). */
    record DepositTaken(String bookingId, String paymentId, Money amount, Instant now) implements BookingSagaInput {
    }

    /** The card for the booking's deposit was declined. */
    record DepositDeclined(String bookingId, String paymentId, String terminalReference, Instant now)
            implements BookingSagaInput {
    }

    /**
     * The booking went ahead without waiting for the saga: the customer was checked in (or the appointment completed,
     * or missed). Nothing is left to confirm, and nothing the booking holds is undone.
     */
    record BookingWentAhead(String bookingId, Instant now) implements BookingSagaInput {
    }

    /** The booking was cancelled (by the desk, or elsewhere in the chain). */
    record BookingCancelled(String bookingId, Instant now) implements BookingSagaInput {
    }

    /** The booking lost its slot in a sync conflict; the desk decides in Needs attention. */
    record TimeLost(String bookingId, Instant now) implements BookingSagaInput {
    }

    /** The booking holds its time again: moved, or kept as an overbooking. */
    record TimeRegained(String bookingId, Instant now) implements BookingSagaInput {
    }

    /** The clock: when the current step's deadline is at or before {@code now}, the step has failed. */
    record DeadlinePassed(String bookingId, Instant now) implements BookingSagaInput {
    }
}
