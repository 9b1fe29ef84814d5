package com.salondesk.persistence.command;

import com.salondesk.domain.operations.HandlerCommand;
import com.salondesk.domain.operations.HandlerDecider;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.operations.HandlerEvent;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.runtime.DeadLetter;
import com.salondesk.persistence.runtime.DeadLetterStatus;
import com.salondesk.persistence.runtime.Handlers;

/**
 * What a person does with an event a handler gave up on, as a command: skipping it records the decision in the
 * handler's stream through the {@link AggregateStore} like any other command, and only then lets the handler pass
 * over it.
 */
public final class DeadLetterDesk {

    private final AggregateStore store;
    private final Handlers handlers;

    public DeadLetterDesk(AggregateStore store, Handlers handlers) {
        this.store = store;
        this.handlers = handlers;
    }

    /**
     * Passes over the dead letter {@code deadLetterId} for its handler: records {@code handler.event-skipped} with
     * the reason (refused without one, as {@code handler.skip-reason-required}), marks the letter skipped and
     * processes the events parked behind it. Only a letter that is open and first of its stream (DEAD) can be
     * skipped; one parked behind it is refused as {@code dead-letter.waits-behind}.
     */
    public void skip(long deadLetterId, String reason, EventContext context) {
        DeadLetter letter = handlers.openLetter(deadLetterId);
        if (letter.status() != DeadLetterStatus.DEAD) {
            throw new DomainRejection("dead-letter.waits-behind", deadLetterId);
        }
        var command = new HandlerCommand.SkipEvent(letter.handler(), letter.eventId().toString(), letter.streamId(),
                letter.eventType(), reason);
        store.execute(context, HandlerDecider.streamId(letter.handler()), new HandlerDecider(), HandlerEvent.class,
                command);
        // Recorded first: should the desk stop before the handler moves on, the log still says why it was skipped,
        // and skipping again records nothing new.
        handlers.passOver(letter, reason.strip());
    }
}
