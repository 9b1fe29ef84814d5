package com.salondesk.persistence.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salondesk.domain.branch.TaxRates;
import com.salondesk.domain.checkout.CheckoutCommand;
import com.salondesk.domain.checkout.CheckoutDecider;
import com.salondesk.domain.checkout.CheckoutEvent;
import com.salondesk.domain.checkout.CheckoutItem;
import com.salondesk.domain.payment.PaymentCommand;
import com.salondesk.domain.payment.PaymentDecider;
import com.salondesk.domain.payment.PaymentEvent;
import com.salondesk.domain.payment.Purpose;
import com.salondesk.domain.payment.Tender;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.till.TillEvent;
import com.salondesk.persistence.TestChain;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.DeskIdentity;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.read.DayCloseReport;
import com.salondesk.persistence.read.TillMovementView;
import com.salondesk.persistence.read.TillView;
import com.salondesk.persistence.runtime.Projections;
import com.salondesk.persistence.projection.TillProjection;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The till on a real desk: expected cash from the till's own movements and the cash its desk took and gave back,
 * one open till per desk, nothing after the close, and the branch's day-close report.
 */
class TillDeskTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    /** Another desk of the same branch. */
    private static final DeskIdentity OTHER_DESK = new DeskIdentity("acme", "soho", "desk-soho-2");

    @TempDir
    Path folder;
    private DeskBackEnd desk;

    @BeforeEach
    void open() {
        desk = DeskBackEnd.open(folder, TestChain.clockFrom("2026-12-01T12:00:00Z"));
        TestChain.setUp(desk);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private static Money gbp(String amount) {
        return Money.of(amount, "GBP");
    }

    private TillView till(String tillId) {
        desk.awaitProjections();
        return desk.tillQueries().till(tillId).orElseThrow();
    }

    /** A payment taken on the desk {@code ctx} names; its id. */
    private String take(EventContext ctx, Purpose purpose, Tender tender, String amount, String received) {
        String id = UUID.randomUUID().toString();
        desk.store().executeOnNewStream(ctx, PaymentDecider.streamId(id), new PaymentDecider(), PaymentEvent.class,
                new PaymentCommand.Take(id, TestChain.BRANCH, "GBP", purpose,
                        purpose == Purpose.DEPOSIT ? "bk-1" : null, purpose == Purpose.CHECKOUT ? "co-1" : null,
                        null, tender, gbp(amount), received == null ? null : gbp(received),
                        tender == Tender.CARD ? "AUTH-1" : null, tender == Tender.VOUCHER ? "7KQD-M2XP-9HTC" : null,
                        "maria", NOW));
        return id;
    }

    private void refund(EventContext ctx, String paymentId, String amount) {
        desk.store().execute(ctx, PaymentDecider.streamId(paymentId), new PaymentDecider(), PaymentEvent.class,
                new PaymentCommand.Refund(paymentId, gbp(amount), "colour did not take", "maria", NOW));
    }

    @Test
    void expected_cash_counts_the_float_cash_in_and_out_sales_with_change_and_cash_refunds() {
        String tillId = desk.tills().open(TestChain.ctx(), gbp("150.00"));
        desk.tills().putIn(TestChain.ctx(), tillId, gbp("20.00"), "change from the bank");
        desk.tills().takeOut(TestChain.ctx(), tillId, gbp("12.50"), "window cleaner");
        // £55 paid with £60: £5 back, so the drawer gains £55.
        String cut = take(TestChain.ctx(), Purpose.CHECKOUT, Tender.CASH, "55.00", "60.00");
        take(TestChain.ctx(), Purpose.CHECKOUT, Tender.CARD, "120.00", null);
        refund(TestChain.ctx(), cut, "10.00");

        TillView view = till(tillId);
        assertThat(view.businessDay()).isEqualTo(DAY);
        assertThat(view.cashTaken()).isEqualTo(gbp("55.00"));
        assertThat(view.cashRefunded()).isEqualTo(gbp("10.00"));
        assertThat(view.expected()).isEqualTo(gbp("202.50"));
        assertThat(desk.tillQueries().movements(tillId)).extracting(TillMovementView::kind).containsExactly(
                TillMovementView.Kind.IN, TillMovementView.Kind.OUT, TillMovementView.Kind.SALE,
                TillMovementView.Kind.REFUND);
    }

    @Test
    void cash_taken_or_refunded_on_another_desk_does_not_touch_this_till() {
        String tillId = desk.tills().open(TestChain.ctx(), gbp("100.00"));
        EventContext other = EventContext.command(OTHER_DESK, "tom");
        String elsewhere = take(other, Purpose.CHECKOUT, Tender.CASH, "40.00", null);
        String here = take(TestChain.ctx(), Purpose.CHECKOUT, Tender.CASH, "30.00", null);
        // This desk's payment refunded on the other desk: the cash leaves the other desk's drawer.
        refund(other, here, "30.00");
        refund(other, elsewhere, "5.00");

        TillView view = till(tillId);
        assertThat(view.cashTaken()).isEqualTo(gbp("30.00"));
        assertThat(view.cashRefunded()).isEqualTo(gbp("0.00"));
        assertThat(view.expected()).isEqualTo(gbp("130.00"));
    }

    @Test
    void the_close_records_counted_expected_and_difference_and_then_nothing_moves() {
        String tillId = desk.tills().open(TestChain.ctx(), gbp("150.00"));
        take(TestChain.ctx(), Purpose.CHECKOUT, Tender.CASH, "55.00", "60.00");
        desk.awaitProjections();

        TillEvent.Closed closed = desk.tills().close(TestChain.ctx(), tillId, gbp("204.50"), gbp("205.00"), List.of());

        assertThat(closed.difference()).isEqualTo(gbp("-0.50"));
        TillView view = till(tillId);
        assertThat(view.isOpen()).isFalse();
        assertThat(view.counted()).isEqualTo(gbp("204.50"));
        assertThat(view.expectedAtClose()).isEqualTo(gbp("205.00"));
        assertThat(view.difference()).isEqualTo(gbp("-0.50"));
        assertThat(desk.tillQueries().openTill(TestChain.DESK.deviceId())).isEmpty();
        long before = desk.log().count();
        assertThatThrownBy(() -> desk.tills().putIn(TestChain.ctx(), tillId, gbp("1.00"), "late"))
                .isInstanceOf(DomainRejection.class).extracting(e -> ((DomainRejection) e).code())
                .isEqualTo("till.closed");
        assertThat(desk.log().count()).isEqualTo(before);
    }

    @Test
    void a_close_against_an_expected_cash_that_moved_meanwhile_is_refused() {
        String tillId = desk.tills().open(TestChain.ctx(), gbp("150.00"));
        desk.awaitProjections();
        take(TestChain.ctx(), Purpose.CHECKOUT, Tender.CASH, "10.00", null);
        desk.awaitProjections();
        long before = desk.log().count();
        assertThatThrownBy(() -> desk.tills().close(TestChain.ctx(), tillId, gbp("150.00"), gbp("150.00"), List.of()))
                .isInstanceOf(DomainRejection.class).extracting(e -> ((DomainRejection) e).code())
                .isEqualTo("till.expected-changed");
        assertThat(desk.log().count()).isEqualTo(before);
    }

    @Test
    void one_open_till_per_desk_and_the_next_opens_after_the_close() {
        String first = desk.tills().open(TestChain.ctx(), gbp("150.00"));
        long before = desk.log().count();
        assertThatThrownBy(() -> desk.tills().open(TestChain.ctx(), gbp("100.00")))
                .isInstanceOf(DomainRejection.class).extracting(e -> ((DomainRejection) e).code())
                .isEqualTo("till.desk-has-open-till");
        assertThat(desk.log().count()).isEqualTo(before);
        // Another desk of the branch has a drawer of its own.
        String other = desk.tills().open(EventContext.command(OTHER_DESK, "tom"), gbp("80.00"));
        assertThat(other).isNotEqualTo(first);

        desk.awaitProjections();
        desk.tills().close(TestChain.ctx(), first, gbp("150.00"), gbp("150.00"), List.of());
        String second = desk.tills().open(TestChain.ctx(), gbp("150.00"));
        desk.awaitProjections();
        assertThat(desk.tillQueries().openTill(TestChain.DESK.deviceId())).get().extracting(TillView::tillId)
                .isEqualTo(second);
    }

    @Test
    void bad_amounts_and_a_missing_reason_write_nothing() {
        long before = desk.log().count();
        assertThatThrownBy(() -> desk.tills().open(TestChain.ctx(), gbp("-1.00")))
                .extracting(e -> ((DomainRejection) e).code()).isEqualTo("till.float-negative");
        String tillId = desk.tills().open(TestChain.ctx(), gbp("0.00"));
        long opened = desk.log().count();
        assertThat(opened).isEqualTo(before + 2);
        assertThatThrownBy(() -> desk.tills().takeOut(TestChain.ctx(), tillId, gbp("0.00"), "bank"))
                .extracting(e -> ((DomainRejection) e).code()).isEqualTo("till.amount-not-positive");
        assertThatThrownBy(() -> desk.tills().putIn(TestChain.ctx(), tillId, gbp("5.00"), " "))
                .extracting(e -> ((DomainRejection) e).code()).isEqualTo("till.reason-required");
        assertThat(desk.log().count()).isEqualTo(opened);
    }

    @Test
    void the_day_close_report_adds_up_the_branchs_day() {
        String tillId = desk.tills().open(TestChain.ctx(), gbp("100.00"));
        String checkoutId = UUID.randomUUID().toString();
        String cash = take(TestChain.ctx(), Purpose.CHECKOUT, Tender.CASH, "40.00", "50.00");
        String card = take(TestChain.ctx(), Purpose.CHECKOUT, Tender.CARD, "50.00", null);
        String voucher = take(TestChain.ctx(), Purpose.CHECKOUT, Tender.VOUCHER, "25.00", null);
        desk.store().executeOnNewStream(TestChain.ctx(), CheckoutDecider.streamId(checkoutId), new CheckoutDecider(),
                CheckoutEvent.class, new CheckoutCommand.Complete(checkoutId, TestChain.BRANCH, "GBP",
                        new TaxRates(Map.of(TaxRates.SERVICES, new BigDecimal("20"), TaxRates.RETAIL,
                                new BigDecimal("20"))),
                        null, List.of(), List.of(CheckoutItem.service(TestChain.CUT, "Cut & finish", gbp("55.00")),
                        CheckoutItem.retail("shampoo", "Shampoo", BigDecimal.ONE, gbp("50.00")),
                        CheckoutItem.tip(TestChain.STYLIST, "Tip for Anna", gbp("10.00"))), List.of(),
                        List.of(cash, card, voucher), gbp("115.00"), false, "maria", NOW));
        take(TestChain.ctx(), Purpose.VOUCHER_SALE, Tender.CARD, "30.00", null);
        take(TestChain.ctx(), Purpose.DEPOSIT, Tender.CARD, "20.00", null);
        refund(TestChain.ctx(), card, "5.00");
        desk.awaitProjections();
        desk.tills().close(TestChain.ctx(), tillId, gbp("141.00"), gbp("140.00"), List.of());

        desk.awaitProjections();
        DayCloseReport report = desk.tillQueries().dayClose(TestChain.BRANCH, DAY, "GBP");
        assertThat(report.taken()).containsEntry(Tender.CASH, gbp("40.00")).containsEntry(Tender.CARD, gbp("100.00"))
                .containsEntry(Tender.VOUCHER, gbp("25.00"));
        assertThat(report.refunded()).containsEntry(Tender.CARD, gbp("5.00")).containsEntry(Tender.CASH, gbp("0.00"));
        assertThat(report.net()).isEqualTo(gbp("160.00"));
        assertThat(report.checkouts()).isEqualTo(1);
        assertThat(report.checkoutTotal()).isEqualTo(gbp("115.00"));
        // 20 % included in £55 and £50: 9.17 + 8.33; the tip carries none.
        assertThat(report.tax()).isEqualTo(gbp("17.50"));
        assertThat(report.tips()).isEqualTo(gbp("10.00"));
        assertThat(report.vouchersSold()).isEqualTo(gbp("30.00"));
        assertThat(report.vouchersRedeemed()).isEqualTo(gbp("25.00"));
        assertThat(report.deposits()).isEqualTo(gbp("20.00"));
        assertThat(report.tills()).singleElement().satisfies(t -> {
            assertThat(t.counted()).isEqualTo(gbp("141.00"));
            assertThat(t.expectedAtClose()).isEqualTo(gbp("140.00"));
            assertThat(t.difference()).isEqualTo(gbp("1.00"));
        });
        assertThat(desk.tillQueries().dayClose(TestChain.BRANCH, DAY.minusDays(1), "GBP").checkouts()).isZero();
    }

    @Test
    void a_rebuild_of_the_till_read_model_gives_the_same_figures() {
        String tillId = desk.tills().open(TestChain.ctx(), gbp("150.00"));
        take(TestChain.ctx(), Purpose.CHECKOUT, Tender.CASH, "55.00", "60.00");
        take(TestChain.ctx(), Purpose.CHECKOUT, Tender.CARD, "20.00", null);
        TillView before = till(tillId);
        DayCloseReport reportBefore = desk.tillQueries().dayClose(TestChain.BRANCH, DAY, "GBP");

        Projections projections = desk.runtime().projections();
        projections.rebuild(TillProjection.NAME);
        desk.awaitProjections();

        assertThat(desk.tillQueries().till(tillId)).contains(before);
        assertThat(desk.tillQueries().dayClose(TestChain.BRANCH, DAY, "GBP")).isEqualTo(reportBefore);
    }
}
