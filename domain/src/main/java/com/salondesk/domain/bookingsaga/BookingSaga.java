package com.salondesk.domain.bookingsaga;

import com.salondesk.domain.stock.StockLine;
import com.salondesk.domain.shared.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A booking's confirmation saga at each stage: not started, running, failing (within one commit), completed, compensated. */
public sealed interface BookingSaga {

    /** What the saga set out to do, as {@link BookingSagaEvent.Started} recorded it. */
    record Plan(String bookingId, String branchId, List<SagaStep> steps, List<StockLine> products, Money deposit,
                Instant depositDeadline, Instant bookingStart, Instant startedAt) {
        public Plan {
            steps = List.copyOf(steps);
            products = List.copyOf(products);
        }
    }

    /** The deposit payment the saga saw taken. */
    record Deposit(String paymentId, Money amount) {
    }

    /** A declined card for the deposit, the last one the saga saw. */
    record Decline(String paymentId, String terminalReference) {
    }

    record NotStarted() implements BookingSaga {
    }

    /**
     * Working on {@code current} until {@code deadline}; {@code pausedFor} (a reason code, null when not paused)
     * says it waits for a person.
     */
    record Running(Plan plan, List<SagaStep> done, SagaStep current, Instant deadline, Deposit paid,
                   Decline declined, String pausedFor) implements BookingSaga {
        public Running {
            done = List.copyOf(done);
        }

        Running with(SagaStep step, Instant until, String paused) {
            return new Running(plan, done, step, until, paid, declined, paused);
        }
    }

    /** {@code failedStep} failed for {@code reason}; the completed steps are being undone ({@code compensated} so far). */
    record Failing(Plan plan, List<SagaStep> done, SagaStep failedStep, SagaReason reason, List<SagaStep> compensated,
                   Deposit paid) implements BookingSaga {
        public Failing {
            done = List.copyOf(done);
            compensated = List.copyOf(compensated);
        }

        Failing plus(SagaStep undone) {
            List<SagaStep> more = new ArrayList<>(compensated);
            more.add(undone);
            return new Failing(plan, done, failedStep, reason, more, paid);
        }
    }

    /** Terminal: the booking was confirmed with everything it needed. */
    record Completed(Plan plan, Deposit paid, Instant at) implements BookingSaga {
    }

    /** Terminal: failed for {@code reason} and undone; {@code bookingCancelled} when the saga cancelled the booking. */
    record Compensated(Plan plan, List<SagaStep> done, SagaStep failedStep, SagaReason reason,
                       List<SagaStep> compensated, Deposit paid, boolean bookingCancelled, Instant at)
            implements BookingSaga {
        public Compensated {
            done = List.copyOf(done);
            compensated = List.copyOf(compensated);
        }
    }
}
