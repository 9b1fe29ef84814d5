package com.salondesk.persistence.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * The envelope's metadata: who recorded an event, where, as part of what, and in which payload shape.
 * {@code tenantId}, {@code deviceId} and {@code schemaVersion} are always present.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventMetadata(String tenantId, String branchId, String deviceId, String userId,
                            String correlationId, String causationId, int schemaVersion) {
    public EventMetadata {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(deviceId, "deviceId");
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion must be at least 1, was " + schemaVersion);
        }
    }

    public EventMetadata withSchemaVersion(int version) {
        return new EventMetadata(tenantId, branchId, deviceId, userId, correlationId, causationId, version);
    }
}
