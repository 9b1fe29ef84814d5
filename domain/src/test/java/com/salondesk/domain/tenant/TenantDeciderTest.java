package com.salondesk.domain.tenant;

import com.salondesk.domain.shared.DeciderScenario;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TenantDeciderTest {

    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    private static final String ACME = "acme-salons";

    private final DeciderScenario<TenantCommand, Tenant, TenantEvent> chain = DeciderScenario.of(new TenantDecider());

    private static TenantCommand register(String name) {
        return new TenantCommand.Register(ACME, name, NOW);
    }

    @Test
    void headquarters_registers_the_chain_under_its_name() {
        chain.given()
                .when(register("  Acme Salons "))
                .thenEvents(new TenantEvent.Registered(ACME, "Acme Salons"));
    }

    @Test
    void a_chain_needs_a_name() {
        chain.given().when(register("   ")).thenRejected("tenant.name-required");
        chain.given().when(register(null)).thenRejected("tenant.name-required");
    }

    @Test
    void registering_again_under_the_same_name_changes_nothing() {
        chain.given(new TenantEvent.Registered(ACME, "Acme Salons"))
                .when(register("Acme Salons "))
                .thenNothing();
    }

    @Test
    void a_registered_chain_cannot_be_registered_under_another_name() {
        chain.given(new TenantEvent.Registered(ACME, "Acme Salons"))
                .when(register("Beta Barbers"))
                .thenRejected("tenant.already-registered");
    }

    @Test
    void registering_a_registered_chain_without_a_name_is_refused_not_a_crash() {
        chain.given(new TenantEvent.Registered(ACME, "Acme Salons"))
                .when(register(null))
                .thenRejected("tenant.name-required");
    }

    @Test
    void stream_is_named_after_the_tenant() {
        org.assertj.core.api.Assertions.assertThat(TenantDecider.streamId(ACME)).isEqualTo("tenant-acme-salons");
    }

    @Test
    void a_registration_is_decided_again_as_the_command_that_recorded_it() {
        var registered = new TenantEvent.Registered(ACME, "Acme Salons");
        chain.given().when(TenantDecider.again(registered, java.time.Instant.parse("2026-11-26T08:00:00Z")))
                .thenEvents(registered);
    }
}
