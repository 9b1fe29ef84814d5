package com.salondesk.domain.stock;

import com.salondesk.domain.shared.DeciderScenario;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StockMovementDeciderTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final Map<String, BigDecimal> ON_HAND = Map.of("shampoo", new BigDecimal("3"),
            "tube", new BigDecimal("120"));

    private final DeciderScenario<StockCommand.MovementCommand, StockMovement, StockEvent.MovementEvent> stock =
            DeciderScenario.of(new StockMovementDecider(ON_HAND));

    private static StockLine line(String product, String quantity) {
        return StockLine.of(product, quantity);
    }

    private static StockCommand.Adjust adjust(String reason, boolean accept, StockLine... lines) {
        return new StockCommand.Adjust("m1", "soho", reason, List.of(lines), accept, "anna", NOW);
    }

    @Test
    void a_delivery_is_received_with_its_supplier_reference() {
        stock.given().when(new StockCommand.Receive("m1", "soho", " DN-4471 ",
                        List.of(line("shampoo", "12"), line("tube", "500")), "anna", NOW))
                .thenEvents(new StockEvent.Received("m1", "soho", "DN-4471",
                        List.of(line("shampoo", "12"), line("tube", "500"))));
    }

    @Test
    void a_delivery_line_is_more_than_zero_and_names_its_product_once() {
        stock.given().when(new StockCommand.Receive("m1", "soho", "", List.of(line("shampoo", "0")), "anna", NOW))
                .thenRejected("stock.quantity-not-positive");
        stock.given().when(new StockCommand.Receive("m1", "soho", "", List.of(line("shampoo", "-2")), "anna", NOW))
                .thenRejected("stock.quantity-not-positive");
        stock.given().when(new StockCommand.Receive("m1", "soho", "",
                List.of(line("shampoo", "1"), line("shampoo", "2")), "anna", NOW)).thenRejected("stock.product-twice");
        stock.given().when(new StockCommand.Receive("m1", "soho", "", List.of(), "anna", NOW))
                .thenRejected("stock.no-lines");
    }

    @Test
    void an_adjustment_needs_a_reason_and_a_change() {
        stock.given().when(adjust(" ", false, line("shampoo", "-1"))).thenRejected("stock.reason-required");
        stock.given().when(adjust(null, false, line("shampoo", "-1"))).thenRejected("stock.reason-required");
        stock.given().when(adjust("broken", false, line("shampoo", "0"))).thenRejected("stock.quantity-zero");
        stock.given().when(adjust(" broken bottle ", false, line("shampoo", "-1")))
                .thenEvents(new StockEvent.Adjusted("m1", "soho", "broken bottle", List.of(line("shampoo", "-1")),
                        List.of()));
    }

    @Test
    void taking_stock_below_zero_is_refused_until_the_person_accepts_the_warning() {
        stock.given().when(adjust("tester opened", false, line("shampoo", "-5")))
                .thenRejected("stock.below-zero");
        stock.given().when(adjust("tester opened", true, line("shampoo", "-5"), line("tube", "-20")))
                .thenEvents(new StockEvent.Adjusted("m1", "soho", "tester opened",
                        List.of(line("shampoo", "-5"), line("tube", "-20")), List.of(line("shampoo", "-2"))));
    }

    @Test
    void a_sale_takes_retail_stock_and_records_what_went_below_zero() {
        stock.given().when(new StockCommand.RecordSale("m1", "soho", "co1", List.of(line("shampoo", "3")), false,
                        "anna", NOW))
                .thenEvents(new StockEvent.Sold("m1", "soho", "co1", List.of(line("shampoo", "3")), List.of()));
        stock.given().when(new StockCommand.RecordSale("m1", "soho", "co1", List.of(line("shampoo", "4")), false,
                "anna", NOW)).thenRejected("stock.below-zero");
        stock.given().when(new StockCommand.RecordSale("m1", "soho", "co1", List.of(line("conditioner", "1")), true,
                        "anna", NOW))
                .thenEvents(new StockEvent.Sold("m1", "soho", "co1", List.of(line("conditioner", "1")),
                        List.of(line("conditioner", "-1"))));
        stock.given().when(new StockCommand.RecordSale("m1", "soho", " ", List.of(line("shampoo", "1")), false,
                "anna", NOW)).thenRejected("stock.checkout-required");
    }

    @Test
    void a_stocktake_records_expected_counted_and_the_difference() {
        StockEvent.Counted counted = new StockEvent.Counted("m1", "soho", List.of(
                new StockCount("shampoo", new BigDecimal("3"), new BigDecimal("2"), new BigDecimal("-1")),
                new StockCount("tube", new BigDecimal("120"), new BigDecimal("120"), new BigDecimal("0")),
                new StockCount("gel", BigDecimal.ZERO, new BigDecimal("4"), new BigDecimal("4"))));
        stock.given().when(new StockCommand.Stocktake("m1", "soho",
                        List.of(line("shampoo", "2"), line("tube", "120"), line("gel", "4")), "anna", NOW))
                .thenEvents(counted);
        org.assertj.core.api.Assertions.assertThat(counted.changes())
                .containsExactly(line("shampoo", "-1"), line("gel", "4"));
        stock.given().when(new StockCommand.Stocktake("m1", "soho", List.of(line("shampoo", "-1")), "anna", NOW))
                .thenRejected("stock.negative-count");
    }

    @Test
    void the_same_movement_again_records_nothing() {
        stock.given(new StockEvent.Received("m1", "soho", "", List.of(line("shampoo", "12"))))
                .when(new StockCommand.Receive("m1", "soho", "", List.of(line("shampoo", "12")), "anna", NOW))
                .thenNothing();
    }
}
