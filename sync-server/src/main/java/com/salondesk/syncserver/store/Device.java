package com.salondesk.syncserver.store;

import com.salondesk.persistence.sync.DeviceIdentity;
import java.util.Objects;

/** An enrolled desk as the server knows it: whose it is, where it stands, and whether it was revoked. */
public record Device(String deviceId, String tenantId, String branchId, String name, boolean revoked) {
    public Device {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(branchId, "branchId");
        Objects.requireNonNull(name, "name");
    }

    public DeviceIdentity identity() {
        return new DeviceIdentity(tenantId, branchId, deviceId);
    }
}
