package com.salondesk.persistence.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.booking.BookingStatus;
import com.salondesk.domain.branch.BranchEvent;
import com.salondesk.domain.payment.PaymentEvent;
import com.salondesk.domain.staff.StaffEvent;
import com.salondesk.persistence.desk.DashboardSchema.Bookings;
import com.salondesk.persistence.desk.DashboardSchema.Branches;
import com.salondesk.persistence.desk.DashboardSchema.MoneyEntries;
import com.salondesk.persistence.desk.DashboardSchema.Staff;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.runtime.Projection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The dashboard's read model: every booking with its business day (in its branch's time zone), length, price and
 * status, every payment taken and refund given with its day, and the branches' and stylists' hours that working
 * time is counted from. One row written per event, so following the log stays cheap; the figures are sums over
 * these rows ({@code read.DashboardQueries}).
 */
public final class DashboardProjection implements Projection {

    public static final String NAME = "dashboard_figures";

    private final ObjectMapper json;
    /** A branch's time zone is fixed when it opens: kept here so a booking costs one write, not a read and a write. */
    private final Map<String, ZoneId> zones = new ConcurrentHashMap<>();

    public DashboardProjection(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean handles(RecordedEvent event) {
        return event.event() instanceof BookingEvent || event.event() instanceof PaymentEvent.Taken
                || event.event() instanceof PaymentEvent.Refunded || event.event() instanceof BranchEvent.Opened
                || event.event() instanceof BranchEvent.OpeningHoursChanged || event.event() instanceof StaffEvent.Hired
                || event.event() instanceof StaffEvent.WorkingHoursChanged;
    }

    @Override
    public void apply(DSLContext tx, RecordedEvent recorded) {
        // Events this read model does not count (declined cards, check-in windows, staff services) pass by.
        switch (recorded.event()) {
            case BookingEvent event -> booking(tx, event);
            case PaymentEvent.Taken t -> tx.insertInto(MoneyEntries.TABLE)
                    .set(MoneyEntries.ENTRY_ID, t.paymentId())
                    .set(MoneyEntries.PAYMENT_ID, t.paymentId())
                    .set(MoneyEntries.BRANCH_ID, t.branchId())
                    .set(MoneyEntries.BUSINESS_DATE, businessDate(tx, t.branchId(), t.at()))
                    .set(MoneyEntries.TENDER, t.tender().name())
                    .set(MoneyEntries.AMOUNT, t.amount().amount())
                    .set(MoneyEntries.CURRENCY, t.amount().currency())
                    .execute();
            case PaymentEvent.Refunded r -> {
                String branchId = tx.select(MoneyEntries.BRANCH_ID).from(MoneyEntries.TABLE)
                        .where(MoneyEntries.ENTRY_ID.eq(r.paymentId())).fetchOne(MoneyEntries.BRANCH_ID);
                tx.insertInto(MoneyEntries.TABLE)
                        .set(MoneyEntries.ENTRY_ID, r.refundId())
                        .set(MoneyEntries.PAYMENT_ID, r.paymentId())
                        .set(MoneyEntries.BRANCH_ID, branchId == null ? "" : branchId)
                        .set(MoneyEntries.BUSINESS_DATE, businessDate(tx, branchId, r.at()))
                        .set(MoneyEntries.TENDER, r.tender().name())
                        .set(MoneyEntries.AMOUNT, r.amount().amount().negate())
                        .set(MoneyEntries.CURRENCY, r.amount().currency())
                        .execute();
            }
            case BranchEvent.Opened o -> {
                tx.mergeInto(Branches.TABLE).using(DSL.selectOne()).on(Branches.BRANCH_ID.eq(o.branchId()))
                        .whenMatchedThenUpdate()
                        .set(Branches.NAME, o.name())
                        .set(Branches.TIME_ZONE, o.timeZone())
                        .set(Branches.CURRENCY, o.currency())
                        .set(Branches.OPENING_HOURS, write(o.openingHours()))
                        .whenNotMatchedThenInsert(Branches.BRANCH_ID, Branches.NAME, Branches.TIME_ZONE,
                                Branches.CURRENCY, Branches.OPENING_HOURS)
                        .values(o.branchId(), o.name(), o.timeZone(), o.currency(), write(o.openingHours()))
                        .execute();
                zones.put(o.branchId(), ZoneId.of(o.timeZone()));
            }
            case BranchEvent.OpeningHoursChanged c -> tx.update(Branches.TABLE)
                    .set(Branches.OPENING_HOURS, write(c.openingHours()))
                    .where(Branches.BRANCH_ID.eq(c.branchId())).execute();
            case StaffEvent.Hired h -> tx.insertInto(Staff.TABLE)
                    .set(Staff.STAFF_ID, h.staffId())
                    .set(Staff.BRANCH_ID, h.branchId())
                    .set(Staff.NAME, h.name())
                    .set(Staff.ROLE, h.role().name())
                    .set(Staff.WORKING_HOURS, write(h.workingHours()))
                    .execute();
            case StaffEvent.WorkingHoursChanged c -> tx.update(Staff.TABLE)
                    .set(Staff.WORKING_HOURS, write(c.workingHours()))
                    .where(Staff.STAFF_ID.eq(c.staffId())).execute();
            default -> {
            }
        }
    }

    private void booking(DSLContext tx, BookingEvent event) {
        switch (event) {
            case BookingEvent.Created c -> tx.insertInto(Bookings.TABLE)
                    .set(Bookings.BOOKING_ID, c.bookingId())
                    .set(Bookings.BRANCH_ID, c.branchId())
                    .set(Bookings.STAFF_ID, c.staffId())
                    .set(Bookings.CUSTOMER_ID, c.customerId())
                    .set(Bookings.BUSINESS_DATE, businessDate(tx, c.branchId(), c.start()))
                    .set(Bookings.STARTS_AT, c.start().atOffset(ZoneOffset.UTC))
                    .set(Bookings.MINUTES, minutes(c.start(), c.end()))
                    .set(Bookings.PRICE, c.price().amount())
                    .set(Bookings.CURRENCY, c.price().currency())
                    .set(Bookings.STATUS, BookingStatus.REQUESTED.name())
                    .set(Bookings.HOLDS_TIME, true)
                    .execute();
            case BookingEvent.Confirmed c -> status(tx, c.bookingId(), BookingStatus.CONFIRMED);
            case BookingEvent.CheckedIn c -> status(tx, c.bookingId(), BookingStatus.CHECKED_IN);
            case BookingEvent.Completed c -> status(tx, c.bookingId(), BookingStatus.COMPLETED);
            case BookingEvent.NoShowRecorded n -> status(tx, n.bookingId(), BookingStatus.NO_SHOW);
            case BookingEvent.NoShowUndone u -> status(tx, u.bookingId(), u.status());
            case BookingEvent.Cancelled c -> status(tx, c.bookingId(), BookingStatus.CANCELLED);
            case BookingEvent.TimeLost l -> tx.update(Bookings.TABLE).set(Bookings.HOLDS_TIME, false)
                    .where(Bookings.BOOKING_ID.eq(l.bookingId())).execute();
            case BookingEvent.KeptAsOverbook k -> tx.update(Bookings.TABLE).set(Bookings.HOLDS_TIME, true)
                    .where(Bookings.BOOKING_ID.eq(k.bookingId())).execute();
            case BookingEvent.Moved m -> newTime(tx, m.bookingId(), m.staffId(), m.start(), m.end());
            case BookingEvent.Rescheduled r -> newTime(tx, r.bookingId(), r.staffId(), r.start(), r.end());
            case BookingEvent.DetailsChanged d -> tx.update(Bookings.TABLE)
                    .set(Bookings.PRICE, d.price().amount())
                    .set(Bookings.CURRENCY, d.price().currency())
                    .where(Bookings.BOOKING_ID.eq(d.bookingId())).execute();
            // Booking events added after this read model (a reschedule, changed details) count nothing until they
            // get a case above; listed, not guessed, so a figure never follows a field it does not know.
            default -> {
            }
        }
    }

    /** The booking holds time again, with {@code staffId} from {@code start} to {@code end} (perhaps another day). */
    private void newTime(DSLContext tx, String bookingId, String staffId, Instant start, Instant end) {
        String branchId = tx.select(Bookings.BRANCH_ID).from(Bookings.TABLE)
                .where(Bookings.BOOKING_ID.eq(bookingId)).fetchOne(Bookings.BRANCH_ID);
        tx.update(Bookings.TABLE)
                .set(Bookings.STAFF_ID, staffId)
                .set(Bookings.BUSINESS_DATE, businessDate(tx, branchId, start))
                .set(Bookings.STARTS_AT, start.atOffset(ZoneOffset.UTC))
                .set(Bookings.MINUTES, minutes(start, end))
                .set(Bookings.HOLDS_TIME, true)
                .where(Bookings.BOOKING_ID.eq(bookingId)).execute();
    }

    private static void status(DSLContext tx, String bookingId, BookingStatus status) {
        tx.update(Bookings.TABLE).set(Bookings.STATUS, status.name()).where(Bookings.BOOKING_ID.eq(bookingId)).execute();
    }

    private static int minutes(Instant start, Instant end) {
        return Math.toIntExact(Duration.between(start, end).toMinutes());
    }

    /** The day in the branch's own time zone; UTC for a branch this desk has not seen opened (as the ledger does). */
    private LocalDate businessDate(DSLContext tx, String branchId, Instant at) {
        if (branchId == null) {
            return at.atZone(ZoneOffset.UTC).toLocalDate();
        }
        ZoneId zone = zones.get(branchId);
        if (zone == null) {
            String stored = tx.select(Branches.TIME_ZONE).from(Branches.TABLE)
                    .where(Branches.BRANCH_ID.eq(branchId)).fetchOne(Branches.TIME_ZONE);
            if (stored == null) {
                return at.atZone(ZoneOffset.UTC).toLocalDate();
            }
            zone = ZoneId.of(stored);
            zones.put(branchId, zone);
        }
        return at.atZone(zone).toLocalDate();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value, e);
        }
    }

    @Override
    public List<String> tables() {
        return List.of(Bookings.TABLE.getName(), MoneyEntries.TABLE.getName(), Branches.TABLE.getName(),
                Staff.TABLE.getName());
    }

    @Override
    public void reset(DSLContext tx) {
        tx.deleteFrom(Bookings.TABLE).execute();
        tx.deleteFrom(MoneyEntries.TABLE).execute();
        tx.deleteFrom(Branches.TABLE).execute();
        tx.deleteFrom(Staff.TABLE).execute();
    }
}
