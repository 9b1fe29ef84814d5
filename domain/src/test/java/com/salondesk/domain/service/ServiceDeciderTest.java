package com.salondesk.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.shared.DeciderScenario;
import com.salondesk.domain.shared.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ServiceDeciderTest {

    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    private static final String CUT = "cut";
    private static final ServiceEvent.Added ADDED =
            new ServiceEvent.Added(CUT, "Cut & finish", "Hair", 45, Money.of("55.00", "GBP"));

    private final DeciderScenario<ServiceCommand, SalonService, ServiceEvent> menu = DeciderScenario.of(new ServiceDecider());

    private static ServiceCommand add(String name, int minutes, String price) {
        return new ServiceCommand.Add(CUT, name, "Hair", minutes, Money.of(price, "GBP"), NOW);
    }

    private static ServiceCommand changePrice(String price) {
        return new ServiceCommand.ChangePrice(CUT, Money.of(price, "GBP"), NOW);
    }

    @Test
    void a_manager_adds_a_service_to_the_menu() {
        menu.given().when(add(" Cut & finish ", 45, "55")).thenEvents(ADDED);
    }

    @Test
    void a_free_consultation_is_allowed() {
        menu.given().when(add("Consultation", 15, "0"))
                .thenEvents(new ServiceEvent.Added(CUT, "Consultation", "Hair", 15, Money.of("0.00", "GBP")));
    }

    @Test
    void a_service_needs_a_name() {
        menu.given().when(add(" ", 45, "55")).thenRejected("service.name-required");
        menu.given().when(add(null, 45, "55")).thenRejected("service.name-required");
    }

    @Test
    void a_service_takes_between_five_minutes_and_twelve_hours() {
        menu.given().when(add("Fringe trim", 4, "5")).thenRejected("service.invalid-duration");
        menu.given().when(add("Fringe trim", 0, "5")).thenRejected("service.invalid-duration");
        menu.given().when(add("Marathon", 12 * 60 + 1, "900")).thenRejected("service.invalid-duration");
        menu.given().when(add("Fringe trim", 5, "5"))
                .thenEvents(new ServiceEvent.Added(CUT, "Fringe trim", "Hair", 5, Money.of("5", "GBP")));
        menu.given().when(add("Extensions", 12 * 60, "900"))
                .thenEvents(new ServiceEvent.Added(CUT, "Extensions", "Hair", 720, Money.of("900", "GBP")));
    }

    @Test
    void a_price_cannot_be_negative() {
        menu.given().when(add("Cut & finish", 45, "-1")).thenRejected("service.negative-price");
    }

    @Test
    void a_service_is_added_once() {
        menu.given(ADDED).when(add("Cut & finish", 45, "55")).thenRejected("service.already-offered");
    }

    @Test
    void a_manager_changes_a_price() {
        menu.given(ADDED).when(changePrice("60")).thenEvents(new ServiceEvent.PriceChanged(CUT, Money.of("60.00", "GBP")));
    }

    @Test
    void the_price_it_already_has_changes_nothing() {
        menu.given(ADDED).when(changePrice("55")).thenNothing();
        menu.given(ADDED, new ServiceEvent.PriceChanged(CUT, Money.of("60", "GBP"))).when(changePrice("60.0")).thenNothing();
    }

    @Test
    void a_new_price_cannot_be_negative() {
        menu.given(ADDED).when(changePrice("-0.01")).thenRejected("service.negative-price");
    }

    @Test
    void the_price_of_a_service_not_on_the_menu_cannot_change() {
        menu.given().when(changePrice("60")).thenRejected("service.not-found");
    }

    @Test
    void stream_is_named_after_the_service() {
        assertThat(ServiceDecider.streamId(CUT)).isEqualTo("service-cut");
    }

    @Test
    void each_event_is_decided_again_as_the_command_that_recorded_it() {
        java.time.Instant at = java.time.Instant.parse("2026-11-26T08:00:00Z");
        menu.given().when(ServiceDecider.again(ADDED, at)).thenEvents(ADDED);
        var price = new ServiceEvent.PriceChanged(CUT, Money.of("60.00", "GBP"));
        menu.given(ADDED).when(ServiceDecider.again(price, at)).thenEvents(price);
    }

    @Test
    void a_colour_declares_the_back_bar_products_it_uses() {
        var products = java.util.List.of(com.salondesk.domain.stock.StockLine.of("tube", "60"),
                com.salondesk.domain.stock.StockLine.of("developer", "90"));
        menu.given(ADDED).when(new ServiceCommand.ChangeProductsUsed(CUT, products, NOW))
                .thenEvents(new ServiceEvent.ProductsUsedChanged(CUT, products));
        menu.given(ADDED, new ServiceEvent.ProductsUsedChanged(CUT, products))
                .when(new ServiceCommand.ChangeProductsUsed(CUT, products, NOW)).thenNothing();
        menu.given(ADDED).when(new ServiceCommand.ChangeProductsUsed(CUT,
                java.util.List.of(com.salondesk.domain.stock.StockLine.of("tube", "0")), NOW))
                .thenRejected("service.product-quantity-not-positive");
        menu.given(ADDED).when(new ServiceCommand.ChangeProductsUsed(CUT, java.util.List.of(
                com.salondesk.domain.stock.StockLine.of("tube", "1"), com.salondesk.domain.stock.StockLine.of("tube", "2")),
                NOW)).thenRejected("stock.product-twice");
        SalonService after = new ServiceDecider().fold(java.util.List.of(ADDED,
                new ServiceEvent.ProductsUsedChanged(CUT, products), new ServiceEvent.PriceChanged(CUT, Money.of("60", "GBP"))));
        assertThat(((SalonService.Offered) after).productsUsed()).isEqualTo(products);
    }

    @Test
    void a_long_service_asks_a_deposit_no_more_than_its_price() {
        menu.given(ADDED).when(new ServiceCommand.ChangeDeposit(CUT, Money.of("20", "GBP"), 48, NOW))
                .thenEvents(new ServiceEvent.DepositChanged(CUT, Money.of("20", "GBP"), 48));
        menu.given(ADDED, new ServiceEvent.DepositChanged(CUT, Money.of("20", "GBP"), 48))
                .when(new ServiceCommand.ChangeDeposit(CUT, Money.of("20.00", "GBP"), 48, NOW)).thenNothing();
        menu.given(ADDED, new ServiceEvent.DepositChanged(CUT, Money.of("20", "GBP"), 48))
                .when(new ServiceCommand.ChangeDeposit(CUT, null, 5, NOW))
                .thenEvents(new ServiceEvent.DepositChanged(CUT, null, 0));
        menu.given(ADDED).when(new ServiceCommand.ChangeDeposit(CUT, Money.of("56", "GBP"), 48, NOW))
                .thenRejected("service.deposit-above-price");
        menu.given(ADDED).when(new ServiceCommand.ChangeDeposit(CUT, Money.of("10", "EUR"), 48, NOW))
                .thenRejected("service.deposit-above-price");
        menu.given(ADDED).when(new ServiceCommand.ChangeDeposit(CUT, Money.of("0", "GBP"), 48, NOW))
                .thenRejected("service.deposit-not-positive");
        menu.given(ADDED).when(new ServiceCommand.ChangeDeposit(CUT, Money.of("10", "GBP"), -1, NOW))
                .thenRejected("service.deposit-pay-within");
        menu.given().when(new ServiceCommand.ChangeDeposit(CUT, Money.of("10", "GBP"), 1, NOW))
                .thenRejected("service.not-found");
        SalonService after = new ServiceDecider().fold(java.util.List.of(ADDED,
                new ServiceEvent.DepositChanged(CUT, Money.of("20", "GBP"), 48)));
        assertThat(((SalonService.Offered) after).deposit()).isEqualTo(new Deposit(Money.of("20", "GBP"), 48));
        assertThat(new SalonService.Offered("x", "X", "Hair", 30, Money.of("1", "GBP")).deposit()).isNull();
    }

    @Test
    void new_events_are_decided_again_as_their_commands() {
        var products = new ServiceEvent.ProductsUsedChanged(CUT, java.util.List.of(
                com.salondesk.domain.stock.StockLine.of("tube", "60")));
        menu.given(ADDED).when(ServiceDecider.again(products, NOW)).thenEvents(products);
        var deposit = new ServiceEvent.DepositChanged(CUT, Money.of("20.00", "GBP"), 24);
        menu.given(ADDED).when(ServiceDecider.again(deposit, NOW)).thenEvents(deposit);
    }
}
