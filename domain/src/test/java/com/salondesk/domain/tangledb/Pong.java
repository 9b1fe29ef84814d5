package com.salondesk.domain.tangledb;

import com.salondesk.domain.tangleda.Ping;

/** The other half of the planted package cycle. Test fixture only. */
public final class Pong {
    public Ping answer() {
        return new Ping();
    }
}
