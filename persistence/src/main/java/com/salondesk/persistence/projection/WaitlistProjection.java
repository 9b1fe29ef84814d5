package com.salondesk.persistence.projection;

import static com.salondesk.persistence.desk.WaitlistSchema.Entries.*;

import com.salondesk.domain.waitlist.WaitlistEvent;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.runtime.Projection;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;

/** The waitlist's read model: one row per entry, with its wish, where it stands and its open offer. */
public final class WaitlistProjection implements Projection {

    public static final String NAME = "waitlist_entries";

    /** Where an entry stands, as the read model's {@code status} says. */
    public enum Status { WAITING, OFFERED, BOOKED, LEFT }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean handles(RecordedEvent event) {
        return event.event() instanceof WaitlistEvent;
    }

    @Override
    public void apply(DSLContext tx, RecordedEvent recorded) {
        if (!(recorded.event() instanceof WaitlistEvent event)) {
            return;
        }
        switch (event) {
            case WaitlistEvent.Joined j -> tx.insertInto(TABLE)
                    .set(ENTRY_ID, j.entryId())
                    .set(CUSTOMER_ID, j.customerId())
                    .set(BRANCH_ID, j.branchId())
                    .set(SERVICE_ID, j.serviceId())
                    .set(STAFF_ID, j.staffId())
                    .set(WANTED_FROM, j.wantedFrom())
                    .set(WANTED_TO, j.wantedTo())
                    .set(EARLIEST, j.earliest())
                    .set(LATEST, j.latest())
                    .set(NOTE, j.note() == null ? "" : j.note())
                    .set(STATUS, Status.WAITING.name())
                    .set(JOINED_POSITION, recorded.position())
                    .set(JOINED_AT, recorded.recordedAt().atOffset(ZoneOffset.UTC))
                    .execute();
            case WaitlistEvent.SlotOffered o -> tx.update(TABLE)
                    .set(STATUS, Status.OFFERED.name())
                    .set(OFFER_ID, o.offerId())
                    .set(FREED_BOOKING_ID, o.freedBookingId())
                    .set(OFFER_STAFF_ID, o.staffId())
                    .set(OFFER_START, o.start())
                    .set(OFFER_END, o.end())
                    .set(OFFER_DEVICE_ID, recorded.envelope().metadata().deviceId())
                    .where(ENTRY_ID.eq(o.entryId())).execute();
            case WaitlistEvent.OfferDeclined d -> withoutOffer(tx.update(TABLE).set(STATUS, Status.WAITING.name()))
                    .where(ENTRY_ID.eq(d.entryId())).execute();
            case WaitlistEvent.Booked b -> tx.update(TABLE)
                    .set(STATUS, Status.BOOKED.name())
                    .set(BOOKING_ID, b.bookingId())
                    .where(ENTRY_ID.eq(b.entryId())).execute();
            case WaitlistEvent.Left l -> tx.update(TABLE)
                    .set(STATUS, Status.LEFT.name())
                    .set(LEFT_REASON, l.reason())
                    .where(ENTRY_ID.eq(l.entryId())).execute();
        }
    }

    private static org.jooq.UpdateSetMoreStep<org.jooq.Record> withoutOffer(
            org.jooq.UpdateSetMoreStep<org.jooq.Record> update) {
        return update.setNull(OFFER_ID).setNull(FREED_BOOKING_ID).setNull(OFFER_STAFF_ID).setNull(OFFER_START)
                .setNull(OFFER_END).setNull(OFFER_DEVICE_ID);
    }

    @Override
    public List<String> tables() {
        return List.of(NAME);
    }

    @Override
    public void reset(DSLContext tx) {
        tx.deleteFrom(TABLE).execute();
    }
}
