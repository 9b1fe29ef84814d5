package com.salondesk.domain.voucher;

import com.salondesk.domain.shared.Money;
import java.util.Set;

/** A gift voucher before it was sold, or sold with what is left on it. */
public sealed interface Voucher {

    record NotSold() implements Voucher {
    }

    /** {@code spentBy} and {@code returned} name the payments and refunds already applied, so none counts twice. */
    record Sold(String code, String branchId, Money value, Money balance, String paymentId, Set<String> spentBy,
                Set<String> returned) implements Voucher {
        public Sold {
            spentBy = Set.copyOf(spentBy);
            returned = Set.copyOf(returned);
        }
    }
}
