package com.salondesk.domain.tenant;

/** The chain: not yet registered, or registered under a name. */
public sealed interface Tenant {
    record Unregistered() implements Tenant {
    }

    record Registered(String tenantId, String name) implements Tenant {
    }
}
