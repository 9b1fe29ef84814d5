package com.salondesk.app.wiring;

import com.salondesk.app.port.ChainConnecting;
import com.salondesk.app.port.ConnectionView;
import com.salondesk.persistence.backend.DeskBackEnd;
import java.net.URI;

/** Connects the desk in its data folder to the chain's sync server. */
class DeskConnecting implements ChainConnecting {

    private final DeskBackEnd local;

    DeskConnecting(DeskBackEnd local) {
        this.local = local;
    }

    @Override
    public ConnectionView connection() {
        var identity = local.identity().read().orElseThrow();
        return new ConnectionView(null, identity.tenantId(), identity.branchId(), identity.deviceId());
    }

    @Override
    public ConnectionView connect(URI server, String token) {
        throw new UnsupportedOperationException("not yet");
    }
}
