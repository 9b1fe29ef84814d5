package com.salondesk.domain.tenant;

import java.time.Instant;
import com.salondesk.domain.shared.Decider;
import com.salondesk.domain.shared.DomainRejection;
import java.util.List;

/** Registers the chain once. */
public final class TenantDecider implements Decider<TenantCommand, Tenant, TenantEvent> {

    public static String streamId(String tenantId) {
        return "tenant-" + tenantId;
    }

    @Override
    public Tenant initialState() {
        return new Tenant.Unregistered();
    }

    @Override
    public List<TenantEvent> decide(TenantCommand command, Tenant state) {
        return switch (command) {
            case TenantCommand.Register r -> {
                // Checked before the state: a nameless repeat must be refused, not crash on strip().
                if (r.name() == null || r.name().isBlank()) {
                    throw new DomainRejection("tenant.name-required");
                }
                yield switch (state) {
                    case Tenant.Unregistered u -> List.of(new TenantEvent.Registered(r.tenantId(), r.name().strip()));
                    case Tenant.Registered t when t.name().equals(r.name().strip()) -> List.of();
                    case Tenant.Registered t -> throw new DomainRejection("tenant.already-registered", t.tenantId(), t.name());
                };
            }
        };
    }

    /** The command that recorded {@code event}, to decide again on a newer state (sync rebase). */
    public static TenantCommand again(TenantEvent event, Instant now) {
        return switch (event) {
            case TenantEvent.Registered r -> new TenantCommand.Register(r.tenantId(), r.name(), now);
        };
    }

    @Override
    public Tenant evolve(Tenant state, TenantEvent event) {
        return switch (event) {
            case TenantEvent.Registered r -> new Tenant.Registered(r.tenantId(), r.name());
        };
    }
}
