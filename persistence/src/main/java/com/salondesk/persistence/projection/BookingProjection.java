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
     * Batched: new bookings are inserted in one JDBC batch, then the status changes are applied in one
     * batch in log order. A status change only ever follows its own booking's creation, so running the
     * inserts first gives the same rows as applying the events one by one.
     */
    @Override
    public void applyAll(DSLContext tx, java.util.List<RecordedEvent> events) {
        if (events.size() < 8) {
            events.forEach(e -> apply(tx, e));
            return;
        }
        String insertSql = tx.insertInto(TABLE).columns(ID, CUSTOMER_ID, BRANCH_ID, STAFF_ID, SERVICE_ID, STATUS,
                        SCHEDULED_AT, ENDS_AT, TOTAL_AMOUNT, CURRENCY, CREATED_AT, UPDATED_AT, TENANT_ID)
                .values(DSL.param(ID), DSL.param(CUSTOMER_ID), DSL.param(BRANCH_ID), DSL.param(STAFF_ID),
                        DSL.param(SERVICE_ID), DSL.param(STATUS), DSL.param(SCHEDULED_AT), DSL.param(ENDS_AT),
                        DSL.param(TOTAL_AMOUNT), DSL.param(CURRENCY), DSL.param(CREATED_AT), DSL.param(UPDATED_AT),
                        DSL.param(TENANT_ID)).getSQL();
        String updateSql = tx.update(TABLE).set(STATUS, DSL.param(STATUS)).set(CANCEL_REASON, DSL.param(CANCEL_REASON))
                .set(UPDATED_AT, DSL.param(UPDATED_AT)).where(ID.eq(DSL.param(ID))).getSQL();
        tx.connection(c -> {
            try (var insert = c.prepareStatement(insertSql); var update = c.prepareStatement(updateSql)) {
                for (RecordedEvent recorded : events) {
                    if (!(recorded.event() instanceof BookingEvent event)) {
                        continue;
                    }
                    OffsetDateTime at = recorded.envelope().timestamp().atOffset(ZoneOffset.UTC);
                    if (event instanceof BookingEvent.Created b) {
                        insert.setString(1, b.bookingId());
                        insert.setString(2, b.customerId());
                        insert.setString(3, b.branchId());
                        insert.setString(4, b.staffId());
                        insert.setString(5, b.details().mainServiceId());
                        insert.setString(6, BookingStatus.REQUESTED.name());
                        insert.setObject(7, b.start().atOffset(ZoneOffset.UTC));
                        insert.setObject(8, b.end().atOffset(ZoneOffset.UTC));
                        insert.setBigDecimal(9, b.price().amount());
                        insert.setString(10, b.price().currency());
                        insert.setObject(11, at);
                        insert.setObject(12, at);
                        insert.setString(13, recorded.envelope().metadata().tenantId());
                        insert.addBatch();
                        continue;
                    }
                    update.setString(1, statusAfter(event).name());
                    update.setString(2, event instanceof BookingEvent.Cancelled c2 ? c2.reason() : null);
                    update.setObject(3, at);
                    update.setString(4, event.bookingId());
                    update.addBatch();
                }
                insert.executeBatch();
                update.executeBatch();
            }
        });
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
