package com.salondesk.persistence.sync;

/** Headquarters revoked this desk (403 on authentication): it stops syncing and keeps its data. */
public final class DeviceRevoked extends SyncFailure {
    public DeviceRevoked(String message, Problem problem) {
        super(message, problem, null);
    }
}
