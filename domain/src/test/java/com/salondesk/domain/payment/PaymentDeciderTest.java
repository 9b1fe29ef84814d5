package com.salondesk.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.shared.DeciderScenario;
import com.salondesk.domain.shared.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PaymentDeciderTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(3600);
    private static final String PAY = "p1";

    private final DeciderScenario<PaymentCommand, Payment, PaymentEvent> payments =
            DeciderScenario.of(new PaymentDecider());

    private static Money gbp(String amount) {
        return Money.of(amount, "GBP");
    }

    private static PaymentCommand.Take cash(String amount, String received) {
        return new PaymentCommand.Take(PAY, "soho", "GBP", Purpose.DEPOSIT, "b1", null, "c1", Tender.CASH,
                gbp(amount), received == null ? null : gbp(received), null, null, "ana", NOW);
    }

    private static PaymentCommand.Take card(Money amount, String reference) {
        return new PaymentCommand.Take(PAY, "soho", "GBP", Purpose.CHECKOUT, null, "k1", "c1", Tender.CARD, amount,
                null, reference, null, "ana", NOW);
    }

    private static PaymentEvent.Taken cardTaken(String amount) {
        return new PaymentEvent.Taken(PAY, "soho", Purpose.CHECKOUT, null, "k1", "c1", Tender.CARD, gbp(amount), null,
                null, "AUTH-123", null, NOW);
    }

    @Test
    void cash_covering_the_amount_is_taken_with_the_change_worked_out() {
        payments.given().when(cash("42.50", "50.00")).thenEvents(new PaymentEvent.Taken(PAY, "soho", Purpose.DEPOSIT,
                "b1", null, "c1", Tender.CASH, gbp("42.50"), gbp("50.00"), gbp("7.50"), null, null, NOW));
    }

    @Test
    void exact_cash_needs_no_received_amount() {
        payments.given().when(cash("20", null)).thenEvents(new PaymentEvent.Taken(PAY, "soho", Purpose.DEPOSIT, "b1",
                null, "c1", Tender.CASH, gbp("20.00"), gbp("20.00"), gbp("0.00"), null, null, NOW));
    }

    @Test
    void cash_short_of_the_amount_is_refused() {
        payments.given().when(cash("42.50", "40.00")).thenRejected("payment.cash-short");
    }

    @Test
    void amounts_are_positive_and_in_the_branch_currency() {
        payments.given().when(cash("0", null)).thenRejected("payment.amount-not-positive");
        payments.given().when(cash("-5", null)).thenRejected("payment.amount-not-positive");
        payments.given().when(card(Money.of("10", "EUR"), "AUTH-1")).thenRejected("payment.wrong-currency");
        payments.given().when(new PaymentCommand.Take(PAY, "soho", "GBP", Purpose.DEPOSIT, "b1", null, null,
                Tender.CASH, gbp("10"), Money.of("20", "EUR"), null, null, "ana", NOW))
                .thenRejected("payment.wrong-currency");
    }

    @Test
    void a_card_needs_the_terminal_reference() {
        payments.given().when(card(gbp("30"), " ")).thenRejected("payment.terminal-reference-required");
        payments.given().when(card(gbp("30"), " AUTH-123 ")).thenEvents(cardTaken("30"));
    }

    @Test
    void a_deposit_names_its_booking_and_a_checkout_payment_its_checkout() {
        payments.given().when(new PaymentCommand.Take(PAY, "soho", "GBP", Purpose.DEPOSIT, null, null, null,
                Tender.CASH, gbp("10"), null, null, null, "ana", NOW)).thenRejected("payment.booking-required");
        payments.given().when(new PaymentCommand.Take(PAY, "soho", "GBP", Purpose.CHECKOUT, null, null, null,
                Tender.CASH, gbp("10"), null, null, null, "ana", NOW)).thenRejected("payment.checkout-required");
    }

    @Test
    void a_voucher_payment_needs_a_code_and_cannot_buy_a_voucher() {
        payments.given().when(new PaymentCommand.Take(PAY, "soho", "GBP", Purpose.CHECKOUT, null, "k1", null,
                Tender.VOUCHER, gbp("10"), null, null, "", "ana", NOW)).thenRejected("payment.voucher-code-required");
        payments.given().when(new PaymentCommand.Take(PAY, "soho", "GBP", Purpose.VOUCHER_SALE, null, null, null,
                Tender.VOUCHER, gbp("10"), null, null, "7KQD-M2XP-9HTC", "ana", NOW))
                .thenRejected("payment.voucher-for-voucher");
    }

    @Test
    void the_same_take_again_records_nothing_and_another_under_the_same_id_is_refused() {
        payments.given(cardTaken("30")).when(card(gbp("30"), "AUTH-123")).thenNothing();
        payments.given(cardTaken("30")).when(card(gbp("31"), "AUTH-123")).thenRejected("payment.already-recorded");
    }

    @Test
    void a_declined_card_is_recorded_with_the_terminal_reference() {
        var decline = new PaymentCommand.RecordDecline(PAY, "soho", "GBP", Purpose.DEPOSIT, "b1", null, gbp("25"),
                "DECL-9", "ana", NOW);
        var declined = new PaymentEvent.Declined(PAY, "soho", Purpose.DEPOSIT, "b1", null, gbp("25"), "DECL-9", NOW);
        payments.given().when(decline).thenEvents(declined);
        payments.given(declined).when(decline).thenNothing();
        payments.given(declined).when(new PaymentCommand.Refund(PAY, gbp("25"), "oops", "ana", LATER))
                .thenRejected("payment.declined-not-refundable");
    }

    @Test
    void a_refund_is_a_compensating_record_never_more_than_what_is_left() {
        var first = new PaymentEvent.Refunded(PAY, "p1-refund-1", gbp("10.00"), Tender.CARD, "colour redone", LATER);
        payments.given(cardTaken("30")).when(new PaymentCommand.Refund(PAY, gbp("10"), " colour redone ", "ana", LATER))
                .thenEvents(first);
        payments.given(cardTaken("30"), first)
                .when(new PaymentCommand.Refund(PAY, gbp("20.01"), "rest", "ana", LATER))
                .thenRejected("payment.refund-exceeds-payment");
        payments.given(cardTaken("30"), first).when(new PaymentCommand.Refund(PAY, gbp("20"), "rest", "ana", LATER))
                .thenEvents(new PaymentEvent.Refunded(PAY, "p1-refund-2", gbp("20.00"), Tender.CARD, "rest", LATER));
    }

    @Test
    void a_refund_needs_a_reason_a_payment_and_the_payment_currency() {
        payments.given(cardTaken("30")).when(new PaymentCommand.Refund(PAY, gbp("5"), " ", "ana", LATER))
                .thenRejected("payment.refund-reason-required");
        payments.given().when(new PaymentCommand.Refund(PAY, gbp("5"), "why", "ana", LATER))
                .thenRejected("payment.not-found");
        payments.given(cardTaken("30")).when(new PaymentCommand.Refund(PAY, Money.of("5", "EUR"), "why", "ana", LATER))
                .thenRejected("payment.wrong-currency");
    }

    @Test
    void a_named_refund_is_recorded_once() {
        var refund = new PaymentCommand.Refund(PAY, "r7", gbp("5"), "deposit back", "saga", LATER);
        var refunded = new PaymentEvent.Refunded(PAY, "r7", gbp("5"), Tender.CARD, "deposit back", LATER);
        payments.given(cardTaken("30")).when(refund).thenEvents(refunded);
        payments.given(cardTaken("30"), refunded).when(refund).thenNothing();
    }

    @Test
    void what_is_left_of_a_payment_counts_its_refunds() {
        var state = new PaymentDecider().fold(java.util.List.of(cardTaken("30"),
                new PaymentEvent.Refunded(PAY, "r1", gbp("12.5"), Tender.CARD, "x", LATER)));
        assertThat(((Payment.Taken) state).left()).isEqualTo(gbp("17.50"));
    }
}
