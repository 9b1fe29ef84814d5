package com.salondesk.domain.tenant;

import java.time.Instant;

/** What headquarters can ask of the chain itself. */
public sealed interface TenantCommand {
    record Register(String tenantId, String name, Instant now) implements TenantCommand {
    }
}
