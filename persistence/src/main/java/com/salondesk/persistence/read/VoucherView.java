package com.salondesk.persistence.read;

import com.salondesk.domain.shared.Money;
import java.time.Instant;

/** A gift voucher sold, with what is left on it. */
public record VoucherView(String code, String branchId, Money value, Money balance, Instant soldAt) {
}
