package com.salondesk.persistence.desk;

import com.salondesk.domain.payment.Tender;

/** The names of a branch's day figures in the till read model ({@code takings_days.figure}). */
public final class TakingsFigure {

    public static final String DEPOSITS = "deposits";
    public static final String DEPOSITS_REFUNDED = "deposits-refunded";
    public static final String VOUCHERS_SOLD = "vouchers-sold";
    public static final String VOUCHERS_REDEEMED = "vouchers-redeemed";
    /** Completed checkouts: the count in entries, their totals in amount. */
    public static final String CHECKOUTS = "checkouts";
    public static final String TAX = "tax";
    public static final String TIPS = "tips";

    private TakingsFigure() {
    }

    /** Money taken by {@code tender}, whatever for. */
    public static String taken(Tender tender) {
        return "taken:" + tender.name();
    }

    /** Money given back by {@code tender}. */
    public static String refunded(Tender tender) {
        return "refunded:" + tender.name();
    }
}
