package com.salondesk.persistence.desk;

import com.salondesk.domain.shared.UuidV7;
import java.util.Objects;

/**
 * Who records events and as part of what: the metadata a command's events share.
 * A command's events share one correlation id; events a saga records in reaction to another carry that
 * event's id as causation id.
 */
public record EventContext(String tenantId, String branchId, String deviceId, String userId,
                           String correlationId, String causationId) {
    public EventContext {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(correlationId, "correlationId");
    }

    /** A context for a new command by {@code userId} at the desk. */
    public static EventContext command(DeskIdentity desk, String userId) {
        return new EventContext(desk.tenantId(), desk.branchId(), desk.deviceId(), userId,
                UuidV7.next().toString(), null);
    }
}
