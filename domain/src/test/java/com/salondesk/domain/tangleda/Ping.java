package com.salondesk.domain.tangleda;

import com.salondesk.domain.tangledb.Pong;

/** One half of a package cycle planted on purpose for the cycle rule's own test. Test fixture only. */
public final class Ping {
    public Pong answer() {
        return new Pong();
    }
}
