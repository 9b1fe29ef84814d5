package com.salondesk.persistence.projection;

import static com.salondesk.persistence.desk.DeskSchema.Bookings.*;

import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.booking.BookingStatus;
import com.salondesk.persistence.desk.RecordedEvent;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The appointment book's read model: one row per booking with its current status. */
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
        if (!(recorded.event() instanceof BookingEvent event)) {
            return;
        }
        OffsetDateTime at = recorded.envelope().timestamp().atOffset(ZoneOffset.UTC);
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
                    .set(TENANT_ID, recorded.envelope().metadata().tenantId())
                    .execute();
            case BookingEvent.Confirmed c -> status(tx, c.bookingId(), BookingStatus.CONFIRMED, at);
            case BookingEvent.CheckedIn c -> status(tx, c.bookingId(), BookingStatus.CHECKED_IN, at);
            case BookingEvent.Completed c -> status(tx, c.bookingId(), BookingStatus.COMPLETED, at);
            case BookingEvent.NoShowRecorded c -> status(tx, c.bookingId(), BookingStatus.NO_SHOW, at);
            case BookingEvent.Cancelled c -> tx.update(TABLE)
                    .set(STATUS, BookingStatus.CANCELLED.name())
                    .set(CANCEL_REASON, c.reason())
                    .set(UPDATED_AT, at)
                    .where(ID.eq(c.bookingId()))
                    .execute();
        }
    }

    /**
     * Batched and folded: the events are first applied to rows in memory — a booking created in this
     * batch becomes one insert with its final status, a booking created earlier one update with its last
     * status change — then written in two JDBC batches. Each status change overwrites status, reason and
     * time whole, so only the last one per booking matters, and the rows equal applying the events one by
     * one. During a replay most bookings are created, confirmed and completed within a few batches, so
     * this writes each row about once instead of once per event.
     */
    @Override
    public void applyAll(DSLContext tx, java.util.List<RecordedEvent> events) {
        if (events.size() < 8) {
            events.forEach(e -> apply(tx, e));
            return;
        }
        java.util.Map<String, Row> created = new java.util.LinkedHashMap<>();
        java.util.Map<String, Change> changed = new java.util.LinkedHashMap<>();
        for (RecordedEvent recorded : events) {
            if (!(recorded.event() instanceof BookingEvent event)) {
                continue;
            }
            OffsetDateTime at = recorded.envelope().timestamp().atOffset(ZoneOffset.UTC);
            if (event instanceof BookingEvent.Created c) {
                if (created.containsKey(c.bookingId()) || changed.containsKey(c.bookingId())) {
                    // Not a shape the log produces (a booking created twice, or changed before it was
                    // created); applying one by one keeps whatever that means, errors included.
                    events.forEach(e -> apply(tx, e));
                    return;
                }
                created.put(c.bookingId(), new Row(c, recorded.envelope().metadata().tenantId(), at));
                continue;
            }
            Change change = new Change(statusAfter(event), event instanceof BookingEvent.Cancelled c ? c.reason() : null, at);
            Row row = created.get(event.bookingId());
            if (row != null) {
                row.last = change;
            } else {
                changed.put(event.bookingId(), change);
            }
        }
        String insertSql = tx.insertInto(TABLE).columns(ID, CUSTOMER_ID, BRANCH_ID, STAFF_ID, SERVICE_ID, STATUS,
                        SCHEDULED_AT, ENDS_AT, TOTAL_AMOUNT, CURRENCY, CANCEL_REASON, CREATED_AT, UPDATED_AT, TENANT_ID)
                .values(DSL.param(ID), DSL.param(CUSTOMER_ID), DSL.param(BRANCH_ID), DSL.param(STAFF_ID),
                        DSL.param(SERVICE_ID), DSL.param(STATUS), DSL.param(SCHEDULED_AT), DSL.param(ENDS_AT),
                        DSL.param(TOTAL_AMOUNT), DSL.param(CURRENCY), DSL.param(CANCEL_REASON), DSL.param(CREATED_AT),
                        DSL.param(UPDATED_AT), DSL.param(TENANT_ID)).getSQL();
        String updateSql = tx.update(TABLE).set(STATUS, DSL.param(STATUS)).set(CANCEL_REASON, DSL.param(CANCEL_REASON))
                .set(UPDATED_AT, DSL.param(UPDATED_AT)).where(ID.eq(DSL.param(ID))).getSQL();
        tx.connection(c -> {
            if (!created.isEmpty()) {
                try (var insert = c.prepareStatement(insertSql)) {
                    for (Row row : created.values()) {
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
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
            if (!changed.isEmpty()) {
                try (var update = c.prepareStatement(updateSql)) {
                    for (var entry : changed.entrySet()) {
                        update.setString(1, entry.getValue().status.name());
                        update.setString(2, entry.getValue().reason);
                        update.setObject(3, entry.getValue().at);
                        update.setString(4, entry.getKey());
                        update.addBatch();
                    }
                    update.executeBatch();
                }
            }
        });
    }

    /** A booking created in the batch being applied, with the last status change it had in the same batch. */
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

    /** What a status change writes: the status, the cancel reason (null unless cancelled) and the time. */
    private record Change(BookingStatus status, String reason, OffsetDateTime at) {
    }

    /** The status an event other than Created leaves its booking in. */
    private static BookingStatus statusAfter(BookingEvent event) {
        return switch (event) {
            case BookingEvent.Created c -> BookingStatus.REQUESTED;
            case BookingEvent.Confirmed c -> BookingStatus.CONFIRMED;
            case BookingEvent.CheckedIn c -> BookingStatus.CHECKED_IN;
            case BookingEvent.Completed c -> BookingStatus.COMPLETED;
            case BookingEvent.NoShowRecorded c -> BookingStatus.NO_SHOW;
            case BookingEvent.Cancelled c -> BookingStatus.CANCELLED;
        };
    }

    private static void status(DSLContext tx, String bookingId, BookingStatus status, OffsetDateTime at) {
        tx.update(TABLE).set(STATUS, status.name()).set(CANCEL_REASON, (String) null).set(UPDATED_AT, at)
                .where(ID.eq(bookingId)).execute();
    }

    @Override
    public java.util.List<String> tables() {
        return java.util.List.of("booking_projections");
    }

    @Override
    public void reset(DSLContext tx) {
        tx.deleteFrom(TABLE).execute();
    }
}
