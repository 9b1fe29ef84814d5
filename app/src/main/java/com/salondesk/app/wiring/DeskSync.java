package com.salondesk.app.wiring;

import com.salondesk.app.port.ChainSync;
import com.salondesk.app.port.ConnectionView;
import com.salondesk.app.port.RefusedEvent;
import com.salondesk.app.port.SyncRoundView;
import com.salondesk.app.port.SyncUnavailable;
import com.salondesk.app.port.SyncView;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.DeskIdentity;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.sync.DeviceRevoked;
import com.salondesk.persistence.sync.ServerUnreachable;
import com.salondesk.persistence.sync.SyncClient;
import com.salondesk.persistence.sync.SyncRound;
import com.salondesk.persistence.sync.SyncSettings;
import com.salondesk.persistence.sync.SyncState;
import com.salondesk.persistence.sync.TokenRefused;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The desk's sync client as the screens see it: its state, its reports, a round run now, and the events the server
 * refused. A standalone desk (no client) is {@link SyncView.Connection#NOT_CONNECTED} and never changes.
 */
final class DeskSync implements ChainSync {

    private final DeskBackEnd local;
    private final DeskIdentity identity;
    private final Path folder;
    private final List<Consumer<SyncView>> listeners = new CopyOnWriteArrayList<>();

    DeskSync(DeskBackEnd local, DeskIdentity identity) {
        this.local = local;
        this.identity = identity;
        this.folder = local.database().folder();
    }

    @Override
    public ConnectionView connection() {
        return new ConnectionView(SyncSettings.read(folder).map(SyncSettings::server).orElse(null),
                identity.tenantId(), identity.branchId(), identity.deviceId());
    }

    @Override
    public SyncView state() {
        Optional<SyncClient> client = local.sync();
        return client.isPresent() ? view(client.get().state()) : SyncView.standalone(local.log().pendingCount());
    }

    @Override
    public void onChange(Consumer<SyncView> listener) {
        listeners.add(listener);
        local.sync().ifPresent(client -> client.onChange(state -> listener.accept(view(state))));
    }

    /** The desk's sync client was replaced (started again): the screens follow the new one. */
    void followNewClient() {
        local.sync().ifPresent(client -> {
            listeners.forEach(listener -> client.onChange(state -> listener.accept(view(state))));
            SyncView now = view(client.state());
            listeners.forEach(listener -> listener.accept(now));
        });
    }

    @Override
    public SyncRoundView syncNow() {
        SyncClient client = local.sync()
                .orElseThrow(() -> new SyncUnavailable(SyncUnavailable.Reason.NOT_CONNECTED, null));
        SyncRound round;
        try {
            round = client.runRound();
        } catch (ServerUnreachable e) {
            throw new SyncUnavailable(SyncUnavailable.Reason.SERVER_UNREACHABLE, e);
        } catch (TokenRefused e) {
            throw new SyncUnavailable(SyncUnavailable.Reason.TOKEN_REFUSED, e);
        } catch (DeviceRevoked e) {
            throw new SyncUnavailable(SyncUnavailable.Reason.REVOKED, e);
        }
        return new SyncRoundView(round.pushed(), round.pulled(), round.pending(), round.conflicts());
    }

    @Override
    public List<RefusedEvent> refusedEvents() {
        Map<UUID, String> reasons = local.log().rejectionReasons();
        return local.log().rejectedEvents().stream().map(e -> refused(e, reasons.get(e.id()))).toList();
    }

    private static RefusedEvent refused(RecordedEvent event, String reason) {
        return new RefusedEvent(event.id().toString(), event.type(), event.streamId(), event.recordedAt(),
                reason == null ? "" : reason);
    }

    private static SyncView view(SyncState state) {
        return new SyncView(SyncView.Connection.valueOf(state.connection().name()), state.pending(),
                state.lastSuccess(), state.serverHead(), state.pulledThrough(), state.rejected(),
                state.problem() == null ? "" : state.problem());
    }
}
