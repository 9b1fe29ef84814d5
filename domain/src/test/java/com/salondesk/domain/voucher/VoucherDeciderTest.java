package com.salondesk.domain.voucher;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.shared.DeciderScenario;
import com.salondesk.domain.shared.Money;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VoucherDeciderTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final String CODE = VoucherCode.generate(new Random(7));

    private final DeciderScenario<VoucherCommand, Voucher, VoucherEvent> vouchers =
            DeciderScenario.of(new VoucherDecider());

    private static Money gbp(String amount) {
        return Money.of(amount, "GBP");
    }

    private static final VoucherEvent.Sold SOLD = new VoucherEvent.Sold(CODE, "soho", gbp("50"), "p1", null, NOW);

    @Test
    void a_voucher_is_sold_under_a_valid_code_for_a_positive_value() {
        vouchers.given().when(new VoucherCommand.Sell(CODE.toLowerCase().replace("-", " "), "soho", "GBP", gbp("50"),
                "p1", null, "ana", NOW)).thenEvents(SOLD);
        vouchers.given().when(new VoucherCommand.Sell("ABCD-EFGH-JKLM", "soho", "GBP", gbp("50"), "p1", null, "ana",
                NOW)).thenRejected("voucher.invalid-code");
        vouchers.given().when(new VoucherCommand.Sell(CODE, "soho", "GBP", gbp("0"), "p1", null, "ana", NOW))
                .thenRejected("voucher.value-not-positive");
        vouchers.given().when(new VoucherCommand.Sell(CODE, "soho", "GBP", Money.of("50", "EUR"), "p1", null, "ana",
                NOW)).thenRejected("voucher.wrong-currency");
    }

    @Test
    void a_code_is_sold_once() {
        vouchers.given(SOLD).when(new VoucherCommand.Sell(CODE, "soho", "GBP", gbp("50"), "p1", null, "ana", NOW))
                .thenNothing();
        vouchers.given(SOLD).when(new VoucherCommand.Sell(CODE, "soho", "GBP", gbp("50"), "p2", null, "ana", NOW))
                .thenRejected("voucher.already-sold");
    }

    @Test
    void redeeming_never_goes_beyond_the_balance() {
        var redeemed = new VoucherEvent.Redeemed(CODE, "soho", gbp("30"), "p2", NOW);
        vouchers.given(SOLD).when(new VoucherCommand.Redeem(CODE, "soho", gbp("30"), "p2", "ana", NOW))
                .thenEvents(redeemed);
        vouchers.given(SOLD, redeemed).when(new VoucherCommand.Redeem(CODE, "soho", gbp("20.01"), "p3", "ana", NOW))
                .thenRejected("voucher.balance-too-low");
        vouchers.given(SOLD, redeemed).when(new VoucherCommand.Redeem(CODE, "soho", gbp("30"), "p2", "ana", NOW))
                .thenNothing();
        vouchers.given().when(new VoucherCommand.Redeem(CODE, "soho", gbp("1"), "p2", "ana", NOW))
                .thenRejected("voucher.not-found");
        vouchers.given(SOLD).when(new VoucherCommand.Redeem(CODE, "soho", gbp("0"), "p2", "ana", NOW))
                .thenRejected("voucher.amount-not-positive");
    }

    @Test
    void a_refunded_voucher_payment_goes_back_on_the_voucher_once() {
        var redeemed = new VoucherEvent.Redeemed(CODE, "soho", gbp("30"), "p2", NOW);
        var back = new VoucherEvent.RedemptionRefunded(CODE, "p2", "r1", gbp("30"), NOW);
        var command = new VoucherCommand.ReturnRedemption(CODE, "p2", "r1", gbp("30"), "ana", NOW);
        vouchers.given(SOLD, redeemed).when(command).thenEvents(back);
        vouchers.given(SOLD, redeemed, back).when(command).thenNothing();
        var state = (Voucher.Sold) new VoucherDecider().fold(java.util.List.of(SOLD, redeemed, back));
        assertThat(state.balance()).isEqualTo(gbp("50"));
    }
}
