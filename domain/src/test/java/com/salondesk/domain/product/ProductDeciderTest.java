package com.salondesk.domain.product;

import com.salondesk.domain.shared.DeciderScenario;
import com.salondesk.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProductDeciderTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final ProductEvent.Added SHAMPOO = new ProductEvent.Added("shampoo", "Repair shampoo 250 ml",
            "SH-250", ProductKind.RETAIL, ProductUnit.PIECE, Money.of("14.50", "GBP"));
    private static final ProductEvent.Added TUBE = new ProductEvent.Added("tube", "Colour tube 6.1", "CT-61",
            ProductKind.BACK_BAR, ProductUnit.ML, null);

    private final DeciderScenario<ProductCommand, Product, ProductEvent> range = DeciderScenario.of(new ProductDecider());

    private static ProductCommand add(String name, String sku, ProductKind kind, ProductUnit unit, String price) {
        return new ProductCommand.Add("shampoo", name, sku, kind, unit, price == null ? null : Money.of(price, "GBP"),
                "manager", NOW);
    }

    private static ProductCommand threshold(String branch, String amount) {
        return new ProductCommand.SetLowStockThreshold("shampoo", branch, new BigDecimal(amount), "manager", NOW);
    }

    @Test
    void a_manager_adds_a_retail_product_with_its_price() {
        range.given().when(add(" Repair shampoo 250 ml ", "SH-250", ProductKind.RETAIL, ProductUnit.PIECE, "14.5"))
                .thenEvents(SHAMPOO);
    }

    @Test
    void a_back_bar_product_has_no_retail_price_and_a_retail_one_needs_one() {
        range.given().when(new ProductCommand.Add("tube", "Colour tube 6.1", "CT-61", ProductKind.BACK_BAR,
                ProductUnit.ML, null, "manager", NOW)).thenEvents(TUBE);
        range.given().when(add("Colour tube", "CT", ProductKind.BACK_BAR, ProductUnit.ML, "3"))
                .thenRejected("product.back-bar-has-no-price");
        range.given().when(add("Shampoo", "SH", ProductKind.RETAIL, ProductUnit.PIECE, null))
                .thenRejected("product.retail-price-required");
        range.given().when(add("Shampoo", "SH", ProductKind.RETAIL, ProductUnit.PIECE, "-1"))
                .thenRejected("product.negative-price");
    }

    @Test
    void a_product_needs_a_name_a_sku_a_kind_and_a_unit() {
        range.given().when(add(" ", "SH", ProductKind.RETAIL, ProductUnit.PIECE, "1"))
                .thenRejected("product.name-required");
        range.given().when(add("Shampoo", "", ProductKind.RETAIL, ProductUnit.PIECE, "1"))
                .thenRejected("product.sku-required");
        range.given().when(add("Shampoo", "SH", null, ProductUnit.PIECE, "1"))
                .thenRejected("product.kind-and-unit-required");
    }

    @Test
    void adding_the_same_product_again_changes_nothing_but_other_details_are_refused() {
        range.given(SHAMPOO).when(add("Repair shampoo 250 ml", "SH-250", ProductKind.RETAIL, ProductUnit.PIECE,
                "14.50")).thenNothing();
        range.given(SHAMPOO, new ProductEvent.LowStockThresholdSet("shampoo", "soho", BigDecimal.TWO))
                .when(add("Repair shampoo 250 ml", "SH-250", ProductKind.RETAIL, ProductUnit.PIECE, "14.50"))
                .thenNothing();
        range.given(SHAMPOO).when(add("Other shampoo", "SH-250", ProductKind.RETAIL, ProductUnit.PIECE, "14.50"))
                .thenRejected("product.already-added");
    }

    @Test
    void a_retail_price_changes_and_the_same_price_is_no_change() {
        range.given(SHAMPOO).when(new ProductCommand.ChangePrice("shampoo", Money.of("15", "GBP"), "manager", NOW))
                .thenEvents(new ProductEvent.PriceChanged("shampoo", Money.of("15.00", "GBP")));
        range.given(SHAMPOO).when(new ProductCommand.ChangePrice("shampoo", Money.of("14.50", "GBP"), "manager", NOW))
                .thenNothing();
        range.given().when(new ProductCommand.ChangePrice("shampoo", Money.of("15", "GBP"), "manager", NOW))
                .thenRejected("product.not-found");
        range.given(SHAMPOO).when(new ProductCommand.ChangePrice("shampoo", Money.of("-1", "GBP"), "manager", NOW))
                .thenRejected("product.negative-price");
    }

    @Test
    void each_branch_has_its_own_low_stock_threshold() {
        range.given(SHAMPOO).when(threshold("soho", "4"))
                .thenEvents(new ProductEvent.LowStockThresholdSet("shampoo", "soho", new BigDecimal("4")));
        range.given(SHAMPOO, new ProductEvent.LowStockThresholdSet("shampoo", "soho", new BigDecimal("4")))
                .when(threshold("soho", "4.0")).thenNothing();
        range.given(SHAMPOO, new ProductEvent.LowStockThresholdSet("shampoo", "soho", new BigDecimal("4")))
                .when(threshold("camden", "4"))
                .thenEvents(new ProductEvent.LowStockThresholdSet("shampoo", "camden", new BigDecimal("4")));
    }

    @Test
    void a_threshold_is_not_negative_and_fits_the_unit() {
        range.given(SHAMPOO).when(threshold("soho", "-1")).thenRejected("product.negative-threshold");
        range.given(SHAMPOO).when(threshold("soho", "1.5")).thenRejected("stock.quantity-unit");
        range.given().when(threshold("soho", "1")).thenRejected("product.not-found");
    }
}
