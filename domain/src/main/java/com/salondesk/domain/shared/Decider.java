package com.salondesk.domain.shared;

import java.util.List;

/**
 * The decider shape every aggregate follows: a pure {@code decide} that turns a command and the current
 * state into new events (or a {@link DomainRejection}), and a total {@code evolve} that folds events.
 */
public interface Decider<C, S, E extends DomainEvent> {

    S initialState();

    List<E> decide(C command, S state);

    S evolve(S state, E event);

    /** Folds a history into a state, starting from {@link #initialState()}. */
    default S fold(Iterable<? extends E> events) {
        S state = initialState();
        for (E event : events) {
            state = evolve(state, event);
        }
        return state;
    }
}
