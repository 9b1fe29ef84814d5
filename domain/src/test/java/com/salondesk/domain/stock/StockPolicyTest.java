package com.salondesk.domain.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salondesk.domain.product.Product;
import com.salondesk.domain.product.ProductKind;
import com.salondesk.domain.product.ProductUnit;
import com.salondesk.domain.shared.DomainRejection;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StockPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    private static StockCommand.Reserve reserve(StockLine... lines) {
        return new StockCommand.Reserve("b1", "soho", List.of(lines), "saga", NOW);
    }

    @Test
    void a_reservation_goes_ahead_when_enough_is_available() {
        StockCommand.Reserve reserve = reserve(StockLine.of("tube", "60"));
        assertThat(StockPolicy.reserve(Map.of("tube", new BigDecimal("60")), reserve)).isSameAs(reserve);
    }

    @Test
    void not_enough_names_the_product_the_amount_wanted_and_what_is_available() {
        assertThatThrownBy(() -> StockPolicy.reserve(Map.of("tube", new BigDecimal("50")),
                reserve(StockLine.of("tube", "30"), StockLine.of("tube", "30"))))
                .isInstanceOfSatisfying(DomainRejection.class, r -> {
                    assertThat(r.code()).isEqualTo("stock.not-enough");
                    assertThat(r.arguments()).containsExactly("tube", "60", "50");
                });
        assertThatThrownBy(() -> StockPolicy.reserve(Map.of(), reserve(StockLine.of("gel", "1"))))
                .isInstanceOfSatisfying(DomainRejection.class,
                        r -> assertThat(r.arguments()).containsExactly("gel", "1", "0"));
    }

    @Test
    void below_zero_lists_what_a_change_takes_under_zero_with_the_level_reached() {
        Map<String, BigDecimal> onHand = Map.of("tube", new BigDecimal("10"), "gel", new BigDecimal("-2"));
        assertThat(StockPolicy.belowZero(onHand, List.of(StockLine.of("tube", "-10")))).isEmpty();
        assertThat(StockPolicy.belowZero(onHand, List.of(StockLine.of("tube", "-11"), StockLine.of("gel", "1"))))
                .containsExactly(StockLine.of("tube", "-1"));
        assertThat(StockPolicy.belowZero(onHand, List.of(StockLine.of("gel", "-1"))))
                .containsExactly(StockLine.of("gel", "-3"));
    }

    @Test
    void lines_name_known_products_in_quantities_their_unit_allows() {
        Map<String, Product> products = Map.of("tube", new Product.Added("tube", "Colour tube", "CT", ProductKind.BACK_BAR,
                ProductUnit.ML, null, Map.of()), "brush", new Product.Added("brush", "Brush", "BR", ProductKind.RETAIL,
                ProductUnit.PIECE, null, Map.of()));
        StockPolicy.checkProducts(products, List.of(StockLine.of("tube", "12.5"), StockLine.of("brush", "2.00")));
        assertThatThrownBy(() -> StockPolicy.checkProducts(products, List.of(StockLine.of("brush", "1.5"))))
                .isInstanceOfSatisfying(DomainRejection.class, r -> assertThat(r.code()).isEqualTo("stock.quantity-unit"));
        assertThatThrownBy(() -> StockPolicy.checkProducts(products, List.of(StockLine.of("comb", "1"))))
                .isInstanceOfSatisfying(DomainRejection.class,
                        r -> assertThat(r.code()).isEqualTo("stock.unknown-product"));
        assertThatThrownBy(() -> StockPolicy.checkProducts(products, List.of(StockLine.of("tube", "0.125"))))
                .isInstanceOf(DomainRejection.class);
    }
}
