package com.salondesk.domain.bookingsaga;

import java.time.Instant;
import java.util.List;

/**
 * How a booking's saga stands, for people: each step's state, the deadline of the step it waits on, and the reason
 * when it failed. Derived from the saga's state alone.
 */
public record SagaProgress(String bookingId, Stage stage, List<StepState> steps, Instant deadline, SagaReason reason,
                           boolean depositDeclined, boolean bookingCancelled) {

    public SagaProgress {
        steps = List.copyOf(steps);
    }

    /** Where the saga as a whole is. */
    public enum Stage {
        RUNNING, WAITING_FOR_DEPOSIT, PAUSED, COMPLETED, COMPENSATED
    }

    /** One step and how it stands. */
    public record StepState(SagaStep step, Status status) {
    }

    /** How one step stands. */
    public enum Status {
        NOT_YET, WAITING, DONE, FAILED, COMPENSATED
    }

    /** The progress of {@code saga}; empty for a saga that has not started. */
    public static java.util.Optional<SagaProgress> of(BookingSaga saga) {
        return java.util.Optional.ofNullable(switch (saga) {
            case BookingSaga.NotStarted n -> null;
            case BookingSaga.Running r -> new SagaProgress(r.plan().bookingId(),
                    r.pausedFor() != null ? Stage.PAUSED
                            : r.current() == SagaStep.TAKE_DEPOSIT ? Stage.WAITING_FOR_DEPOSIT : Stage.RUNNING,
                    r.plan().steps().stream().map(s -> new StepState(s, r.done().contains(s) ? Status.DONE
                            : s == r.current() ? Status.WAITING : Status.NOT_YET)).toList(),
                    r.deadline(), r.pausedFor() == null ? null : SagaReason.of(r.pausedFor()), r.declined() != null,
                    false);
            case BookingSaga.Failing f -> failed(f.plan(), f.done(), f.failedStep(), f.compensated(), f.reason(),
                    false);
            case BookingSaga.Completed c -> new SagaProgress(c.plan().bookingId(), Stage.COMPLETED,
                    c.plan().steps().stream().map(s -> new StepState(s, Status.DONE)).toList(), null, null, false,
                    false);
            case BookingSaga.Compensated c -> failed(c.plan(), c.done(), c.failedStep(), c.compensated(), c.reason(),
                    c.bookingCancelled());
        });
    }

    private static SagaProgress failed(BookingSaga.Plan plan, List<SagaStep> done, SagaStep failedStep,
                                       List<SagaStep> compensated, SagaReason reason, boolean cancelled) {
        return new SagaProgress(plan.bookingId(), Stage.COMPENSATED, plan.steps().stream().map(s -> new StepState(s,
                s == failedStep ? Status.FAILED : compensated.contains(s) ? Status.COMPENSATED
                        : done.contains(s) ? Status.DONE : Status.NOT_YET)).toList(),
                null, reason, false, cancelled);
    }
}
