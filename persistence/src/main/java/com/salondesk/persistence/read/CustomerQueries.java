package com.salondesk.persistence.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salondesk.domain.booking.BookingStatus;
import com.salondesk.domain.booking.CancelReason;
import com.salondesk.domain.customer.CustomerImport;
import com.salondesk.domain.customer.SearchTerms;
import com.salondesk.domain.shared.Money;
import com.salondesk.persistence.desk.CustomerSearchSchema.Records;
import com.salondesk.persistence.desk.CustomerSearchSchema.Terms;
import com.salondesk.persistence.desk.DeskDatabase;
import com.salondesk.persistence.desk.DeskSchema.Bookings;
import com.salondesk.persistence.desk.DeskSchema.Branches;
import com.salondesk.persistence.desk.DeskSchema.Customers;
import com.salondesk.persistence.desk.DeskSchema.Services;
import com.salondesk.persistence.desk.DeskSchema.Staff;
import com.salondesk.persistence.desk.PaymentLedgerSchema.Checkouts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The questions the customer screens ask: search as one types, a customer's profile and history (the bookings of
 * every record merged into theirs included), and whether a phone number or e-mail address is on file already.
 */
public final class CustomerQueries {

    private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {
    };
    private static final List<String> COMING = List.of(BookingStatus.REQUESTED.name(), BookingStatus.CONFIRMED.name(),
            BookingStatus.CHECKED_IN.name());

    private final DSLContext dsl;
    private final ObjectMapper json;

    public CustomerQueries(DeskDatabase database, ObjectMapper json) {
        this.dsl = database.dsl();
        this.json = json;
    }

    /**
     * Customers found by what was typed ({@link SearchTerms#query}: every word begins one of their words), merged-away
     * records shown as their survivor, by name, at most {@code limit}, each with their next booking after {@code now}.
     */
    public List<CustomerMatch> search(String text, int limit, Instant now) {
        List<List<String>> words = SearchTerms.query(text);
        if (words.isEmpty()) {
            return List.of();
        }
        Condition found = DSL.noCondition();
        for (List<String> alternatives : words) {
            // One index range per beginning: H2 scans the whole index for LIKEs joined by OR, not for a UNION.
            org.jooq.Select<org.jooq.Record1<String>> any = null;
            for (String prefix : alternatives) {
                var range = DSL.select(Terms.CUSTOMER_ID).from(Terms.TABLE)
                        .where(Terms.TERM.like(DSL.inline(escape(prefix) + "%"), '!'));
                any = any == null ? range : any.unionAll(range);
            }
            found = found.and(Customers.CUSTOMER_ID.in(any));
        }
        List<CustomerView> customers = dsl.select(Customers.ALL).from(Customers.TABLE).where(found)
                .orderBy(Customers.NAME, Customers.CUSTOMER_ID).limit(limit).fetch(CustomerQueries::customer);
        Map<String, Instant> next = nextBookings(customers.stream().map(CustomerView::customerId).toList(), now);
        List<CustomerMatch> matches = new ArrayList<>(customers.size());
        for (CustomerView c : customers) {
            matches.add(new CustomerMatch(c, next.get(c.customerId())));
        }
        return matches;
    }

    /** The next booking of each of these customers (their merged records' included), in two queries for all. */
    private Map<String, Instant> nextBookings(List<String> customerIds, Instant now) {
        Map<String, String> shownAs = new HashMap<>();
        customerIds.forEach(id -> shownAs.put(id, id));
        dsl.select(Records.CUSTOMER_ID, Records.SURVIVOR_ID).from(Records.TABLE)
                .where(Records.SURVIVOR_ID.in(customerIds))
                .forEach(r -> shownAs.put(r.get(Records.CUSTOMER_ID), r.get(Records.SURVIVOR_ID)));
        Map<String, Instant> next = new HashMap<>();
        var first = DSL.min(Bookings.SCHEDULED_AT);
        for (var r : dsl.select(Bookings.CUSTOMER_ID, first).from(Bookings.TABLE)
                .where(Bookings.CUSTOMER_ID.in(shownAs.keySet()))
                .and(Bookings.SCHEDULED_AT.ge(now.atOffset(ZoneOffset.UTC)))
                .and(Bookings.STATUS.in(COMING)).and(Bookings.TIME_LOST.isFalse())
                .groupBy(Bookings.CUSTOMER_ID).fetch()) {
            next.merge(shownAs.get(r.value1()), r.value2().toInstant(), (a, b) -> a.isBefore(b) ? a : b);
        }
        return next;
    }

    /** The start of a customer's next booking after {@code now} that is still to come. */
    public Optional<Instant> nextBooking(String customerId, Instant now) {
        return Optional.ofNullable(dsl.select(DSL.min(Bookings.SCHEDULED_AT)).from(Bookings.TABLE)
                        .where(Bookings.CUSTOMER_ID.in(idsOf(customerId)))
                        .and(Bookings.SCHEDULED_AT.ge(now.atOffset(ZoneOffset.UTC)))
                        .and(Bookings.STATUS.in(COMING)).and(Bookings.TIME_LOST.isFalse())
                        .fetchOne(0, java.time.OffsetDateTime.class))
                .map(java.time.OffsetDateTime::toInstant);
    }

    /** The record that lives on for {@code customerId}: itself, unless it was merged into another. */
    public String survivorOf(String customerId) {
        String id = customerId;
        // A survivor merged away later points further on; the read model re-points records, so one step is usual.
        for (int step = 0; step < 10; step++) {
            String next = dsl.select(Records.SURVIVOR_ID).from(Records.TABLE).where(Records.CUSTOMER_ID.eq(id))
                    .fetchOptional(Records.SURVIVOR_ID).orElse(null);
            if (next == null) {
                return id;
            }
            id = next;
        }
        return id;
    }

    /** The customer's own id and the ids of every record merged into theirs. */
    public List<String> idsOf(String customerId) {
        List<String> ids = new ArrayList<>();
        ids.add(customerId);
        ids.addAll(mergedInto(customerId));
        return ids;
    }

    private List<String> mergedInto(String customerId) {
        return dsl.select(Records.CUSTOMER_ID).from(Records.TABLE).where(Records.SURVIVOR_ID.eq(customerId))
                .orderBy(Records.CUSTOMER_ID).fetch(Records.CUSTOMER_ID);
    }

    /** A customer's profile as of {@code now}; the survivor's, when {@code customerId} was merged away. */
    public Optional<CustomerProfile> profile(String customerId, Instant now) {
        String survivor = survivorOf(customerId);
        Optional<CustomerView> customer = dsl.select(Customers.ALL).from(Customers.TABLE)
                .where(Customers.CUSTOMER_ID.eq(survivor)).fetchOptional(CustomerQueries::customer);
        if (customer.isEmpty()) {
            return Optional.empty();
        }
        List<String> ids = idsOf(survivor);
        List<CustomerVisit> visits = visits(ids);
        List<CustomerVisit> history = new ArrayList<>();
        List<CustomerVisit> upcoming = new ArrayList<>();
        int noShows = 0;
        int cancellations = 0;
        for (CustomerVisit v : visits) {
            boolean coming = !v.status().isOver() && !v.start().isBefore(now);
            if (coming) {
                upcoming.add(v);
            } else {
                history.add(v);
            }
            noShows += v.status() == BookingStatus.NO_SHOW ? 1 : 0;
            cancellations += v.status() == BookingStatus.CANCELLED ? 1 : 0;
        }
        history.sort((a, b) -> b.start().compareTo(a.start()));
        return Optional.of(new CustomerProfile(customer.get(), ids.subList(1, ids.size()), history, upcoming, noShows,
                cancellations, spend(ids)));
    }

    /** Every booking of these records, soonest first, with what their checkouts took. */
    private List<CustomerVisit> visits(List<String> ids) {
        Map<String, Money> spendByBooking = spendByBooking(ids);
        return dsl.select(Bookings.ID, Bookings.CUSTOMER_ID, Bookings.SCHEDULED_AT, Bookings.ENDS_AT, Bookings.STATUS,
                        Bookings.CANCEL_CATEGORY, Bookings.CANCEL_REASON, Bookings.TOTAL_AMOUNT, Bookings.CURRENCY,
                        Branches.NAME, Branches.TIME_ZONE, Staff.NAME, Services.NAME)
                .from(Bookings.TABLE)
                .leftJoin(Branches.TABLE).on(Branches.BRANCH_ID.eq(Bookings.BRANCH_ID))
                .leftJoin(Staff.TABLE).on(Staff.STAFF_ID.eq(Bookings.STAFF_ID))
                .leftJoin(Services.TABLE).on(Services.SERVICE_ID.eq(Bookings.SERVICE_ID))
                .where(Bookings.CUSTOMER_ID.in(ids))
                .orderBy(Bookings.SCHEDULED_AT, Bookings.ID)
                .fetch(r -> visit(r, spendByBooking));
    }

    private static CustomerVisit visit(Record r, Map<String, Money> spendByBooking) {
        BookingStatus status = BookingStatus.valueOf(r.get(Bookings.STATUS));
        CancelReason.Category category = status != BookingStatus.CANCELLED ? null
                : r.get(Bookings.CANCEL_CATEGORY) == null ? CancelReason.Category.OTHER
                : CancelReason.Category.valueOf(r.get(Bookings.CANCEL_CATEGORY));
        String zone = r.get(Branches.TIME_ZONE);
        return new CustomerVisit(r.get(Bookings.ID), r.get(Bookings.CUSTOMER_ID),
                r.get(Bookings.SCHEDULED_AT).toInstant(), r.get(Bookings.ENDS_AT).toInstant(),
                zone == null ? ZoneOffset.UTC : ZoneId.of(zone), orUnknown(r.get(Branches.NAME)),
                orUnknown(r.get(Staff.NAME)), orUnknown(r.get(Services.NAME)), status, category,
                r.get(Bookings.CANCEL_REASON),
                new Money(r.get(Bookings.TOTAL_AMOUNT), r.get(Bookings.CURRENCY).strip()),
                spendByBooking.get(r.get(Bookings.ID)));
    }

    /** Each checkout's total against the first booking it settled. */
    private Map<String, Money> spendByBooking(List<String> ids) {
        Map<String, Money> spend = new HashMap<>();
        for (Record r : dsl.select(Checkouts.BOOKING_IDS, Checkouts.TOTAL, Checkouts.CURRENCY).from(Checkouts.TABLE)
                .where(Checkouts.CUSTOMER_ID.in(ids)).orderBy(Checkouts.AT).fetch()) {
            List<String> bookings = read(r.get(Checkouts.BOOKING_IDS));
            if (!bookings.isEmpty()) {
                Money total = new Money(r.get(Checkouts.TOTAL), r.get(Checkouts.CURRENCY).strip());
                spend.merge(bookings.getFirst(), total, (a, b) -> new Money(a.amount().add(b.amount()), a.currency()));
            }
        }
        return spend;
    }

    /** What these records spent at checkouts (retail sales too), one sum per currency. */
    private List<Money> spend(List<String> ids) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (Record r : dsl.select(Checkouts.CURRENCY, DSL.sum(Checkouts.TOTAL)).from(Checkouts.TABLE)
                .where(Checkouts.CUSTOMER_ID.in(ids)).groupBy(Checkouts.CURRENCY).fetch()) {
            sums.merge(r.get(Checkouts.CURRENCY).strip(), r.get(1, BigDecimal.class), BigDecimal::add);
        }
        return sums.entrySet().stream().map(e -> new Money(e.getValue(), e.getKey())).toList();
    }

    /** Customers on file by their contact keys, for a customer list's import: the survivor's name. */
    public CustomerImport.OnFile onFile() {
        return new CustomerImport.OnFile() {
            @Override
            public Optional<String> nameWithPhoneKey(String phoneKey) {
                return nameWith(Records.PHONE_KEY.eq(phoneKey));
            }

            @Override
            public Optional<String> nameWithEmailKey(String emailKey) {
                return nameWith(Records.EMAIL_KEY.eq(emailKey));
            }
        };
    }

    private Optional<String> nameWith(Condition key) {
        return dsl.select(Records.CUSTOMER_ID, Records.SURVIVOR_ID).from(Records.TABLE).where(key)
                .orderBy(Records.CUSTOMER_ID).limit(1).fetchOptional()
                .flatMap(r -> {
                    String id = r.get(Records.SURVIVOR_ID) == null ? r.get(Records.CUSTOMER_ID) : r.get(Records.SURVIVOR_ID);
                    return dsl.select(Customers.NAME).from(Customers.TABLE).where(Customers.CUSTOMER_ID.eq(id))
                            .fetchOptional(Customers.NAME);
                });
    }

    private static String escape(String prefix) {
        return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static String orUnknown(String name) {
        return name == null ? "(unknown)" : name;
    }

    private List<String> read(String text) {
        try {
            return text == null ? List.of() : json.readValue(text, STRING_LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the checkout ledger holds unreadable booking ids", e);
        }
    }

    private static CustomerView customer(Record r) {
        return new CustomerView(r.get(Customers.CUSTOMER_ID), r.get(Customers.NAME), r.get(Customers.PHONE),
                r.get(Customers.EMAIL), r.get(Customers.NOTES), r.get(Customers.MARKETING_CONSENT));
    }
}
