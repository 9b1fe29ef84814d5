package com.salondesk.persistence.projection;

import static com.salondesk.persistence.desk.DeskSchema.Bookings.*;

import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.booking.BookingStatus;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.runtime.Projection;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The appointment book's read model: one row per booking with its current status, and whether it lost its time to
 * another desk's booking (then it holds none, and the book draws it aside, never over the booking that won).
 */
public final class BookingProjection implements Projection {

    public static final String NAME = "booking_projections";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean handles(RecordedEvent event) {
        return event.event() instanceof BookingEvent;
    }

    @Override
    public void apply(DSLContext tx, RecordedEvent recorded) {
        applyOne(tx, recorded);
    }

    private static void applyOne(DSLContext tx, RecordedEvent recorded) {
        if (!(recorded.event() instanceof BookingEvent event)) {
            return;
        }
        OffsetDateTime at = recorded.recordedAt().atOffset(ZoneOffset.UTC);
        switch (event) {
            case BookingEvent.Created c -> tx.insertInto(TABLE)
                    .set(ID, c.bookingId())
                    .set(CUSTOMER_ID, c.customerId())
                    .set(BRANCH_ID, c.branchId())
                    .set(STAFF_ID, c.staffId())
                    .set(SERVICE_ID, c.details().mainServiceId())
                    .set(STATUS, BookingStatus.REQUESTED.name())
                    .set(SCHEDULED_AT, c.start().atOffset(ZoneOffset.UTC))
                    .set(ENDS_AT, c.end().atOffset(ZoneOffset.UTC))
                    .set(TOTAL_AMOUNT, c.price().amount())
                    .set(CURRENCY, c.price().currency())
                    .set(CREATED_AT, at)
                    .set(UPDATED_AT, at)
                    .set(TENANT_ID, recorded.tenantId())
                    .execute();
            case BookingEvent.Confirmed c -> status(tx, c.bookingId(), BookingStatus.CONFIRMED, at);
            case BookingEvent.CheckedIn c -> status(tx, c.bookingId(), BookingStatus.CHECKED_IN, at);
            case BookingEvent.Completed c -> status(tx, c.bookingId(), BookingStatus.COMPLETED, at);
            case BookingEvent.NoShowRecorded c -> status(tx, c.bookingId(), BookingStatus.NO_SHOW, at);
            case BookingEvent.NoShowUndone u -> status(tx, u.bookingId(), u.status(), at);
            case BookingEvent.Cancelled c -> tx.update(TABLE)
                    .set(STATUS, BookingStatus.CANCELLED.name())
                    .set(CANCEL_REASON, c.reason())
                    .set(CANCEL_CATEGORY, c.categoryOrOther().name())
                    .set(UPDATED_AT, at)
                    .where(ID.eq(c.bookingId()))
                    .execute();
            case BookingEvent.TimeLost l -> tx.update(TABLE).set(TIME_LOST, true).set(UPDATED_AT, at)
                    .where(ID.eq(l.bookingId())).execute();
            case BookingEvent.Moved m -> tx.update(TABLE)
                    .set(STAFF_ID, m.staffId())
                    .set(SCHEDULED_AT, m.start().atOffset(ZoneOffset.UTC))
                    .set(ENDS_AT, m.end().atOffset(ZoneOffset.UTC))
                    .set(TIME_LOST, false)
                    .set(UPDATED_AT, at)
                    .where(ID.eq(m.bookingId())).execute();
            case BookingEvent.KeptAsOverbook k -> tx.update(TABLE).set(TIME_LOST, false).set(UPDATED_AT, at)
                    .where(ID.eq(k.bookingId())).execute();
            case BookingEvent.Rescheduled r -> tx.update(TABLE)
                    .set(STAFF_ID, r.staffId())
                    .set(SCHEDULED_AT, r.start().atOffset(ZoneOffset.UTC))
                    .set(ENDS_AT, r.end().atOffset(ZoneOffset.UTC))
                    .set(UPDATED_AT, at)
                    .where(ID.eq(r.bookingId())).execute();
            case BookingEvent.DetailsChanged c -> tx.update(TABLE)
                    .set(SERVICE_ID, c.services().getFirst().serviceId())
                    .set(TOTAL_AMOUNT, c.price().amount())
                    .set(CURRENCY, c.price().currency())
                    .set(NOTES, c.notes())
                    .set(UPDATED_AT, at)
                    .where(ID.eq(c.bookingId())).execute();
        }
    }

    /**
     * Whether the event changes the booking's time or details rather than its status (lost, moved, kept,
     * rescheduled, edited).
     */
    private static boolean changesTime(BookingEvent event) {
        return event instanceof BookingEvent.TimeLost || event instanceof BookingEvent.Moved
               || event instanceof BookingEvent.KeptAsOverbook || event instanceof BookingEvent.Rescheduled
               || event instanceof BookingEvent.DetailsChanged;
    }

    /**
     * Batched and folded ({@link Folding}): a booking created in this batch becomes one insert with its
     * final status, a booking created earlier one update with its last status change.
     */
    @Override
    public void applyAll(DSLContext tx, List<RecordedEvent> events) {
        if (events.size() < 8) {
            events.forEach(e -> apply(tx, e));
            return;
        }
        Folding folding = new Folding(Integer.MAX_VALUE);
        folding.apply(tx, events);
        folding.finish(tx);
    }

    /**
     * A rebuild keeps up to {@value #REPLAY_PENDING_ROWS} open bookings in memory across batches, so a
     * booking completed days after it was made — thousands of events later — is still written once.
     */
    @Override
    public Replay startReplay() {
        return new Folding(REPLAY_PENDING_ROWS);
    }

    /**
     * Up to about 35 MB of rows (some 900 bytes each with the decoded event), held only while a rebuild
     * runs. More would fold a busier log, but every row held survives the garbage collector's young
     * collections and is copied by them: on the benchmark machine 60,000 was already slower than 40,000.
     */
    static final int REPLAY_PENDING_ROWS = 40_000;

    Replay startReplay(int pendingRows) {
        return new Folding(pendingRows);
    }

    /**
     * Applies events to rows in memory before writing them: new bookings wait and take their later status
     * changes in memory; after each batch those that are over (completed, cancelled, no-show) are written,
     * and the oldest others when more than {@code maxPending} wait. Status changes of bookings already
     * written become one update per booking and batch. Each status change overwrites status, reason,
     * category and time whole, so only the last one matters, and the rows equal applying the events one by one
     * ({@code BookingProjectionBatchTest} compares them on random logs).
     */
    private static final class Folding implements Replay {
        private final int maxPending;
        private final LinkedHashMap<String, Row> pending = new LinkedHashMap<>();
        private final LinkedHashMap<String, Change> changed = new LinkedHashMap<>();

        Folding(int maxPending) {
            this.maxPending = maxPending;
        }

        @Override
        public void apply(DSLContext tx, List<RecordedEvent> events) {
            for (RecordedEvent recorded : events) {
                if (!(recorded.event() instanceof BookingEvent event)) {
                    continue;
                }
                OffsetDateTime at = recorded.recordedAt().atOffset(ZoneOffset.UTC);
                if (event instanceof BookingEvent.Created c) {
                    if (changed.containsKey(c.bookingId())) {
                        // Changed before it was created: not a shape the log produces. Those updates
                        // found no row; writing them now keeps it that way.
                        writeChanges(tx);
                    }
                    if (pending.containsKey(c.bookingId())) {
                        // Created twice: the second insert fails as it would one by one.
                        writePending(tx, pending.size());
                    }
                    pending.put(c.bookingId(), new Row(c, recorded.tenantId(), at));
                    continue;
                }
                if (changesTime(event)) {
                    // Rare (after a sync conflict, or a booking moved or edited on the book): the row is written as it stands and updated in place, in
                    // order with the status changes before it.
                    Row row = pending.remove(event.bookingId());
                    if (row != null) {
                        writeRows(tx, List.of(row));
                    }
                    writeChanges(tx);
                    applyOne(tx, recorded);
                    continue;
                }
                Change change = event instanceof BookingEvent.Cancelled c
                        ? new Change(BookingStatus.CANCELLED, c.reason(), c.categoryOrOther().name(), at)
                        : new Change(statusAfter(event), null, null, at);
                Row row = pending.get(event.bookingId());
                if (row != null) {
                    row.last = change;
                } else {
                    changed.put(event.bookingId(), change);
                }
            }
            writeChanges(tx);
            List<Row> done = new ArrayList<>();
            for (var it = pending.values().iterator(); it.hasNext(); ) {
                Row row = it.next();
                if (row.last != null && row.last.status.isOver()) {
                    done.add(row);
                    it.remove();
                }
            }
            writeRows(tx, done);
            if (pending.size() > maxPending) {
                writePending(tx, pending.size() - maxPending / 2);
            }
        }

        @Override
        public void finish(DSLContext tx) {
            writeChanges(tx);
            writePending(tx, pending.size());
        }

        /** Inserts the {@code count} oldest waiting bookings with the state they have reached. */
        private void writePending(DSLContext tx, int count) {
            List<Row> oldest = new ArrayList<>(count);
            var it = pending.values().iterator();
            for (int i = 0; i < count; i++) {
                oldest.add(it.next());
                it.remove();
            }
            writeRows(tx, oldest);
        }

        private void writeRows(DSLContext tx, List<Row> rows) {
            if (rows.isEmpty()) {
                return;
            }
            String sql = tx.insertInto(TABLE).columns(ID, CUSTOMER_ID, BRANCH_ID, STAFF_ID, SERVICE_ID, STATUS,
                            SCHEDULED_AT, ENDS_AT, TOTAL_AMOUNT, CURRENCY, CANCEL_REASON, CREATED_AT, UPDATED_AT, TENANT_ID,
                            CANCEL_CATEGORY)
                    .values(DSL.param(ID), DSL.param(CUSTOMER_ID), DSL.param(BRANCH_ID), DSL.param(STAFF_ID),
                            DSL.param(SERVICE_ID), DSL.param(STATUS), DSL.param(SCHEDULED_AT), DSL.param(ENDS_AT),
                            DSL.param(TOTAL_AMOUNT), DSL.param(CURRENCY), DSL.param(CANCEL_REASON), DSL.param(CREATED_AT),
                            DSL.param(UPDATED_AT), DSL.param(TENANT_ID), DSL.param(CANCEL_CATEGORY)).getSQL();
            tx.connection(c -> {
                try (var insert = c.prepareStatement(sql)) {
                    for (Row row : rows) {
                        BookingEvent.Created b = row.created;
                        insert.setString(1, b.bookingId());
                        insert.setString(2, b.customerId());
                        insert.setString(3, b.branchId());
                        insert.setString(4, b.staffId());
                        insert.setString(5, b.details().mainServiceId());
                        insert.setString(6, row.last == null ? BookingStatus.REQUESTED.name() : row.last.status.name());
                        insert.setObject(7, b.start().atOffset(ZoneOffset.UTC));
                        insert.setObject(8, b.end().atOffset(ZoneOffset.UTC));
                        insert.setBigDecimal(9, b.price().amount());
                        insert.setString(10, b.price().currency());
                        insert.setString(11, row.last == null ? null : row.last.reason);
                        insert.setObject(12, row.createdAt);
                        insert.setObject(13, row.last == null ? row.createdAt : row.last.at);
                        insert.setString(14, row.tenantId);
                        insert.setString(15, row.last == null ? null : row.last.category);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            });
        }

        /** One update per booking already written: its last status change. */
        private void writeChanges(DSLContext tx) {
            if (changed.isEmpty()) {
                return;
            }
            String sql = tx.update(TABLE).set(STATUS, DSL.param(STATUS)).set(CANCEL_REASON, DSL.param(CANCEL_REASON))
                    .set(CANCEL_CATEGORY, DSL.param(CANCEL_CATEGORY))
                    .set(UPDATED_AT, DSL.param(UPDATED_AT)).where(ID.eq(DSL.param(ID))).getSQL();
            tx.connection(c -> {
                try (var update = c.prepareStatement(sql)) {
                    for (var entry : changed.entrySet()) {
                        update.setString(1, entry.getValue().status.name());
                        update.setString(2, entry.getValue().reason);
                        update.setString(3, entry.getValue().category);
                        update.setObject(4, entry.getValue().at);
                        update.setString(5, entry.getKey());
                        update.addBatch();
                    }
                    update.executeBatch();
                }
            });
            changed.clear();
        }
    }

    /** A new booking not written yet, with the last status change it has had meanwhile. */
    private static final class Row {
        final BookingEvent.Created created;
        final String tenantId;
        final OffsetDateTime createdAt;
        Change last;

        Row(BookingEvent.Created created, String tenantId, OffsetDateTime createdAt) {
            this.created = created;
            this.tenantId = tenantId;
            this.createdAt = createdAt;
        }
    }

    /**
     * What a status change writes: the status, the cancel note and category (null unless cancelled; a category the
     * event lacks, from before categories, is OTHER) and the time.
     */
    private record Change(BookingStatus status, String reason, String category, OffsetDateTime at) {
    }

    /** The status an event other than Created leaves its booking in. */
    private static BookingStatus statusAfter(BookingEvent event) {
        return switch (event) {
            case BookingEvent.Created c -> BookingStatus.REQUESTED;
            case BookingEvent.Confirmed c -> BookingStatus.CONFIRMED;
            case BookingEvent.CheckedIn c -> BookingStatus.CHECKED_IN;
            case BookingEvent.Completed c -> BookingStatus.COMPLETED;
            case BookingEvent.NoShowRecorded c -> BookingStatus.NO_SHOW;
            case BookingEvent.NoShowUndone u -> u.status();
            case BookingEvent.Cancelled c -> BookingStatus.CANCELLED;
            case BookingEvent.TimeLost l -> throw new IllegalArgumentException("not a status change: " + l);
            case BookingEvent.Moved m -> throw new IllegalArgumentException("not a status change: " + m);
            case BookingEvent.KeptAsOverbook k -> throw new IllegalArgumentException("not a status change: " + k);
            case BookingEvent.Rescheduled r -> throw new IllegalArgumentException("not a status change: " + r);
            case BookingEvent.DetailsChanged c -> throw new IllegalArgumentException("not a status change: " + c);
        };
    }

    private static void status(DSLContext tx, String bookingId, BookingStatus status, OffsetDateTime at) {
        tx.update(TABLE).set(STATUS, status.name()).set(CANCEL_REASON, (String) null)
                .set(CANCEL_CATEGORY, (String) null).set(UPDATED_AT, at)
                .where(ID.eq(bookingId)).execute();
    }

    @Override
    public List<String> tables() {
        return List.of("booking_projections");
    }

    @Override
    public void reset(DSLContext tx) {
        tx.deleteFrom(TABLE).execute();
    }
}
