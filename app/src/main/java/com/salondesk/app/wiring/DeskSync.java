package com.salondesk.app.wiring;

import com.salondesk.app.port.ChainSync;
import com.salondesk.app.port.ConnectionView;
import com.salondesk.app.port.RefusedEvent;
import com.salondesk.app.port.SyncRoundView;
import com.salondesk.app.port.SyncUnavailable;
import com.salondesk.app.port.SyncView;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.DeskIdentity;
import java.util.List;
import java.util.function.Consumer;

/** The desk's sync with the chain's server as the screens see it. */
final class DeskSync implements ChainSync {

    private final DeskBackEnd local;
    private final DeskIdentity identity;

    DeskSync(DeskBackEnd local, DeskIdentity identity) {
        this.local = local;
        this.identity = identity;
    }

    @Override
    public ConnectionView connection() {
        return new ConnectionView(null, identity.tenantId(), identity.branchId(), identity.deviceId());
    }

    @Override
    public SyncView state() {
        return SyncView.standalone(0);
    }

    @Override
    public void onChange(Consumer<SyncView> listener) {
        // a standalone desk never changes its sync state
    }

    @Override
    public SyncRoundView syncNow() {
        throw new SyncUnavailable(SyncUnavailable.Reason.NOT_CONNECTED, null);
    }

    @Override
    public List<RefusedEvent> refusedEvents() {
        return List.of();
    }
}
