package com.salondesk.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.availability.Phases;
import com.salondesk.domain.shared.DeciderScenario;
import com.salondesk.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A service's phases (active, processing, finishing, cleanup) and the resources it needs. */
class ServiceTimingDeciderTest {

    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    private static final String COLOUR = "colour";
    private static final ServiceEvent.Added ADDED =
            new ServiceEvent.Added(COLOUR, "Full colour", "Colour", 90, Money.of("120.00", "GBP"));
    private static final ServiceEvent.TimingChanged TIMED = new ServiceEvent.TimingChanged(COLOUR, 30, 30, 15, 10);

    private final DeciderScenario<ServiceCommand, SalonService, ServiceEvent> menu =
            DeciderScenario.of(new ServiceDecider());

    private static ServiceCommand timing(int active, int processing, int finishing, int cleanup) {
        return new ServiceCommand.ChangeTiming(COLOUR, active, processing, finishing, cleanup, NOW);
    }

    @Test
    void a_colour_gets_its_processing_time_and_takes_the_client_the_sum_of_its_phases() {
        menu.given(ADDED).when(timing(30, 30, 15, 10)).thenEvents(TIMED);
        menu.given(ADDED, TIMED).when(timing(30, 30, 15, 10)).thenNothing();

        var timed = (SalonService.Offered) new ServiceDecider().fold(List.of(ADDED, TIMED));
        assertThat(timed.durationMinutes()).isEqualTo(75);
        assertThat(timed.phases()).isEqualTo(new Phases(30, 30, 15, 10));
    }

    @Test
    void a_service_never_timed_is_its_stylists_work_from_start_to_end() {
        var added = (SalonService.Offered) new ServiceDecider().fold(List.of(ADDED));

        assertThat(added.phases()).isEqualTo(Phases.simple(90));
        assertThat(added.resourceIds()).isEmpty();
        menu.given(ADDED).when(timing(90, 0, 0, 0)).thenNothing();
    }

    @Test
    void phases_come_in_five_minute_steps_and_start_with_the_stylists_work() {
        menu.given(ADDED).when(timing(30, 32, 15, 0)).thenRejected("service.phase-not-in-steps");
        menu.given(ADDED).when(timing(30, -5, 15, 0)).thenRejected("service.phase-not-in-steps");
        menu.given(ADDED).when(timing(0, 30, 15, 0)).thenRejected("service.active-time-required");
        menu.given(ADDED).when(timing(30, 12 * 60, 15, 0)).thenRejected("service.invalid-duration");
        menu.given(ADDED).when(timing(30, 0, 0, 125)).thenRejected("service.cleanup-too-long");
        menu.given().when(timing(30, 30, 15, 0)).thenRejected("service.not-found");
    }

    @Test
    void the_resources_a_service_needs_are_kept_sorted_and_once() {
        menu.given(ADDED).when(new ServiceCommand.ChangeResources(COLOUR, List.of("basin", "chair", "basin"), NOW))
                .thenEvents(new ServiceEvent.ResourcesChanged(COLOUR, List.of("basin", "chair")));
        menu.given(ADDED, new ServiceEvent.ResourcesChanged(COLOUR, List.of("basin")))
                .when(new ServiceCommand.ChangeResources(COLOUR, List.of("basin"), NOW)).thenNothing();
        menu.given(ADDED).when(new ServiceCommand.ChangeResources(COLOUR, List.of(" "), NOW))
                .thenRejected("service.resource-id-required");
        menu.given(ADDED).when(new ServiceCommand.ChangeResources(COLOUR, List.of(), NOW)).thenNothing();
    }

    @Test
    void the_price_keeps_the_phases() {
        var state = (SalonService.Offered) new ServiceDecider().fold(List.of(ADDED, TIMED,
                new ServiceEvent.ResourcesChanged(COLOUR, List.of("basin")),
                new ServiceEvent.PriceChanged(COLOUR, Money.of("130.00", "GBP"))));

        assertThat(state.phases()).isEqualTo(new Phases(30, 30, 15, 10));
        assertThat(state.resourceIds()).containsExactly("basin");
    }
}
