package com.salondesk.persistence.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salondesk.domain.branch.BranchEvent;
import com.salondesk.domain.checkout.CheckoutEvent;
import com.salondesk.domain.payment.PaymentEvent;
import com.salondesk.domain.voucher.VoucherEvent;
import com.salondesk.persistence.desk.PaymentLedgerSchema.BranchZones;
import com.salondesk.persistence.desk.PaymentLedgerSchema.Checkouts;
import com.salondesk.persistence.desk.PaymentLedgerSchema.Payments;
import com.salondesk.persistence.desk.PaymentLedgerSchema.Refunds;
import com.salondesk.persistence.desk.PaymentLedgerSchema.Vouchers;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.runtime.Projection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/**
 * The payment ledger: payments taken and declined, refunds, checkouts and gift vouchers, each dated by the business
 * day in its branch's time zone, so the checkout screen, the takings of a day and a customer's spend read one
 * table each.
 */
public final class PaymentLedgerProjection implements Projection {

    public static final String NAME = "payment_ledger";

    private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {
    };

    private final ObjectMapper json;

    public PaymentLedgerProjection(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean handles(RecordedEvent event) {
        return event.event() instanceof PaymentEvent || event.event() instanceof CheckoutEvent
                || event.event() instanceof VoucherEvent || event.event() instanceof BranchEvent.Opened;
    }

    @Override
    public void apply(DSLContext tx, RecordedEvent recorded) {
        switch (recorded.event()) {
            case BranchEvent.Opened o -> tx.mergeInto(BranchZones.TABLE)
                    .using(org.jooq.impl.DSL.selectOne())
                    .on(BranchZones.BRANCH_ID.eq(o.branchId()))
                    .whenMatchedThenUpdate().set(BranchZones.TIME_ZONE, o.timeZone())
                    .whenNotMatchedThenInsert(BranchZones.BRANCH_ID, BranchZones.TIME_ZONE)
                    .values(o.branchId(), o.timeZone())
                    .execute();
            case PaymentEvent event -> payment(tx, recorded, event);
            case CheckoutEvent event -> checkout(tx, event);
            case VoucherEvent event -> voucher(tx, event);
            default -> {
            }
        }
    }

    private void payment(DSLContext tx, RecordedEvent recorded, PaymentEvent event) {
        String device = recorded.envelope().metadata().deviceId();
        switch (event) {
            case PaymentEvent.Taken t -> tx.insertInto(Payments.TABLE)
                    .set(Payments.PAYMENT_ID, t.paymentId())
                    .set(Payments.BRANCH_ID, t.branchId())
                    .set(Payments.DEVICE_ID, device)
                    .set(Payments.PURPOSE, t.purpose().name())
                    .set(Payments.BOOKING_ID, t.bookingId())
                    .set(Payments.CHECKOUT_ID, t.checkoutId())
                    .set(Payments.CUSTOMER_ID, t.customerId())
                    .set(Payments.TENDER, t.tender().name())
                    .set(Payments.STATUS, "TAKEN")
                    .set(Payments.AMOUNT, t.amount().amount())
                    .set(Payments.CURRENCY, t.amount().currency())
                    .set(Payments.CASH_RECEIVED, t.cashReceived() == null ? null : t.cashReceived().amount())
                    .set(Payments.CHANGE_GIVEN, t.change() == null ? null : t.change().amount())
                    .set(Payments.REFERENCE, t.cardReference())
                    .set(Payments.VOUCHER_CODE, t.voucherCode())
                    .set(Payments.AT, utc(t.at()))
                    .set(Payments.BUSINESS_DATE, businessDate(tx, t.branchId(), t.at()))
                    .execute();
            case PaymentEvent.Declined d -> tx.insertInto(Payments.TABLE)
                    .set(Payments.PAYMENT_ID, d.paymentId())
                    .set(Payments.BRANCH_ID, d.branchId())
                    .set(Payments.DEVICE_ID, device)
                    .set(Payments.PURPOSE, d.purpose().name())
                    .set(Payments.BOOKING_ID, d.bookingId())
                    .set(Payments.CHECKOUT_ID, d.checkoutId())
                    .set(Payments.TENDER, "CARD")
                    .set(Payments.STATUS, "DECLINED")
                    .set(Payments.AMOUNT, d.amount().amount())
                    .set(Payments.CURRENCY, d.amount().currency())
                    .set(Payments.REFERENCE, d.terminalReference())
                    .set(Payments.AT, utc(d.at()))
                    .set(Payments.BUSINESS_DATE, businessDate(tx, d.branchId(), d.at()))
                    .execute();
            case PaymentEvent.Refunded r -> {
                String branchId = tx.select(Payments.BRANCH_ID).from(Payments.TABLE)
                        .where(Payments.PAYMENT_ID.eq(r.paymentId())).fetchOne(Payments.BRANCH_ID);
                tx.insertInto(Refunds.TABLE)
                        .set(Refunds.REFUND_ID, r.refundId())
                        .set(Refunds.PAYMENT_ID, r.paymentId())
                        .set(Refunds.BRANCH_ID, branchId == null ? "" : branchId)
                        .set(Refunds.DEVICE_ID, device)
                        .set(Refunds.TENDER, r.tender().name())
                        .set(Refunds.AMOUNT, r.amount().amount())
                        .set(Refunds.CURRENCY, r.amount().currency())
                        .set(Refunds.REASON, r.reason())
                        .set(Refunds.AT, utc(r.at()))
                        .set(Refunds.BUSINESS_DATE, businessDate(tx, branchId, r.at()))
                        .execute();
                tx.update(Payments.TABLE).set(Payments.REFUNDED, Payments.REFUNDED.plus(r.amount().amount()))
                        .where(Payments.PAYMENT_ID.eq(r.paymentId())).execute();
            }
        }
    }

    private void checkout(DSLContext tx, CheckoutEvent event) {
        switch (event) {
            case CheckoutEvent.Completed c -> tx.insertInto(Checkouts.TABLE)
                    .set(Checkouts.CHECKOUT_ID, c.checkoutId())
                    .set(Checkouts.BRANCH_ID, c.branchId())
                    .set(Checkouts.CUSTOMER_ID, c.customerId())
                    .set(Checkouts.BOOKING_IDS, write(c.bookingIds()))
                    .set(Checkouts.LINES, write(c.lines()))
                    .set(Checkouts.PAYMENT_IDS, write(c.paymentIds()))
                    .set(Checkouts.TOTAL, c.total().amount())
                    .set(Checkouts.TAX, c.tax().amount())
                    .set(Checkouts.BALANCE, c.balance().amount())
                    .set(Checkouts.CURRENCY, c.total().currency())
                    .set(Checkouts.AT, utc(c.at()))
                    .set(Checkouts.BUSINESS_DATE, businessDate(tx, c.branchId(), c.at()))
                    .execute();
            case CheckoutEvent.BalancePaid p -> {
                String ids = tx.select(Checkouts.PAYMENT_IDS).from(Checkouts.TABLE)
                        .where(Checkouts.CHECKOUT_ID.eq(p.checkoutId())).fetchOne(Checkouts.PAYMENT_IDS);
                List<String> paymentIds = new ArrayList<>(ids == null ? List.of() : read(ids));
                paymentIds.add(p.paymentId());
                tx.update(Checkouts.TABLE)
                        .set(Checkouts.BALANCE, p.balance().amount())
                        .set(Checkouts.PAYMENT_IDS, write(paymentIds))
                        .where(Checkouts.CHECKOUT_ID.eq(p.checkoutId())).execute();
            }
        }
    }

    private static void voucher(DSLContext tx, VoucherEvent event) {
        switch (event) {
            case VoucherEvent.Sold s -> tx.insertInto(Vouchers.TABLE)
                    .set(Vouchers.CODE, s.code())
                    .set(Vouchers.BRANCH_ID, s.branchId())
                    .set(Vouchers.VALUE, s.value().amount())
                    .set(Vouchers.BALANCE, s.value().amount())
                    .set(Vouchers.CURRENCY, s.value().currency())
                    .set(Vouchers.SOLD_AT, utc(s.at()))
                    .execute();
            case VoucherEvent.Redeemed r -> tx.update(Vouchers.TABLE)
                    .set(Vouchers.BALANCE, Vouchers.BALANCE.minus(r.amount().amount()))
                    .where(Vouchers.CODE.eq(r.code())).execute();
            case VoucherEvent.RedemptionRefunded r -> tx.update(Vouchers.TABLE)
                    .set(Vouchers.BALANCE, Vouchers.BALANCE.plus(r.amount().amount()))
                    .where(Vouchers.CODE.eq(r.code())).execute();
        }
    }

    /** The day in the branch's own time zone; UTC for a branch this desk has not seen opened. */
    private static LocalDate businessDate(DSLContext tx, String branchId, Instant at) {
        String zone = branchId == null ? null : tx.select(BranchZones.TIME_ZONE).from(BranchZones.TABLE)
                .where(BranchZones.BRANCH_ID.eq(branchId)).fetchOne(BranchZones.TIME_ZONE);
        return at.atZone(zone == null ? ZoneOffset.UTC : ZoneId.of(zone)).toLocalDate();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value, e);
        }
    }

    private List<String> read(String text) {
        try {
            return json.readValue(text, STRING_LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read " + text, e);
        }
    }

    @Override
    public List<String> tables() {
        return List.of(Payments.TABLE.getName(), Refunds.TABLE.getName(), Checkouts.TABLE.getName(),
                Vouchers.TABLE.getName(), BranchZones.TABLE.getName());
    }

    @Override
    public void reset(DSLContext tx) {
        tx.deleteFrom(Payments.TABLE).execute();
        tx.deleteFrom(Refunds.TABLE).execute();
        tx.deleteFrom(Checkouts.TABLE).execute();
        tx.deleteFrom(Vouchers.TABLE).execute();
        tx.deleteFrom(BranchZones.TABLE).execute();
    }
}
