package com.salondesk.persistence.projection;

import com.salondesk.domain.customer.ContactKeys;
import com.salondesk.domain.customer.CustomerEvent;
import com.salondesk.domain.customer.SearchTerms;
import com.salondesk.persistence.desk.CustomerSearchSchema.Records;
import com.salondesk.persistence.desk.CustomerSearchSchema.Terms;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.runtime.Projection;
import java.util.List;
import org.jooq.DSLContext;

/**
 * The customer search read model: each record's contact keys, which record it was merged into, and the words it is
 * found by — pointed at the record that lives on, so every search ends at a survivor.
 */
public final class CustomerSearchProjection implements Projection {

    public static final String NAME = "customer_search";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean handles(RecordedEvent event) {
        return event.event() instanceof CustomerEvent;
    }

    @Override
    public void apply(DSLContext tx, RecordedEvent recorded) {
        switch ((CustomerEvent) recorded.event()) {
            case CustomerEvent.Registered r -> details(tx, r.customerId(), r.name(), r.phone(), r.email());
            case CustomerEvent.DetailsChanged c -> details(tx, c.customerId(), c.name(), c.phone(), c.email());
            case CustomerEvent.Merged m -> {
                details(tx, m.customerId(), m.name(), m.phone(), m.email());
                mergeInto(tx, m.mergedCustomerId(), m.customerId());
            }
            case CustomerEvent.MergedInto m -> mergeInto(tx, m.customerId(), m.survivorId());
        }
    }

    private static void details(DSLContext tx, String customerId, String name, String phone, String email) {
        // Update, else insert: H2's MERGE … USING scans the table, which a replay of many customers cannot afford.
        int updated = tx.update(Records.TABLE)
                .set(Records.PHONE_KEY, ContactKeys.phone(phone))
                .set(Records.EMAIL_KEY, ContactKeys.email(email))
                .where(Records.CUSTOMER_ID.eq(customerId)).execute();
        String shownAs = null;
        if (updated == 0) {
            tx.insertInto(Records.TABLE, Records.CUSTOMER_ID, Records.PHONE_KEY, Records.EMAIL_KEY)
                    .values(customerId, ContactKeys.phone(phone), ContactKeys.email(email)).execute();
        } else {
            shownAs = tx.select(Records.SURVIVOR_ID).from(Records.TABLE).where(Records.CUSTOMER_ID.eq(customerId))
                    .fetchOne(Records.SURVIVOR_ID);
            tx.deleteFrom(Terms.TABLE).where(Terms.SOURCE_ID.eq(customerId)).execute();
        }
        // Distinct after cutting to the column's width: the source's terms are a key.
        var terms = new java.util.LinkedHashSet<String>();
        SearchTerms.of(name, phone, email).forEach(t -> terms.add(t.length() > 200 ? t.substring(0, 200) : t));
        if (terms.isEmpty()) {
            return;
        }
        var insert = tx.insertInto(Terms.TABLE, Terms.SOURCE_ID, Terms.TERM, Terms.CUSTOMER_ID);
        for (String term : terms) {
            insert = insert.values(customerId, term,
                    shownAs == null ? customerId : shownAs);
        }
        insert.execute();
    }

    /** The duplicate, and any record merged into it before, now show as the survivor. */
    private static void mergeInto(DSLContext tx, String duplicateId, String survivorId) {
        tx.update(Records.TABLE).set(Records.SURVIVOR_ID, survivorId)
                .where(Records.CUSTOMER_ID.eq(duplicateId).or(Records.SURVIVOR_ID.eq(duplicateId))).execute();
        tx.update(Terms.TABLE).set(Terms.CUSTOMER_ID, survivorId)
                .where(Terms.CUSTOMER_ID.eq(duplicateId)).execute();
    }

    @Override
    public List<String> tables() {
        return List.of("customer_records", "customer_search_terms");
    }

    @Override
    public void reset(DSLContext tx) {
        tx.deleteFrom(Terms.TABLE).execute();
        tx.deleteFrom(Records.TABLE).execute();
    }
}
