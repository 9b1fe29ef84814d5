package com.salondesk.persistence.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salondesk.domain.booking.BookingStatus;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.shared.WeeklyHours;
import com.salondesk.domain.staff.StaffRole;
import com.salondesk.persistence.desk.DashboardSchema.Bookings;
import com.salondesk.persistence.desk.DashboardSchema.Branches;
import com.salondesk.persistence.desk.DashboardSchema.MoneyEntries;
import com.salondesk.persistence.desk.DashboardSchema.Staff;
import com.salondesk.persistence.desk.DeskDatabase;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The dashboard's questions: a branch's or the whole chain's day figures, how busy each stylist is, and the
 * rebooking rate, all over a range of business days. Reads only the dashboard read model ({@code V80}).
 */
public final class DashboardQueries {

    private final DSLContext dsl;
    private final ObjectMapper json;

    public DashboardQueries(DeskDatabase database, ObjectMapper json) {
        this.dsl = database.dsl();
        this.json = json;
    }

    /** One entry per business day from {@code from} to {@code to} (both included), days without anything too. */
    public List<DashboardDay> days(DashboardScope scope, LocalDate from, LocalDate to) {
        checkRange(from, to);
        Map<LocalDate, Map<BookingStatus, Integer>> counts = new HashMap<>();
        Map<LocalDate, Map<String, BigDecimal>> expected = new HashMap<>();
        for (Record r : dsl.select(Bookings.BUSINESS_DATE, Bookings.STATUS, Bookings.CURRENCY, DSL.count(),
                        DSL.sum(Bookings.PRICE))
                .from(Bookings.TABLE)
                .where(Bookings.BUSINESS_DATE.between(from, to)).and(inScope(scope, Bookings.BRANCH_ID))
                .groupBy(Bookings.BUSINESS_DATE, Bookings.STATUS, Bookings.CURRENCY)
                .fetch()) {
            LocalDate date = r.get(Bookings.BUSINESS_DATE);
            BookingStatus status = BookingStatus.valueOf(r.get(Bookings.STATUS));
            counts.computeIfAbsent(date, d -> new EnumMap<>(BookingStatus.class))
                    .merge(status, r.get(3, Integer.class), Integer::sum);
            if (status != BookingStatus.CANCELLED && status != BookingStatus.NO_SHOW) {
                expected.computeIfAbsent(date, d -> new TreeMap<>())
                        .merge(r.get(Bookings.CURRENCY).strip(), r.get(4, BigDecimal.class), BigDecimal::add);
            }
        }
        Map<LocalDate, Map<String, BigDecimal>> taken = new HashMap<>();
        for (Record r : dsl.select(MoneyEntries.BUSINESS_DATE, MoneyEntries.CURRENCY, DSL.sum(MoneyEntries.AMOUNT))
                .from(MoneyEntries.TABLE)
                .where(MoneyEntries.BUSINESS_DATE.between(from, to)).and(inScope(scope, MoneyEntries.BRANCH_ID))
                // Paying with a gift voucher spends money taken when the voucher was sold.
                .and(MoneyEntries.TENDER.ne("VOUCHER"))
                .groupBy(MoneyEntries.BUSINESS_DATE, MoneyEntries.CURRENCY)
                .fetch()) {
            taken.computeIfAbsent(r.get(MoneyEntries.BUSINESS_DATE), d -> new TreeMap<>())
                    .merge(r.get(MoneyEntries.CURRENCY).strip(), r.get(2, BigDecimal.class), BigDecimal::add);
        }
        List<DashboardDay> days = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            days.add(new DashboardDay(date, counts.getOrDefault(date, Map.of()),
                    amounts(expected.getOrDefault(date, Map.of())), amounts(taken.getOrDefault(date, Map.of()))));
        }
        return List.copyOf(days);
    }

    /**
     * Each stylist's booked minutes against working minutes from {@code from} to {@code to}, by name: the stylists
     * of the branch (or chain), and anyone else booked there. Receptionists take no bookings and are left out.
     */
    public List<StylistLoad> stylists(DashboardScope scope, LocalDate from, LocalDate to) {
        checkRange(from, to);
        Map<String, Integer> booked = new HashMap<>();
        for (Record r : dsl.select(Bookings.STAFF_ID, DSL.sum(Bookings.MINUTES))
                .from(Bookings.TABLE)
                .where(Bookings.BUSINESS_DATE.between(from, to)).and(inScope(scope, Bookings.BRANCH_ID))
                .and(Bookings.STATUS.ne(BookingStatus.CANCELLED.name())).and(Bookings.HOLDS_TIME.isTrue())
                .groupBy(Bookings.STAFF_ID)
                .fetch()) {
            booked.put(r.get(Bookings.STAFF_ID), r.get(1, Integer.class));
        }
        Map<String, WeeklyHours> opening = new HashMap<>();
        dsl.select(Branches.BRANCH_ID, Branches.OPENING_HOURS).from(Branches.TABLE)
                .forEach(r -> opening.put(r.value1(), read(r.value2())));
        List<StylistLoad> loads = new ArrayList<>();
        for (Record r : dsl.select(Staff.STAFF_ID, Staff.BRANCH_ID, Staff.NAME, Staff.ROLE, Staff.WORKING_HOURS)
                .from(Staff.TABLE)
                .where(inScope(scope, Staff.BRANCH_ID).or(Staff.STAFF_ID.in(booked.keySet())))
                .fetch()) {
            String staffId = r.get(Staff.STAFF_ID);
            if (StaffRole.RECEPTIONIST.name().equals(r.get(Staff.ROLE)) && !booked.containsKey(staffId)) {
                continue;
            }
            WeeklyHours open = opening.getOrDefault(r.get(Staff.BRANCH_ID), WeeklyHours.none());
            int working = workingMinutes(read(r.get(Staff.WORKING_HOURS)), open, from, to);
            loads.add(new StylistLoad(staffId, r.get(Staff.NAME), r.get(Staff.BRANCH_ID),
                    booked.getOrDefault(staffId, 0), working));
        }
        loads.sort(Comparator.comparing(StylistLoad::name).thenComparing(StylistLoad::staffId));
        return List.copyOf(loads);
    }

    /**
     * Of the customers whose visit was completed from {@code from} to {@code to} (in the branch, or anywhere in the
     * chain), how many have a booking that stands and starts after their last such visit, in the same scope.
     */
    public RebookingFigure rebooking(DashboardScope scope, LocalDate from, LocalDate to) {
        checkRange(from, to);
        Map<String, OffsetDateTime> lastVisit = new LinkedHashMap<>();
        dsl.select(Bookings.CUSTOMER_ID, DSL.max(Bookings.STARTS_AT))
                .from(Bookings.TABLE)
                .where(Bookings.BUSINESS_DATE.between(from, to)).and(inScope(scope, Bookings.BRANCH_ID))
                .and(Bookings.STATUS.eq(BookingStatus.COMPLETED.name()))
                .groupBy(Bookings.CUSTOMER_ID)
                .forEach(r -> lastVisit.put(r.value1(), r.value2()));
        if (lastVisit.isEmpty()) {
            return new RebookingFigure(0, 0);
        }
        Map<String, OffsetDateTime> latestBooking = new HashMap<>();
        dsl.select(Bookings.CUSTOMER_ID, DSL.max(Bookings.STARTS_AT))
                .from(Bookings.TABLE)
                .where(Bookings.CUSTOMER_ID.in(lastVisit.keySet())).and(inScope(scope, Bookings.BRANCH_ID))
                .and(Bookings.STATUS.notIn(BookingStatus.CANCELLED.name(), BookingStatus.NO_SHOW.name()))
                .groupBy(Bookings.CUSTOMER_ID)
                .forEach(r -> latestBooking.put(r.value1(), r.value2()));
        int rebooked = 0;
        for (var visit : lastVisit.entrySet()) {
            OffsetDateTime latest = latestBooking.get(visit.getKey());
            if (latest != null && latest.isAfter(visit.getValue())) {
                rebooked++;
            }
        }
        return new RebookingFigure(lastVisit.size(), rebooked);
    }

    private static int workingMinutes(WeeklyHours staff, WeeklyHours open, LocalDate from, LocalDate to) {
        Map<DayOfWeek, Integer> perWeekday = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            int minutes = 0;
            for (TimeRange both : staff.overlapOn(day, open)) {
                minutes += (int) both.length().toMinutes();
            }
            perWeekday.put(day, minutes);
        }
        int total = 0;
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            total += perWeekday.get(date.getDayOfWeek());
        }
        return total;
    }

    private static List<Money> amounts(Map<String, BigDecimal> byCurrency) {
        List<Money> amounts = new ArrayList<>();
        new TreeMap<>(byCurrency).forEach((currency, amount) -> amounts.add(new Money(amount, currency)));
        return amounts;
    }

    private static Condition inScope(DashboardScope scope, Field<String> branchId) {
        return scope.isWholeChain() ? DSL.noCondition() : branchId.eq(scope.branchId());
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    private WeeklyHours read(String text) {
        try {
            return json.readValue(text, WeeklyHours.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read weekly hours " + text, e);
        }
    }
}
