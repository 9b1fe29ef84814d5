package com.salondesk.app.wiring;

import com.salondesk.app.port.DeadLetter;
import com.salondesk.app.port.DeadLetterFilter;
import com.salondesk.app.port.DeadLetterStatus;
import com.salondesk.app.port.DeadLetters;
import com.salondesk.app.port.LoggedEvent;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.runtime.DeadLetterStore;
import com.salondesk.persistence.runtime.HandlerStatus;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The dead letters of the desk's handler runtime, and retrying or skipping them. */
final class DeskDeadLetters implements DeadLetters {

    private final DeskBackEnd local;
    private final Supplier<EventContext> command;

    DeskDeadLetters(DeskBackEnd local, Supplier<EventContext> command) {
        this.local = local;
        this.command = command;
    }

    @Override
    public List<DeadLetter> list(DeadLetterFilter f) {
        var status = f.status() == null ? null
                : com.salondesk.persistence.runtime.DeadLetterStatus.valueOf(f.status().name());
        return store().list(new DeadLetterStore.Filter(f.handler(), status, f.eventType(), f.text())).stream()
                .map(DeskDeadLetters::of).toList();
    }

    @Override
    public Optional<DeadLetter> find(long id) {
        return store().find(id).map(DeskDeadLetters::of);
    }

    @Override
    public int countDead() {
        return store().countDead();
    }

    @Override
    public List<String> handlers() {
        return local.runtime().handlers().status().stream().map(HandlerStatus::handler).toList();
    }

    @Override
    public boolean retry(long deadLetterId) {
        return local.runtime().handlers().retry(deadLetterId);
    }

    @Override
    public int retryAll() {
        return local.runtime().handlers().retryAll();
    }

    @Override
    public void skip(long deadLetterId, String reason) {
        local.deadLetterDesk().skip(deadLetterId, reason, command.get());
    }

    @Override
    public LoggedEvent eventAt(long position) {
        List<RecordedEvent> found = local.log().readAfter(position - 1, 1);
        if (found.isEmpty() || found.getFirst().position() != position) {
            throw new IllegalStateException("the log has no event at position " + position);
        }
        RecordedEvent event = found.getFirst();
        return new LoggedEvent(event.envelope().type(), event.streamId(), event.version(),
                event.envelope().timestamp(), event.position(), event.envelope().payload().toPrettyString());
    }

    private DeadLetterStore store() {
        return local.runtime().handlers().deadLetters();
    }

    private static DeadLetter of(com.salondesk.persistence.runtime.DeadLetter l) {
        return new DeadLetter(l.id(), l.handler(), l.eventId(), l.position(), l.streamId(), l.eventType(),
                DeadLetterStatus.valueOf(l.status().name()), l.error(), l.cause(), l.attempts(), l.firstFailureAt(),
                l.lastFailureAt(), l.resolution(), l.resolvedAt());
    }
}
