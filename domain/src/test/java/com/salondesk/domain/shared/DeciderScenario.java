package com.salondesk.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;

/**
 * Given/when/then for any {@link Decider}: a history of events, one command, and the events (or the
 * rejection) the business expects. The history is folded with the decider's own {@code evolve}, so a
 * scenario tests {@code decide} and {@code evolve} together, as the command handler uses them.
 *
 * <pre>{@code
 * bookings.given(created).when(confirm).thenEvents(new BookingEvent.Confirmed(ID));
 * bookings.given().when(confirm).thenRejected("booking.not-found");
 * }</pre>
 */
public final class DeciderScenario<C, S, E extends DomainEvent> {

    private final Decider<C, S, E> decider;

    private DeciderScenario(Decider<C, S, E> decider) {
        this.decider = decider;
    }

    public static <C, S, E extends DomainEvent> DeciderScenario<C, S, E> of(Decider<C, S, E> decider) {
        return new DeciderScenario<>(decider);
    }

    /** The facts already recorded in the stream, oldest first; none for a new stream. */
    @SafeVarargs
    public final Given given(E... history) {
        return new Given(List.of(history));
    }

    /** Same as {@link #given(DomainEvent[])}, for a history built up step by step. */
    public Given given(List<? extends E> history) {
        return new Given(List.copyOf(history));
    }

    /** A stream's history, ready for a command. */
    public final class Given {
        private final List<E> history;

        private Given(List<E> history) {
            this.history = history;
        }

        public When when(C command) {
            return new When(history, command);
        }
    }

    /** A command against a history, ready for the expected outcome. */
    public final class When {
        private final List<E> history;
        private final C command;

        private When(List<E> history, C command) {
            this.history = history;
            this.command = command;
        }

        /** The command is accepted and records exactly these events, in this order. */
        @SafeVarargs
        public final void thenEvents(E... expected) {
            List<E> decided = decide();
            assertThat(decided).as(describe()).containsExactly(expected);
            assertThat(decider.decide(command, decider.fold(history)))
                    .as("deciding twice on the same state must give the same answer (decide is pure)")
                    .isEqualTo(decided);
        }

        /** The command is accepted but changes nothing: an idempotent repeat or a no-op. */
        public void thenNothing() {
            assertThat(decide()).as(describe()).isEmpty();
        }

        /** The command breaks a rule: one rejection with this stable code, which has words for people. */
        public DomainRejection thenRejected(String code) {
            S state = decider.fold(history);
            List<E> decided;
            try {
                decided = decider.decide(command, state);
            } catch (DomainRejection rejection) {
                assertThat(rejection.code()).as("rejection code of " + describe()).isEqualTo(code);
                assertThat(RejectionTexts.hasWords(code)).as("rejection " + code + " has words in the rejections bundle")
                        .isTrue();
                return rejection;
            } catch (RuntimeException other) {
                return fail("expected rejection '" + code + "' of " + describe() + " but it threw " + other, other);
            }
            return fail("expected rejection '" + code + "' of " + describe() + " but it decided " + decided);
        }

        private List<E> decide() {
            try {
                return decider.decide(command, decider.fold(history));
            } catch (DomainRejection rejection) {
                return fail("expected " + describe() + " to be accepted but it was rejected with '"
                        + rejection.code() + "': " + rejection.getMessage(), rejection);
            }
        }

        private String describe() {
            return command + " given " + (history.isEmpty() ? "no history" : history);
        }
    }
}
