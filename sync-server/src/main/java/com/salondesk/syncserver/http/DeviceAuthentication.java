package com.salondesk.syncserver.http;

import com.salondesk.persistence.central.Device;
import com.salondesk.persistence.central.TenantDirectory;

/** Finds the device behind an {@code Authorization: Bearer} header, or refuses with 401 / 403. */
public final class DeviceAuthentication {

    private static final String BEARER = "Bearer ";

    private final TenantDirectory directory;

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
        directory.recordContact(device.deviceId());
        return device;
    }
}
