package com.salondesk.persistence.runtime;

import static com.salondesk.persistence.desk.DeskSchema.DeadLetters.*;

import com.salondesk.persistence.desk.DeskDatabase;
import com.salondesk.persistence.desk.RecordedEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** The persistent dead-letter table: what handlers gave up on, and what waits behind it. */
public final class DeadLetterStore {

    private static final int MAX_ERROR = 2_000;

    private final DSLContext dsl;

    public DeadLetterStore(DeskDatabase database) {
        this.dsl = database.dsl();
    }

    /** A filter for the dead-letters screen; null fields match everything. */
    public record Filter(String handler, DeadLetterStatus status, String eventType, String text) {
        public static Filter open() {
            return new Filter(null, null, null, null);
        }
    }

    void bury(String handler, RecordedEvent event, Throwable error, int attempts, Instant firstFailure, Instant lastFailure) {
        insert(handler, event, DeadLetterStatus.DEAD, describe(error), stackTrace(error), attempts, firstFailure, lastFailure);
    }

    void park(String handler, RecordedEvent event, Instant now) {
        insert(handler, event, DeadLetterStatus.PARKED,
                "waiting behind an earlier dead letter of stream " + event.streamId(), null, 0, now, now);
    }

    private void insert(String handler, RecordedEvent event, DeadLetterStatus status, String error, String cause,
                        int attempts, Instant firstFailure, Instant lastFailure) {
        // After a crash the worker may meet the same event again; the first record stands.
        if (dsl.fetchExists(TABLE, HANDLER.eq(handler).and(EVENT_ID.eq(event.id())))) {
            return;
        }
        dsl.insertInto(TABLE)
                .set(HANDLER, handler)
                .set(EVENT_ID, event.id())
                .set(LOG_POSITION, event.position())
                .set(STREAM_ID, event.streamId())
                .set(EVENT_TYPE, event.type())
                .set(STATUS, status.name())
                .set(ERROR, truncate(error))
                .set(CAUSE, cause)
                .set(ATTEMPTS, attempts)
                .set(FIRST_FAILURE_AT, at(firstFailure))
                .set(LAST_FAILURE_AT, at(lastFailure))
                .execute();
    }

    void failedAgain(long id, Throwable error, Instant now) {
        dsl.update(TABLE)
                .set(STATUS, DeadLetterStatus.DEAD.name())
                .set(ERROR, truncate(describe(error)))
                .set(CAUSE, stackTrace(error))
                .set(ATTEMPTS, ATTEMPTS.plus(1))
                .set(LAST_FAILURE_AT, at(now))
                .where(ID.eq(id)).execute();
    }

    void close(long id, DeadLetterStatus status, String resolution, Instant now) {
        dsl.update(TABLE)
                .set(STATUS, status.name())
                .set(RESOLUTION, truncate(resolution))
                .set(RESOLVED_AT, at(now))
                .where(ID.eq(id)).execute();
    }

    /** The open (dead or parked) letters of one handler and stream, in log order. */
    List<DeadLetter> openOf(String handler, String streamId) {
        return dsl.select(ALL).from(TABLE)
                .where(HANDLER.eq(handler)).and(STREAM_ID.eq(streamId))
                .and(STATUS.in(DeadLetterStatus.DEAD.name(), DeadLetterStatus.PARKED.name()))
                .orderBy(LOG_POSITION).fetch(DeadLetterStore::letter);
    }

    /** Streams a handler may not process until a person has dealt with their dead letters. */
    List<String> blockedStreams(String handler) {
        return dsl.selectDistinct(STREAM_ID).from(TABLE)
                .where(HANDLER.eq(handler)).and(STATUS.in(DeadLetterStatus.DEAD.name(), DeadLetterStatus.PARKED.name()))
                .fetch(STREAM_ID);
    }

    public Optional<DeadLetter> find(long id) {
        return dsl.select(ALL).from(TABLE).where(ID.eq(id)).fetchOptional(DeadLetterStore::letter);
    }

    /** Dead letters matching the filter, newest failure first. */
    public List<DeadLetter> list(Filter filter) {
        Condition c = DSL.noCondition();
        if (filter.handler() != null) {
            c = c.and(HANDLER.eq(filter.handler()));
        }
        if (filter.status() != null) {
            c = c.and(STATUS.eq(filter.status().name()));
        }
        if (filter.eventType() != null) {
            c = c.and(EVENT_TYPE.eq(filter.eventType()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String t = filter.text().strip();
            c = c.and(ERROR.containsIgnoreCase(t).or(STREAM_ID.containsIgnoreCase(t)));
        }
        return dsl.select(ALL).from(TABLE).where(c).orderBy(LAST_FAILURE_AT.desc(), ID.desc()).fetch(DeadLetterStore::letter);
    }

    /** Dead (not parked) letters still waiting for a person. */
    public int countDead() {
        return dsl.fetchCount(TABLE, STATUS.eq(DeadLetterStatus.DEAD.name()));
    }

    int count(String handler, DeadLetterStatus status) {
        return dsl.fetchCount(TABLE, HANDLER.eq(handler).and(STATUS.eq(status.name())));
    }

    private static DeadLetter letter(Record r) {
        return new DeadLetter(r.get(ID), r.get(HANDLER), r.get(EVENT_ID), r.get(LOG_POSITION), r.get(STREAM_ID),
                r.get(EVENT_TYPE), DeadLetterStatus.valueOf(r.get(STATUS)), r.get(ERROR), r.get(CAUSE), r.get(ATTEMPTS),
                r.get(FIRST_FAILURE_AT).toInstant(), r.get(LAST_FAILURE_AT).toInstant(), r.get(RESOLUTION),
                r.get(RESOLVED_AT) == null ? null : r.get(RESOLVED_AT).toInstant());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static String describe(Throwable error) {
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static String stackTrace(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    private static String truncate(String text) {
        return text == null || text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "…";
    }
}
