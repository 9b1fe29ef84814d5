package com.salondesk.domain.voucher;

import com.salondesk.domain.payment.Amounts;
import com.salondesk.domain.shared.Decider;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.Money;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Sells gift vouchers and spends them, never beyond the balance. */
public final class VoucherDecider implements Decider<VoucherCommand, Voucher, VoucherEvent> {

    public static String streamId(String code) {
        return "voucher-" + VoucherCode.normalized(code);
    }

    @Override
    public Voucher initialState() {
        return new Voucher.NotSold();
    }

    @Override
    public List<VoucherEvent> decide(VoucherCommand command, Voucher state) {
        return switch (command) {
            case VoucherCommand.Sell s -> switch (state) {
                case Voucher.NotSold n -> {
                    String code = validCode(s.code());
                    if (s.value() == null || !Amounts.isPositive(s.value())) {
                        throw new DomainRejection("voucher.value-not-positive", s.value() == null ? "" : s.value());
                    }
                    sameCurrency(s.value(), s.currency());
                    yield List.of(new VoucherEvent.Sold(code, s.branchId(), s.value(), s.paymentId(), s.customerId(),
                            s.now()));
                }
                case Voucher.Sold v when v.paymentId().equals(s.paymentId()) -> List.of();
                case Voucher.Sold v -> throw new DomainRejection("voucher.already-sold", v.code());
            };
            case VoucherCommand.Redeem r -> switch (state) {
                case Voucher.NotSold n -> throw new DomainRejection("voucher.not-found", VoucherCode.normalized(r.code()));
                case Voucher.Sold v when v.spentBy().contains(r.paymentId()) -> List.of();
                case Voucher.Sold v -> {
                    if (r.amount() == null || !Amounts.isPositive(r.amount())) {
                        throw new DomainRejection("voucher.amount-not-positive");
                    }
                    sameCurrency(r.amount(), v.value().currency());
                    if (Amounts.compare(r.amount(), v.balance()) > 0) {
                        throw new DomainRejection("voucher.balance-too-low", v.code(), r.amount(), v.balance());
                    }
                    yield List.of(new VoucherEvent.Redeemed(v.code(), r.branchId(), r.amount(), r.paymentId(),
                            r.now()));
                }
            };
            case VoucherCommand.ReturnRedemption r -> switch (state) {
                case Voucher.NotSold n -> throw new DomainRejection("voucher.not-found", VoucherCode.normalized(r.code()));
                case Voucher.Sold v when v.returned().contains(r.refundId()) -> List.of();
                case Voucher.Sold v -> {
                    sameCurrency(r.amount(), v.value().currency());
                    yield List.of(new VoucherEvent.RedemptionRefunded(v.code(), r.paymentId(), r.refundId(),
                            r.amount(), r.now()));
                }
            };
        };
    }

    /** The command that recorded {@code event}, to decide again on a newer state (sync rebase). */
    public static VoucherCommand again(VoucherEvent event, String actor, Instant now) {
        return switch (event) {
            case VoucherEvent.Sold s -> new VoucherCommand.Sell(s.code(), s.branchId(), s.value().currency(),
                    s.value(), s.paymentId(), s.customerId(), actor, s.at());
            case VoucherEvent.Redeemed r -> new VoucherCommand.Redeem(r.code(), r.branchId(), r.amount(),
                    r.paymentId(), actor, r.at());
            case VoucherEvent.RedemptionRefunded r -> new VoucherCommand.ReturnRedemption(r.code(), r.paymentId(),
                    r.refundId(), r.amount(), actor, r.at());
        };
    }

    @Override
    public Voucher evolve(Voucher state, VoucherEvent event) {
        return switch (event) {
            case VoucherEvent.Sold s -> new Voucher.Sold(s.code(), s.branchId(), s.value(), s.value(), s.paymentId(),
                    Set.of(), Set.of());
            case VoucherEvent.Redeemed r -> state instanceof Voucher.Sold v
                    ? new Voucher.Sold(v.code(), v.branchId(), v.value(), Amounts.minus(v.balance(), r.amount()),
                    v.paymentId(), with(v.spentBy(), r.paymentId()), v.returned())
                    : state;
            case VoucherEvent.RedemptionRefunded r -> state instanceof Voucher.Sold v
                    ? new Voucher.Sold(v.code(), v.branchId(), v.value(), Amounts.plus(v.balance(), r.amount()),
                    v.paymentId(), v.spentBy(), with(v.returned(), r.refundId()))
                    : state;
        };
    }

    private static String validCode(String typed) {
        if (!VoucherCode.isValid(typed)) {
            throw new DomainRejection("voucher.invalid-code", typed == null ? "" : typed);
        }
        return VoucherCode.normalized(typed);
    }

    private static void sameCurrency(Money amount, String currency) {
        if (!amount.currency().equals(currency)) {
            throw new DomainRejection("voucher.wrong-currency", amount, currency);
        }
    }

    private static Set<String> with(Set<String> ids, String id) {
        Set<String> more = new HashSet<>(ids);
        more.add(id);
        return more;
    }
}
