package com.salondesk.syncserver.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of {@code device list}: a device, whether it may sync, when it was last heard from, how far it has
 * pulled and how many of its tenant's events it has not pulled yet ({@code lag}).
 */
public record DeviceStatus(String deviceId, String branchId, String name, boolean revoked, Instant lastContact,
                           long lastPulledPosition, long lag) {
    public DeviceStatus {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(branchId, "branchId");
        Objects.requireNonNull(name, "name");
    }

    public String status() {
        return revoked ? "revoked" : "active";
    }
}
