package com.salondesk.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The fixture must fail loudly when the decider does something other than what was expected. */
class DeciderScenarioTest {

    sealed interface Fact extends DomainEvent {
        record Counted(int n) implements Fact {
        }
    }

    /** Counts up to three; counting to a number already reached is a no-op. */
    static final class Counter implements Decider<Integer, Integer, Fact> {
        @Override
        public Integer initialState() {
            return 0;
        }

        @Override
        public List<Fact> decide(Integer target, Integer current) {
            if (target > 3) {
                throw new DomainRejection("service.invalid-duration", target);
            }
            if (target < 0) {
                throw new DomainRejection("counter.negative");
            }
            if (target == 2) {
                throw new IllegalStateException("not a rejection");
            }
            return target <= current ? List.of() : List.of(new Fact.Counted(target));
        }

        @Override
        public Integer evolve(Integer state, Fact event) {
            return switch (event) {
                case Fact.Counted c -> c.n();
            };
        }
    }

    private final DeciderScenario<Integer, Integer, Fact> counter = DeciderScenario.of(new Counter());

    @Test
    void passes_when_the_outcome_is_the_expected_one() {
        counter.given().when(1).thenEvents(new Fact.Counted(1));
        counter.given(new Fact.Counted(3)).when(1).thenNothing();
        counter.given(List.of(new Fact.Counted(1))).when(3).thenEvents(new Fact.Counted(3));
        DomainRejection rejection = counter.given().when(4).thenRejected("service.invalid-duration");
        assertThat(rejection.getMessage()).isEqualTo("A service takes between 5 minutes and 12 hours, not 4 minutes.");
    }

    @Test
    void fails_on_other_events() {
        assertThatThrownBy(() -> counter.given().when(1).thenEvents(new Fact.Counted(3)))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> counter.given().when(1).thenEvents())
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void fails_when_events_are_recorded_but_nothing_was_expected() {
        assertThatThrownBy(() -> counter.given().when(1).thenNothing()).isInstanceOf(AssertionError.class);
    }

    @Test
    void fails_when_an_expected_acceptance_is_rejected() {
        assertThatThrownBy(() -> counter.given().when(4).thenNothing())
                .isInstanceOf(AssertionError.class).hasMessageContaining("service.invalid-duration");
    }

    @Test
    void fails_when_an_expected_rejection_is_accepted_or_has_another_code() {
        assertThatThrownBy(() -> counter.given().when(1).thenRejected("service.invalid-duration"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Counted");
        assertThatThrownBy(() -> counter.given().when(4).thenRejected("counter.other"))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void fails_when_a_rejection_has_no_words_for_people() {
        assertThatThrownBy(() -> counter.given().when(-1).thenRejected("counter.negative"))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void fails_when_the_decider_throws_something_other_than_a_rejection() {
        assertThatThrownBy(() -> counter.given().when(2).thenRejected("service.invalid-duration"))
                .isInstanceOf(AssertionError.class).hasCauseInstanceOf(IllegalStateException.class);
    }
}
