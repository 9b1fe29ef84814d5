package com.salondesk.app.desk;

import com.salondesk.persistence.desk.DeskIdentity;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.backend.DeskBackEnd;
import java.time.Clock;
import java.util.Objects;

/** The opened desk as the screens use it: its back end, who it is, who works at it, and its clock. */
public record FrontDesk(DeskBackEnd local, DeskIdentity identity, String userId, Clock clock) {

    public FrontDesk {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(clock, "clock");
    }

    /** The metadata for the events of one new command by the person at the desk. */
    public EventContext command() {
        return EventContext.command(identity, userId);
    }
}
