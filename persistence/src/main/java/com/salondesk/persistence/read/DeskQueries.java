package com.salondesk.persistence.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salondesk.domain.attention.AttentionKind;
import com.salondesk.domain.attention.Resolution;
import com.salondesk.domain.booking.BookingStatus;
import com.salondesk.domain.booking.CancelReason;
import com.salondesk.domain.customer.CustomerDetails;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.shared.WeeklyHours;
import com.salondesk.domain.staff.StaffRole;
import com.salondesk.persistence.desk.DeskDatabase;
import com.salondesk.persistence.desk.DeskSchema.AttentionEntries;
import com.salondesk.persistence.desk.DeskSchema.Bookings;
import com.salondesk.persistence.desk.DeskSchema.Branches;
import com.salondesk.persistence.desk.DeskSchema.Customers;
import com.salondesk.persistence.desk.DeskSchema.Services;
import com.salondesk.persistence.desk.DeskSchema.Staff;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;

/** The questions the desk's screens ask of the read models. Reads only; never touches the log. */
public final class DeskQueries {

    private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {
    };

    private final DSLContext dsl;
    private final ObjectMapper json;

    public DeskQueries(DeskDatabase database, ObjectMapper json) {
        this.dsl = database.dsl();
        this.json = json;
    }

    public List<BranchView> branches() {
        return dsl.select(Branches.ALL).from(Branches.TABLE).orderBy(Branches.NAME).fetch(this::branch);
    }

    public Optional<BranchView> branch(String branchId) {
        return dsl.select(Branches.ALL).from(Branches.TABLE).where(Branches.BRANCH_ID.eq(branchId)).fetchOptional(this::branch);
    }

    public List<ServiceView> services() {
        return dsl.select(Services.ALL).from(Services.TABLE).orderBy(Services.CATEGORY, Services.NAME).fetch(DeskQueries::service);
    }

    public Optional<ServiceView> service(String serviceId) {
        return dsl.select(Services.ALL).from(Services.TABLE).where(Services.SERVICE_ID.eq(serviceId)).fetchOptional(DeskQueries::service);
    }

    /** Staff of a branch, by name. */
    public List<StaffView> staffOf(String branchId) {
        return dsl.select(Staff.ALL).from(Staff.TABLE).where(Staff.BRANCH_ID.eq(branchId)).orderBy(Staff.NAME).fetch(this::staff);
    }

    public Optional<StaffView> staffMember(String staffId) {
        return dsl.select(Staff.ALL).from(Staff.TABLE).where(Staff.STAFF_ID.eq(staffId)).fetchOptional(this::staff);
    }

    public Optional<CustomerView> customer(String customerId) {
        return dsl.select(Customers.ALL).from(Customers.TABLE).where(Customers.CUSTOMER_ID.eq(customerId))
                .fetchOptional(DeskQueries::customer);
    }

    /** Customers whose name, e-mail or phone contains every word of {@code text}, best matches first. */
    public List<CustomerView> searchCustomers(String text, int limit) {
        org.jooq.Condition condition = org.jooq.impl.DSL.noCondition();
        for (String word : text.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
            if (!word.isEmpty()) {
                String term = word.matches("[0-9 +()\\-]+") ? word.replaceAll("[^0-9+]", "") : word;
                condition = condition.and(Customers.SEARCH_TEXT.contains(term));
            }
        }
        return dsl.select(Customers.ALL).from(Customers.TABLE).where(condition).orderBy(Customers.NAME).limit(limit)
                .fetch(DeskQueries::customer);
    }

    /**
     * Customers on file who are probably the person described: the same name and phone number
     * ({@link CustomerDetails#isLikelySameAs}). The new-customer form warns about them before adding a duplicate.
     */
    public List<CustomerView> likelySameCustomers(CustomerDetails details) {
        if (details.phone().isEmpty()) {
            return List.of();
        }
        return dsl.select(Customers.ALL).from(Customers.TABLE)
                // Narrowed by the phone's digits in the search text; the domain's rule then decides.
                .where(Customers.SEARCH_TEXT.contains(details.phone().replaceAll("[^0-9+]", "")))
                .orderBy(Customers.CUSTOMER_ID)
                .fetch(DeskQueries::customer).stream()
                .filter(c -> details.isLikelySameAs(new CustomerDetails(c.name(), c.phone(), c.email(), c.notes(),
                        c.marketingConsent())))
                .toList();
    }

    public int customerCount() {
        return dsl.fetchCount(Customers.TABLE);
    }

    /** The bookings of a branch that start on {@code date} in the branch's time zone, by start time. */
    public List<BookingView> bookingsOn(String branchId, LocalDate date, ZoneId zone) {
        return bookingsBetween(branchId, date, date.plusDays(1), zone);
    }

    /**
     * The bookings of a branch that start on a day from {@code from} up to (not including) {@code until} in the
     * branch's time zone, by start time: a week of the book in one indexed query.
     */
    public List<BookingView> bookingsBetween(String branchId, LocalDate from, LocalDate until, ZoneId zone) {
        return bookingsStarting(branchId, from.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC),
                until.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** The customers on file among {@code customerIds} (an id not on file is left out), by name. */
    public List<CustomerView> customers(Collection<String> customerIds) {
        if (customerIds.isEmpty()) {
            return List.of();
        }
        return dsl.select(Customers.ALL).from(Customers.TABLE).where(Customers.CUSTOMER_ID.in(Set.copyOf(customerIds)))
                .orderBy(Customers.NAME).fetch(DeskQueries::customer);
    }

    private List<BookingView> bookingsStarting(String branchId, OffsetDateTime from, OffsetDateTime to) {
        return dsl.select(Bookings.ID, Bookings.CUSTOMER_ID, Customers.NAME, Bookings.BRANCH_ID, Bookings.STAFF_ID,
                        Bookings.SERVICE_ID, Services.NAME, Bookings.STATUS, Bookings.SCHEDULED_AT, Bookings.ENDS_AT,
                        Bookings.TOTAL_AMOUNT, Bookings.CURRENCY, Bookings.CANCEL_REASON, Bookings.CANCEL_CATEGORY,
                        Bookings.TIME_LOST, Bookings.NOTES)
                .from(Bookings.TABLE)
                .leftJoin(Customers.TABLE).on(Customers.CUSTOMER_ID.eq(Bookings.CUSTOMER_ID))
                .leftJoin(Services.TABLE).on(Services.SERVICE_ID.eq(Bookings.SERVICE_ID))
                .where(Bookings.BRANCH_ID.eq(branchId))
                .and(Bookings.SCHEDULED_AT.ge(from)).and(Bookings.SCHEDULED_AT.lt(to))
                .orderBy(Bookings.SCHEDULED_AT, Bookings.STAFF_ID)
                .fetch(r -> new BookingView(r.get(Bookings.ID), r.get(Bookings.CUSTOMER_ID),
                        orUnknown(r.get(Customers.NAME)), r.get(Bookings.BRANCH_ID), r.get(Bookings.STAFF_ID),
                        r.get(Bookings.SERVICE_ID), orUnknown(r.get(Services.NAME)),
                        BookingStatus.valueOf(r.get(Bookings.STATUS)), r.get(Bookings.SCHEDULED_AT).toInstant(),
                        r.get(Bookings.ENDS_AT).toInstant(),
                        new Money(r.get(Bookings.TOTAL_AMOUNT), r.get(Bookings.CURRENCY).strip()),
                        r.get(Bookings.CANCEL_REASON), cancelCategory(r.get(Bookings.STATUS), r.get(Bookings.CANCEL_CATEGORY)),
                        Boolean.TRUE.equals(r.get(Bookings.TIME_LOST)), r.get(Bookings.NOTES)));
    }

    public Optional<BookingView> booking(String bookingId) {
        return dsl.select(Bookings.SCHEDULED_AT, Bookings.BRANCH_ID).from(Bookings.TABLE)
                .where(Bookings.ID.eq(bookingId)).fetchOptional()
                .flatMap(r -> {
                    ZoneId zone = branch(r.get(Bookings.BRANCH_ID)).map(BranchView::zone).orElse(ZoneOffset.UTC);
                    LocalDate day = r.get(Bookings.SCHEDULED_AT).atZoneSameInstant(zone).toLocalDate();
                    return bookingsOn(r.get(Bookings.BRANCH_ID), day, zone).stream()
                            .filter(b -> b.bookingId().equals(bookingId)).findFirst();
                });
    }

    /** The open entries on the Needs-attention list of the desk {@code deviceId} (the desk that lost), oldest first. */
    public List<AttentionView> openAttention(String deviceId) {
        return dsl.select(AttentionEntries.ALL).from(AttentionEntries.TABLE)
                .where(AttentionEntries.DEVICE_ID.eq(deviceId)).and(AttentionEntries.RESOLUTION.isNull())
                .orderBy(AttentionEntries.RAISED_AT, AttentionEntries.ENTRY_ID)
                .fetch(this::attention);
    }

    /** How many entries wait on the Needs-attention list of the desk {@code deviceId}; the main window's counter. */
    public int openAttentionCount(String deviceId) {
        return dsl.fetchCount(AttentionEntries.TABLE,
                AttentionEntries.DEVICE_ID.eq(deviceId).and(AttentionEntries.RESOLUTION.isNull()));
    }

    /** One entry, open or resolved. */
    public Optional<AttentionView> attention(String entryId) {
        return dsl.select(AttentionEntries.ALL).from(AttentionEntries.TABLE)
                .where(AttentionEntries.ENTRY_ID.eq(entryId)).fetchOptional(this::attention);
    }

    public int bookingCount() {
        return dsl.fetchCount(Bookings.TABLE);
    }

    /** A cancelled booking's category (OTHER if the row has none); null for a booking that is not cancelled. */
    private static CancelReason.Category cancelCategory(String status, String category) {
        if (!BookingStatus.CANCELLED.name().equals(status)) {
            return null;
        }
        return category == null ? CancelReason.Category.OTHER : CancelReason.Category.valueOf(category);
    }

    private static String orUnknown(String name) {
        return name == null ? "(unknown)" : name;
    }

    private AttentionView attention(Record r) {
        return new AttentionView(r.get(AttentionEntries.ENTRY_ID), AttentionKind.valueOf(r.get(AttentionEntries.KIND)),
                r.get(AttentionEntries.BOOKING_ID), read(r.get(AttentionEntries.RIVAL_BOOKING_IDS), STRING_LIST),
                r.get(AttentionEntries.REJECTION_CODE), read(r.get(AttentionEntries.REJECTION_ARGUMENTS), STRING_LIST),
                r.get(AttentionEntries.SUPERSEDED_EVENT_ID), r.get(AttentionEntries.SUPERSEDED_TYPE),
                r.get(AttentionEntries.SUPERSEDED_STREAM_ID), r.get(AttentionEntries.DEVICE_ID),
                r.get(AttentionEntries.RAISED_AT).toInstant(),
                r.get(AttentionEntries.RESOLUTION) == null ? null : Resolution.valueOf(r.get(AttentionEntries.RESOLUTION)),
                r.get(AttentionEntries.RESOLVED_BY),
                r.get(AttentionEntries.RESOLVED_AT) == null ? null : r.get(AttentionEntries.RESOLVED_AT).toInstant());
    }

    private BranchView branch(Record r) {
        return new BranchView(r.get(Branches.BRANCH_ID), r.get(Branches.NAME), r.get(Branches.ADDRESS),
                ZoneId.of(r.get(Branches.TIME_ZONE)), r.get(Branches.CURRENCY).strip(),
                read(r.get(Branches.OPENING_HOURS), WeeklyHours.class));
    }

    private static ServiceView service(Record r) {
        return new ServiceView(r.get(Services.SERVICE_ID), r.get(Services.NAME), r.get(Services.CATEGORY),
                r.get(Services.DURATION_MINUTES), new Money(r.get(Services.PRICE), r.get(Services.CURRENCY).strip()));
    }

    private StaffView staff(Record r) {
        List<String> services = read(r.get(Staff.SERVICE_IDS), STRING_LIST);
        return new StaffView(r.get(Staff.STAFF_ID), r.get(Staff.BRANCH_ID), r.get(Staff.NAME),
                StaffRole.valueOf(r.get(Staff.ROLE)), Set.copyOf(services),
                read(r.get(Staff.WORKING_HOURS), WeeklyHours.class));
    }

    private static CustomerView customer(Record r) {
        return new CustomerView(r.get(Customers.CUSTOMER_ID), r.get(Customers.NAME), r.get(Customers.PHONE),
                r.get(Customers.EMAIL), r.get(Customers.NOTES), r.get(Customers.MARKETING_CONSENT));
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("read model holds unreadable " + type.getSimpleName(), e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("read model holds unreadable " + type.getType(), e);
        }
    }
}
