package com.salondesk.domain.tenant;

import com.salondesk.domain.shared.DomainEvent;

/** Facts about the chain (the tenant). */
public sealed interface TenantEvent extends DomainEvent {
    record Registered(String tenantId, String name) implements TenantEvent {
    }
}
