package com.salondesk.persistence.command;

import com.salondesk.domain.booking.NewBooking;
import com.salondesk.domain.schedule.CustomerDay;
import com.salondesk.domain.schedule.CustomerDayDecider;
import com.salondesk.domain.schedule.CustomerDayEvent;
import com.salondesk.domain.schedule.StaffDay;
import com.salondesk.domain.schedule.StaffDayDecider;
import com.salondesk.domain.schedule.StaffDayEvent;
import com.salondesk.persistence.TestChain;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.DeskIdentity;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.desk.PulledEvents;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.event.EventEnvelope;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Two real desks of one tenant in temporary folders, and what the sync server does between them, played by hand:
 * a push gives a desk's pending events the next global positions (the server's order), a pull stores them on the
 * other desk with {@code storePulled}, displacing its pending events where they clash, as the sync client does.
 */
final class TwoDesks implements AutoCloseable {

    static final DeskIdentity A = TestChain.DESK;
    static final DeskIdentity B = new DeskIdentity("acme", "soho", "desk-soho-2");
    static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    final DeskBackEnd deskA;
    final DeskBackEnd deskB;
    final TestChain chain;
    private long head;

    TwoDesks(Path folderA, Path folderB) {
        this(folderA, folderB, Clock.systemUTC());
    }

    /** Two desks whose clocks read {@code clock} (for bookings that must be over, or still to come). */
    TwoDesks(Path folderA, Path folderB, Clock clock) {
        deskA = DeskBackEnd.open(folderA, clock);
        deskB = DeskBackEnd.open(folderB, clock);
        deskA.identity().initialise(A);
        deskB.identity().initialise(B);
        chain = TestChain.setUp(deskA);
        deskB.log().storePulled(push(deskA));
    }

    static EventContext ctxA() {
        return EventContext.command(A, "maria");
    }

    static EventContext ctxB() {
        return EventContext.command(B, "tom");
    }

    /**
     * The server accepts every pending event of {@code desk}, in its local order, and hands them out so. The desk's own
     * handlers (the booking saga) have done their part first, as they would have in the time a real push takes.
     */
    List<EventEnvelope> push(DeskBackEnd desk) {
        TestChain.settle(desk);
        List<RecordedEvent> pending = desk.log().pendingEvents(100_000);
        Map<UUID, Long> positions = new LinkedHashMap<>();
        for (RecordedEvent e : pending) {
            positions.put(e.id(), ++head);
        }
        desk.log().markSynced(positions);
        return pending.stream().map(e -> e.envelope().withGlobalPosition(positions.get(e.id()))).toList();
    }

    /** {@code from}'s pending events reach the server first; {@code to} pulls them. */
    PulledEvents serverTakes(DeskBackEnd from, DeskBackEnd to) {
        return to.log().storePulled(push(from));
    }

    static String book(DeskBackEnd desk, EventContext ctx, String customerId, String from, String to) {
        return desk.bookings().book(ctx, new NewBooking(customerId, TestChain.BRANCH, TestChain.STYLIST, TestChain.CUT,
                LocalDateTime.of(DAY, java.time.LocalTime.parse(from)), LocalDateTime.of(DAY, java.time.LocalTime.parse(to)),
                false));
    }

    static StaffDay staffDay(DeskBackEnd desk) {
        return desk.store().load(StaffDayDecider.streamId(TestChain.STYLIST, DAY), new StaffDayDecider(),
                StaffDayEvent.class).state();
    }

    static CustomerDay customerDay(DeskBackEnd desk, String customerId) {
        return desk.store().load(CustomerDayDecider.streamId(customerId, DAY), new CustomerDayDecider(),
                CustomerDayEvent.class).state();
    }

    @Override
    public void close() {
        try {
            deskA.close();
        } finally {
            deskB.close();
        }
    }
}
