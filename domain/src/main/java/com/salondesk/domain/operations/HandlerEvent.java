package com.salondesk.domain.operations;

import com.salondesk.domain.shared.DomainEvent;

/** Facts about how the desk processed its own events, recorded so that others can see them. */
public sealed interface HandlerEvent extends DomainEvent {

    /**
     * A person decided that a handler should pass over an event it could not process. The event
     * itself stays in the log; only that handler's reaction to it is given up.
     */
    record EventSkipped(String handler, String eventId, String streamId, String eventType, String reason)
            implements HandlerEvent {
    }
}
