package com.salondesk.persistence.projection;

import static com.salondesk.persistence.desk.DeskSchema.Bookings.*;

import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.booking.BookingStatus;
import com.salondesk.persistence.desk.RecordedEvent;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;

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

    private static void status(DSLContext tx, String bookingId, BookingStatus status, OffsetDateTime at) {
        tx.update(TABLE).set(STATUS, status.name()).set(UPDATED_AT, at).where(ID.eq(bookingId)).execute();
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
