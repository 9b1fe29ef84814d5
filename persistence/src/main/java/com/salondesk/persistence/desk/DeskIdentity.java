package com.salondesk.persistence.desk;

import java.util.Objects;

/** Which tenant, branch and device this desk is; put into every event it records. */
public record DeskIdentity(String tenantId, String branchId, String deviceId) {
    public DeskIdentity {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(branchId, "branchId");
        Objects.requireNonNull(deviceId, "deviceId");
    }
}
