package com.salondesk.persistence.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salondesk.domain.checkout.CheckoutLine;
import com.salondesk.domain.payment.Amounts;
import com.salondesk.domain.payment.Purpose;
import com.salondesk.domain.payment.Tender;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.voucher.VoucherCode;
import com.salondesk.persistence.desk.DeskDatabase;
import com.salondesk.persistence.desk.DeskSchema.Branches;
import com.salondesk.persistence.desk.PaymentLedgerSchema.Checkouts;
import com.salondesk.persistence.desk.PaymentLedgerSchema.Payments;
import com.salondesk.persistence.desk.PaymentLedgerSchema.Refunds;
import com.salondesk.persistence.desk.PaymentLedgerSchema.Vouchers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** The questions the checkout, payment and takings screens ask of the payment ledger. Reads only. */
public final class PaymentQueries {

    private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {
    };
    private static final TypeReference<List<CheckoutLine>> LINES = new TypeReference<>() {
    };

    private final DSLContext dsl;
    private final ObjectMapper json;

    public PaymentQueries(DeskDatabase database, ObjectMapper json) {
        this.dsl = database.dsl();
        this.json = json;
    }

    public Optional<PaymentView> payment(String paymentId) {
        return payments(Payments.PAYMENT_ID.eq(paymentId)).stream().findFirst();
    }

    /** A booking's payments (its deposits, taken or declined), oldest first. */
    public List<PaymentView> paymentsOfBooking(String bookingId) {
        return payments(Payments.BOOKING_ID.eq(bookingId));
    }

    /** Deposits taken for a booking and not wholly refunded: what a checkout counts as paid already. */
    public List<PaymentView> depositsToCount(String bookingId) {
        return payments(Payments.BOOKING_ID.eq(bookingId).and(Payments.PURPOSE.eq(Purpose.DEPOSIT.name()))
                .and(Payments.STATUS.eq("TAKEN")).and(Payments.AMOUNT.gt(Payments.REFUNDED)));
    }

    public List<PaymentView> paymentsOfCheckout(String checkoutId) {
        return payments(Payments.CHECKOUT_ID.eq(checkoutId));
    }

    /** Every payment of a branch's business day, taken and declined, oldest first. */
    public List<PaymentView> paymentsOn(String branchId, LocalDate date) {
        return payments(Payments.BRANCH_ID.eq(branchId).and(Payments.BUSINESS_DATE.eq(date)));
    }

    /** Payments a customer made (deposits, checkouts, vouchers bought), newest first. */
    public List<PaymentView> paymentsOfCustomer(String customerId) {
        return dsl.select(Payments.ALL).from(Payments.TABLE).where(Payments.CUSTOMER_ID.eq(customerId))
                .orderBy(Payments.AT.desc()).fetch(PaymentQueries::payment);
    }

    /**
     * A branch's takings on a business day per way of paying: payments taken that day, less refunds given that day
     * (whenever their payment was taken).
     */
    public DayTakings takingsOn(String branchId, LocalDate date) {
        Map<Tender, BigDecimal[]> sums = new EnumMap<>(Tender.class);
        Map<Tender, Integer> counts = new EnumMap<>(Tender.class);
        String currency = null;
        for (Record r : dsl.select(Payments.TENDER, Payments.CURRENCY, DSL.sum(Payments.AMOUNT), DSL.count())
                .from(Payments.TABLE)
                .where(Payments.BRANCH_ID.eq(branchId), Payments.BUSINESS_DATE.eq(date), Payments.STATUS.eq("TAKEN"))
                .groupBy(Payments.TENDER, Payments.CURRENCY).fetch()) {
            Tender tender = Tender.valueOf(r.get(Payments.TENDER));
            currency = r.get(Payments.CURRENCY);
            sums.computeIfAbsent(tender, t -> zeros())[0] = r.get(2, BigDecimal.class);
            counts.put(tender, r.get(3, Integer.class));
        }
        for (Record r : dsl.select(Refunds.TENDER, Refunds.CURRENCY, DSL.sum(Refunds.AMOUNT)).from(Refunds.TABLE)
                .where(Refunds.BRANCH_ID.eq(branchId), Refunds.BUSINESS_DATE.eq(date))
                .groupBy(Refunds.TENDER, Refunds.CURRENCY).fetch()) {
            currency = r.get(Refunds.CURRENCY);
            sums.computeIfAbsent(Tender.valueOf(r.get(Refunds.TENDER)), t -> zeros())[1] = r.get(2, BigDecimal.class);
        }
        if (currency == null) {
            currency = dsl.select(Branches.CURRENCY).from(Branches.TABLE).where(Branches.BRANCH_ID.eq(branchId))
                    .fetchOptional(Branches.CURRENCY).orElse("XXX");
        }
        List<DayTakings.ByTender> byTender = new ArrayList<>();
        Money net = Amounts.zero(currency);
        for (var entry : sums.entrySet()) {
            Money taken = new Money(entry.getValue()[0], currency);
            Money refunded = new Money(entry.getValue()[1], currency);
            Money tenderNet = Amounts.minus(taken, refunded);
            byTender.add(new DayTakings.ByTender(entry.getKey(), counts.getOrDefault(entry.getKey(), 0), taken,
                    refunded, tenderNet));
            net = Amounts.plus(net, tenderNet);
        }
        return new DayTakings(branchId, date, currency, byTender, net);
    }

    public Optional<CheckoutView> checkout(String checkoutId) {
        return dsl.select(Checkouts.ALL).from(Checkouts.TABLE).where(Checkouts.CHECKOUT_ID.eq(checkoutId)).fetchOptional(this::checkout);
    }

    /** The checkouts of a branch's business day, newest first. */
    public List<CheckoutView> checkoutsOn(String branchId, LocalDate date) {
        return dsl.select(Checkouts.ALL).from(Checkouts.TABLE)
                .where(Checkouts.BRANCH_ID.eq(branchId), Checkouts.BUSINESS_DATE.eq(date))
                .orderBy(Checkouts.AT.desc()).fetch(this::checkout);
    }

    /** What a customer spent at checkouts, one sum per currency (a chain may span currencies). */
    public List<Money> customerSpend(String customerId) {
        return dsl.select(Checkouts.CURRENCY, DSL.sum(Checkouts.TOTAL)).from(Checkouts.TABLE)
                .where(Checkouts.CUSTOMER_ID.eq(customerId)).groupBy(Checkouts.CURRENCY).orderBy(Checkouts.CURRENCY)
                .fetch(r -> new Money(r.get(1, BigDecimal.class), r.get(Checkouts.CURRENCY)));
    }

    /** A voucher by its code as typed (case, spaces and dashes do not matter). */
    public Optional<VoucherView> voucher(String code) {
        return dsl.select(Vouchers.ALL).from(Vouchers.TABLE).where(Vouchers.CODE.eq(VoucherCode.normalized(code)))
                .fetchOptional(r -> new VoucherView(r.get(Vouchers.CODE), r.get(Vouchers.BRANCH_ID),
                        new Money(r.get(Vouchers.VALUE), r.get(Vouchers.CURRENCY)),
                        new Money(r.get(Vouchers.BALANCE), r.get(Vouchers.CURRENCY)),
                        r.get(Vouchers.SOLD_AT).toInstant()));
    }

    private List<PaymentView> payments(Condition where) {
        return dsl.select(Payments.ALL).from(Payments.TABLE).where(where).orderBy(Payments.AT, Payments.PAYMENT_ID)
                .fetch(PaymentQueries::payment);
    }

    private static PaymentView payment(Record r) {
        String currency = r.get(Payments.CURRENCY);
        return new PaymentView(r.get(Payments.PAYMENT_ID), r.get(Payments.BRANCH_ID), r.get(Payments.DEVICE_ID),
                Purpose.valueOf(r.get(Payments.PURPOSE)), r.get(Payments.BOOKING_ID), r.get(Payments.CHECKOUT_ID),
                r.get(Payments.CUSTOMER_ID), r.get(Payments.TENDER) == null ? null : Tender.valueOf(r.get(Payments.TENDER)),
                "DECLINED".equals(r.get(Payments.STATUS)), new Money(r.get(Payments.AMOUNT), currency),
                money(r.get(Payments.CASH_RECEIVED), currency), money(r.get(Payments.CHANGE_GIVEN), currency),
                r.get(Payments.REFERENCE), r.get(Payments.VOUCHER_CODE), new Money(r.get(Payments.REFUNDED), currency),
                r.get(Payments.AT).toInstant(), r.get(Payments.BUSINESS_DATE));
    }

    private CheckoutView checkout(Record r) {
        String currency = r.get(Checkouts.CURRENCY);
        return new CheckoutView(r.get(Checkouts.CHECKOUT_ID), r.get(Checkouts.BRANCH_ID), r.get(Checkouts.CUSTOMER_ID),
                read(r.get(Checkouts.BOOKING_IDS), STRING_LIST), read(r.get(Checkouts.LINES), LINES),
                read(r.get(Checkouts.PAYMENT_IDS), STRING_LIST), new Money(r.get(Checkouts.TOTAL), currency),
                new Money(r.get(Checkouts.TAX), currency), new Money(r.get(Checkouts.BALANCE), currency),
                r.get(Checkouts.AT).toInstant(), r.get(Checkouts.BUSINESS_DATE));
    }

    private static Money money(BigDecimal amount, String currency) {
        return amount == null ? null : new Money(amount, currency);
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read " + text, e);
        }
    }
}
