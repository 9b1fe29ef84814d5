package com.salondesk.syncserver.store;

import java.util.Objects;

/** A newly enrolled device with its token; the token is shown once and never stored. */
public record EnrolledDevice(Device device, String token) {
    public EnrolledDevice {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(token, "token");
    }

    @Override
    public String toString() {
        return "EnrolledDevice[" + device + ", token=<hidden>]";
    }
}
