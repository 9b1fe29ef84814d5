package com.salondesk.persistence.read;

import com.salondesk.domain.bookingsaga.BookingSagaEvent;
import com.salondesk.domain.bookingsaga.BookingSagaProcess;
import com.salondesk.domain.bookingsaga.SagaProgress;
import com.salondesk.persistence.desk.DeskDatabase;
import com.salondesk.persistence.desk.DeskEventLog;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.desk.BookingSagaTable.Sagas;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Questions about booking confirmation sagas: one booking's steps and reason (folded from its saga stream, so
 * always current), the stage of many bookings at once (the book's marks), and the overdue steps of this desk's
 * sagas (the deadline scheduler).
 */
public final class SagaQueries {

    private static final BookingSagaProcess PROCESS = new BookingSagaProcess();

    private final DSLContext dsl;
    private final DeskEventLog log;

    public SagaQueries(DeskDatabase database, DeskEventLog log) {
        this.dsl = database.dsl();
        this.log = log;
    }

    /** The steps of the booking's saga, how each stands and why it failed; empty when it has no saga. */
    public Optional<SagaProgress> progress(String bookingId) {
        var state = PROCESS.initialState();
        for (RecordedEvent e : log.readStream(BookingSagaProcess.streamId(bookingId), 0)) {
            state = PROCESS.evolve(state, (BookingSagaEvent) e.event());
        }
        return SagaProgress.of(state);
    }

    /** The stage of each of these bookings' sagas, for those that have one. */
    public Map<String, SagaProgress.Stage> stages(Collection<String> bookingIds) {
        if (bookingIds.isEmpty()) {
            return Map.of();
        }
        return dsl.select(Sagas.BOOKING_ID, Sagas.STAGE).from(Sagas.TABLE).where(Sagas.BOOKING_ID.in(bookingIds))
                .fetchMap(r -> r.value1(), r -> SagaProgress.Stage.valueOf(r.value2()));
    }

    /** The bookings whose saga runs on the desk {@code deviceId} and whose current step is due at or before {@code now}. */
    public List<String> overdue(String deviceId, Instant now) {
        return dsl.select(Sagas.BOOKING_ID).from(Sagas.TABLE)
                .where(Sagas.DEVICE_ID.eq(deviceId))
                .and(Sagas.DEADLINE.le(now.atOffset(ZoneOffset.UTC)))
                .orderBy(Sagas.DEADLINE)
                .fetch(Sagas.BOOKING_ID);
    }
}
