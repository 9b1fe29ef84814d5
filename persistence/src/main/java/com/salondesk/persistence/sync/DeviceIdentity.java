package com.salondesk.persistence.sync;

import java.util.Objects;

/** Who a device token belongs to ({@code GET /api/v1/me}): the ids a desk writes into every event's metadata. */
public record DeviceIdentity(String tenantId, String branchId, String deviceId) {
    public DeviceIdentity {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(branchId, "branchId");
        Objects.requireNonNull(deviceId, "deviceId");
    }
}
