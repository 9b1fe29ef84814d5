package com.salondesk.persistence.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salondesk.domain.branch.BranchEvent;
import com.salondesk.domain.customer.CustomerEvent;
import com.salondesk.domain.service.ServiceEvent;
import com.salondesk.domain.staff.StaffEvent;
import com.salondesk.persistence.desk.DeskSchema.Branches;
import com.salondesk.persistence.desk.DeskSchema.Customers;
import com.salondesk.persistence.desk.DeskSchema.Services;
import com.salondesk.persistence.desk.DeskSchema.Staff;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.runtime.Projection;
import java.util.Locale;
import org.jooq.DSLContext;

/** Branches, the service menu, staff and customers as the front desk looks them up. */
public final class DirectoryProjection implements Projection {

    public static final String NAME = "directory";

    private final ObjectMapper json;

    public DirectoryProjection(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean handles(RecordedEvent event) {
        return event.event() instanceof BranchEvent || event.event() instanceof ServiceEvent
                || event.event() instanceof StaffEvent || event.event() instanceof CustomerEvent;
    }

    @Override
    public void apply(DSLContext tx, RecordedEvent recorded) {
        switch (recorded.event()) {
            case BranchEvent.Opened o -> tx.mergeInto(Branches.TABLE)
                    .using(tx.selectOne()).on(Branches.BRANCH_ID.eq(o.branchId()))
                    .whenMatchedThenUpdate().set(Branches.NAME, o.name())
                    .whenNotMatchedThenInsert(Branches.BRANCH_ID, Branches.NAME, Branches.ADDRESS, Branches.TIME_ZONE,
                            Branches.CURRENCY, Branches.OPENING_HOURS)
                    .values(o.branchId(), o.name(), o.address().toString(), o.timeZone(), o.currency(),
                            write(o.openingHours()))
                    .execute();
            case BranchEvent.OpeningHoursChanged c -> tx.update(Branches.TABLE)
                    .set(Branches.OPENING_HOURS, write(c.openingHours()))
                    .where(Branches.BRANCH_ID.eq(c.branchId())).execute();
            case ServiceEvent.Added a -> tx.insertInto(Services.TABLE)
                    .set(Services.SERVICE_ID, a.serviceId())
                    .set(Services.NAME, a.name())
                    .set(Services.CATEGORY, a.category())
                    .set(Services.DURATION_MINUTES, a.durationMinutes())
                    .set(Services.PRICE, a.price().amount())
                    .set(Services.CURRENCY, a.price().currency())
                    .execute();
            case ServiceEvent.PriceChanged c -> tx.update(Services.TABLE)
                    .set(Services.PRICE, c.price().amount())
                    .set(Services.CURRENCY, c.price().currency())
                    .where(Services.SERVICE_ID.eq(c.serviceId())).execute();
            // A timed service takes the client its active, processing and finishing time.
            case ServiceEvent.TimingChanged t -> tx.update(Services.TABLE)
                    .set(Services.DURATION_MINUTES, t.activeMinutes() + t.processingMinutes() + t.finishingMinutes())
                    .where(Services.SERVICE_ID.eq(t.serviceId())).execute();
            case StaffEvent.Hired h -> tx.insertInto(Staff.TABLE)
                    .set(Staff.STAFF_ID, h.staffId())
                    .set(Staff.BRANCH_ID, h.branchId())
                    .set(Staff.NAME, h.name())
                    .set(Staff.ROLE, h.role().name())
                    .set(Staff.SERVICE_IDS, write(h.serviceIds()))
                    .set(Staff.WORKING_HOURS, write(h.workingHours()))
                    .execute();
            case StaffEvent.ServicesChanged c -> tx.update(Staff.TABLE)
                    .set(Staff.SERVICE_IDS, write(c.serviceIds()))
                    .where(Staff.STAFF_ID.eq(c.staffId())).execute();
            case StaffEvent.WorkingHoursChanged c -> tx.update(Staff.TABLE)
                    .set(Staff.WORKING_HOURS, write(c.workingHours()))
                    .where(Staff.STAFF_ID.eq(c.staffId())).execute();
            case CustomerEvent.Registered r -> tx.insertInto(Customers.TABLE)
                    .set(Customers.CUSTOMER_ID, r.customerId())
                    .set(Customers.NAME, r.name())
                    .set(Customers.PHONE, r.phone())
                    .set(Customers.EMAIL, r.email())
                    .set(Customers.NOTES, r.notes())
                    .set(Customers.MARKETING_CONSENT, r.marketingConsent())
                    .set(Customers.SEARCH_TEXT, searchText(r.name(), r.phone(), r.email()))
                    .execute();
            case CustomerEvent.DetailsChanged c -> tx.update(Customers.TABLE)
                    .set(Customers.NAME, c.name())
                    .set(Customers.PHONE, c.phone())
                    .set(Customers.EMAIL, c.email())
                    .set(Customers.NOTES, c.notes())
                    .set(Customers.MARKETING_CONSENT, c.marketingConsent())
                    .set(Customers.SEARCH_TEXT, searchText(c.name(), c.phone(), c.email()))
                    .where(Customers.CUSTOMER_ID.eq(c.customerId())).execute();
            default -> {
                // not a directory fact
            }
        }
    }

    /** Lower-case name, e-mail and the phone's digits, so a search matches any of them. */
    static String searchText(String name, String phone, String email) {
        return (name + " " + email + " " + phone.replaceAll("[^0-9+]", "")).toLowerCase(Locale.ROOT);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value, e);
        }
    }

    @Override
    public java.util.List<String> tables() {
        return java.util.List.of("branch_directory", "service_menu", "staff_directory", "customer_directory");
    }

    @Override
    public void reset(DSLContext tx) {
        tx.deleteFrom(Branches.TABLE).execute();
        tx.deleteFrom(Services.TABLE).execute();
        tx.deleteFrom(Staff.TABLE).execute();
        tx.deleteFrom(Customers.TABLE).execute();
    }
}
