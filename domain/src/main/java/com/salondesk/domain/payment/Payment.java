package com.salondesk.domain.payment;

import com.salondesk.domain.shared.Money;
import java.util.List;

/** A payment before it was recorded, taken (with what was refunded of it since), or declined. */
public sealed interface Payment {

    record None() implements Payment {
    }

    /** Money taken; {@code refundIds} name the refunds recorded against it, {@code refunded} their sum. */
    record Taken(PaymentEvent.Taken taken, Money refunded, List<String> refundIds) implements Payment {
        public Taken {
            refundIds = List.copyOf(refundIds);
        }

        /** What can still be refunded. */
        public Money left() {
            return Amounts.minus(taken.amount(), refunded);
        }
    }

    record Declined(PaymentEvent.Declined declined) implements Payment {
    }
}
