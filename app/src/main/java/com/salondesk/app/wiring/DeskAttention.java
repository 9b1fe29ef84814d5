package com.salondesk.app.wiring;

import com.salondesk.app.port.AttentionEntry;
import com.salondesk.app.port.NeedsAttention;
import com.salondesk.domain.booking.CancelReason;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.DeskIdentity;
import com.salondesk.persistence.desk.EventContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;

/** This desk's Needs-attention list, read from its read model, and settling an entry as the person at the desk. */
final class DeskAttention implements NeedsAttention {

    private final DeskBackEnd local;
    private final Supplier<EventContext> command;
    private final DeskIdentity identity;

    DeskAttention(DeskBackEnd local, Supplier<EventContext> command, DeskIdentity identity) {
        this.local = local;
        this.command = command;
        this.identity = identity;
    }

    @Override
    public List<AttentionEntry> open() {
        return List.of();
    }

    @Override
    public int openCount() {
        return 0;
    }

    @Override
    public void move(String entryId, String staffId, LocalDateTime start, LocalDateTime end) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void keepAsOverbook(String entryId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void cancel(String entryId, CancelReason reason) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void dismiss(String entryId) {
        throw new UnsupportedOperationException("not yet");
    }
}
