package com.salondesk.domain.stock;

import com.salondesk.domain.shared.DeciderScenario;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StockReservationDeciderTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final List<StockLine> PLANNED = List.of(StockLine.of("tube", "60"), StockLine.of("developer", "90"));
    private static final StockEvent.Reserved RESERVED = new StockEvent.Reserved("b1", "soho", PLANNED);

    private final DeciderScenario<StockCommand.ReservationCommand, StockReservation, StockEvent.ReservationEvent>
            reservation = DeciderScenario.of(new StockReservationDecider());

    private static StockCommand.UseInService use(StockLine... lines) {
        return new StockCommand.UseInService("b1", "soho", List.of(lines), "anna", NOW);
    }

    @Test
    void a_booking_reserves_its_services_products_once() {
        StockCommand.Reserve reserve = new StockCommand.Reserve("b1", "soho", PLANNED, "saga", NOW);
        reservation.given().when(reserve).thenEvents(RESERVED);
        reservation.given(RESERVED).when(reserve).thenNothing();
        reservation.given().when(new StockCommand.Reserve("b1", "soho", List.of(), "saga", NOW)).thenNothing();
        reservation.given().when(new StockCommand.Reserve("b1", "soho", List.of(StockLine.of("tube", "0")), "saga",
                NOW)).thenRejected("stock.quantity-not-positive");
    }

    @Test
    void a_release_lets_go_of_what_is_held_and_is_a_no_op_otherwise() {
        StockCommand.Release release = new StockCommand.Release("b1", "cancelled", "saga", NOW);
        reservation.given(RESERVED).when(release).thenEvents(new StockEvent.Released("b1", "soho", PLANNED, "cancelled"));
        reservation.given(RESERVED, new StockEvent.Released("b1", "soho", PLANNED, "cancelled")).when(release).thenNothing();
        reservation.given().when(release).thenNothing();
    }

    @Test
    void use_in_the_service_takes_from_the_reservation_and_releases_what_was_not_used() {
        reservation.given(RESERVED).when(use(StockLine.of("tube", "45"), StockLine.of("toner", "10")))
                .thenEvents(
                        new StockEvent.Used("b1", "soho", List.of(StockLine.of("tube", "45"), StockLine.of("toner", "10")),
                                List.of(StockLine.of("tube", "45"))),
                        new StockEvent.Released("b1", "soho", List.of(StockLine.of("tube", "15"), StockLine.of("developer", "90")),
                                StockReservationDecider.NOT_USED));
    }

    @Test
    void using_more_than_reserved_takes_the_whole_reservation_and_releases_nothing() {
        reservation.given(RESERVED).when(use(StockLine.of("tube", "80"), StockLine.of("developer", "90")))
                .thenEvents(new StockEvent.Used("b1", "soho",
                        List.of(StockLine.of("tube", "80"), StockLine.of("developer", "90")), PLANNED));
    }

    @Test
    void use_without_a_reservation_is_recorded_once() {
        reservation.given().when(use(StockLine.of("tube", "60")))
                .thenEvents(new StockEvent.Used("b1", "soho", List.of(StockLine.of("tube", "60")), List.of()));
        reservation.given(new StockEvent.Used("b1", "soho", List.of(StockLine.of("tube", "60")), List.of()))
                .when(use(StockLine.of("tube", "60"))).thenNothing();
        reservation.given(RESERVED, new StockEvent.Used("b1", "soho", List.of(), List.of()),
                        new StockEvent.Released("b1", "soho", PLANNED, StockReservationDecider.NOT_USED))
                .when(use(StockLine.of("tube", "60"))).thenNothing();
    }

    @Test
    void nothing_used_releases_the_whole_reservation_and_counts_as_recorded() {
        reservation.given(RESERVED).when(use()).thenEvents(new StockEvent.Used("b1", "soho", List.of(), List.of()),
                new StockEvent.Released("b1", "soho", PLANNED, StockReservationDecider.NOT_USED));
        reservation.given(RESERVED).when(use(StockLine.of("tube", "-1"))).thenRejected("stock.negative-count");
    }
}
