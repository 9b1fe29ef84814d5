package com.salondesk.persistence.read;

import com.salondesk.persistence.desk.DeskDatabase;
import com.salondesk.persistence.desk.DeskSchema.Customers;
import com.salondesk.persistence.desk.DeskSchema.Services;
import com.salondesk.persistence.desk.DeskSchema.Staff;
import com.salondesk.persistence.desk.WaitlistSchema.Entries;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/** The questions asked of the waitlist read model: a branch's open entries and offers, one entry. Reads only. */
public final class WaitlistQueries {

    private static final List<String> OPEN = List.of("WAITING", "OFFERED");

    private final DSLContext dsl;

    public WaitlistQueries(DeskDatabase database) {
        this.dsl = database.dsl();
    }

    /** The branch's entries still waiting (with or without an open offer), who waits longest first. */
    public List<WaitlistEntryView> open(String branchId) {
        return entries(Entries.BRANCH_ID.eq(branchId).and(Entries.STATUS.in(OPEN)));
    }

    /** The branch's entries with an open offer, who waits longest first. */
    public List<WaitlistEntryView> offers(String branchId) {
        return entries(Entries.BRANCH_ID.eq(branchId).and(Entries.STATUS.eq("OFFERED")));
    }

    public Optional<WaitlistEntryView> entry(String entryId) {
        return entries(Entries.ENTRY_ID.eq(entryId)).stream().findFirst();
    }

    private List<WaitlistEntryView> entries(Condition which) {
        Map<String, String> stylists = new HashMap<>();
        dsl.select(Staff.STAFF_ID, Staff.NAME).from(Staff.TABLE)
                .forEach(r -> stylists.put(r.get(Staff.STAFF_ID), r.get(Staff.NAME)));
        Field<?>[] columns = List.of(Entries.ENTRY_ID, Entries.CUSTOMER_ID, Customers.NAME, Entries.BRANCH_ID,
                Entries.SERVICE_ID, Services.NAME, Entries.STAFF_ID, Entries.WANTED_FROM, Entries.WANTED_TO,
                Entries.EARLIEST, Entries.LATEST, Entries.NOTE, Entries.STATUS, Entries.JOINED_POSITION,
                Entries.JOINED_AT, Entries.OFFER_ID, Entries.FREED_BOOKING_ID, Entries.OFFER_STAFF_ID,
                Entries.OFFER_START, Entries.OFFER_END, Entries.OFFER_DEVICE_ID, Entries.BOOKING_ID)
                .toArray(Field<?>[]::new);
        return dsl.select(columns).from(Entries.TABLE)
                .leftJoin(Customers.TABLE).on(Customers.CUSTOMER_ID.eq(Entries.CUSTOMER_ID))
                .leftJoin(Services.TABLE).on(Services.SERVICE_ID.eq(Entries.SERVICE_ID))
                .where(which)
                .orderBy(Entries.JOINED_POSITION)
                .fetch(r -> view(r, stylists));
    }

    private static WaitlistEntryView view(Record r, Map<String, String> stylists) {
        String offerId = r.get(Entries.OFFER_ID);
        Optional<WaitlistEntryView.Offer> offer = offerId == null ? Optional.empty()
                : Optional.of(new WaitlistEntryView.Offer(offerId, r.get(Entries.FREED_BOOKING_ID),
                        r.get(Entries.OFFER_STAFF_ID), nameOf(stylists, r.get(Entries.OFFER_STAFF_ID)),
                        r.get(Entries.OFFER_START), r.get(Entries.OFFER_END), r.get(Entries.OFFER_DEVICE_ID)));
        String staffId = r.get(Entries.STAFF_ID);
        return new WaitlistEntryView(r.get(Entries.ENTRY_ID), r.get(Entries.CUSTOMER_ID), text(r.get(Customers.NAME)),
                r.get(Entries.BRANCH_ID), r.get(Entries.SERVICE_ID), text(r.get(Services.NAME)), staffId,
                staffId == null ? "" : nameOf(stylists, staffId), r.get(Entries.WANTED_FROM), r.get(Entries.WANTED_TO),
                r.get(Entries.EARLIEST), r.get(Entries.LATEST), r.get(Entries.NOTE), r.get(Entries.STATUS),
                r.get(Entries.JOINED_POSITION), r.get(Entries.JOINED_AT), offer, r.get(Entries.BOOKING_ID));
    }

    private static String nameOf(Map<String, String> stylists, String staffId) {
        return text(stylists.get(staffId));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
