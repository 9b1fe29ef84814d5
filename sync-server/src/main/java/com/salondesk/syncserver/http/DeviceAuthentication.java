package com.salondesk.syncserver.http;

import com.salondesk.syncserver.store.Device;
import com.salondesk.syncserver.store.TenantDirectory;

/** Finds the device behind an {@code Authorization: Bearer} header, or refuses with 401 / 403. */
public final class DeviceAuthentication {

    private static final String BEARER = "Bearer ";

    /** How often a device's last contact is written; in between, requests cost no extra write. */
    private static final long CONTACT_EVERY_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(10);

    private final TenantDirectory directory;
    private final java.util.Map<String, Long> contactRecorded = new java.util.concurrent.ConcurrentHashMap<>();

    public DeviceAuthentication(TenantDirectory directory) {
        this.directory = directory;
    }

    /** The active device the header's token belongs to; never a revoked one. */
    public Device authenticate(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw ApiProblem.unauthorized("send 'Authorization: Bearer <device token>'");
        }
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw ApiProblem.unauthorized("the Authorization header must use the Bearer scheme");
        }
        String token = authorization.substring(BEARER.length()).strip();
        Device device = directory.authenticate(token)
                .orElseThrow(() -> ApiProblem.unauthorized("this token was not issued by this server"));
        if (device.revoked()) {
            throw ApiProblem.revoked(device.deviceId());
        }
        long now = System.nanoTime();
        Long last = contactRecorded.get(device.deviceId());
        if (last == null || now - last > CONTACT_EVERY_NANOS) {
            contactRecorded.put(device.deviceId(), now);
            directory.recordContact(device.deviceId());
        }
        return device;
    }
}
