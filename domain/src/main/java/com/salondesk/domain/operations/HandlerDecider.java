package com.salondesk.domain.operations;

import com.salondesk.domain.shared.Decider;
import com.salondesk.domain.shared.DomainRejection;
import java.util.List;

/**
 * Decisions about one event handler's work, kept in its {@code handler-<name>} stream: a skipped event is
 * recorded with the reason a person gave, once.
 */
public final class HandlerDecider implements Decider<HandlerCommand, HandlerRecord, HandlerEvent> {

    public static String streamId(String handler) {
        return "handler-" + handler;
    }

    @Override
    public HandlerRecord initialState() {
        return HandlerRecord.none();
    }

    @Override
    public List<HandlerEvent> decide(HandlerCommand command, HandlerRecord state) {
        return switch (command) {
            case HandlerCommand.SkipEvent skip -> {
                // The reason is what support reads later in the log; a skip without one is refused.
                if (skip.reason() == null || skip.reason().isBlank()) {
                    throw new DomainRejection("handler.skip-reason-required", skip.handler());
                }
                if (state.skipped(skip.eventId())) {
                    yield List.of();
                }
                yield List.of(new HandlerEvent.EventSkipped(skip.handler(), skip.eventId(), skip.streamId(),
                        skip.eventType(), skip.reason().strip()));
            }
        };
    }

    /** The command that recorded {@code event}, to decide again on a newer state (sync rebase). */
    public static HandlerCommand again(HandlerEvent event) {
        return switch (event) {
            case HandlerEvent.EventSkipped s -> new HandlerCommand.SkipEvent(s.handler(), s.eventId(), s.streamId(),
                    s.eventType(), s.reason());
        };
    }

    @Override
    public HandlerRecord evolve(HandlerRecord state, HandlerEvent event) {
        return switch (event) {
            case HandlerEvent.EventSkipped skipped -> state.withSkipped(skipped.eventId());
        };
    }
}
