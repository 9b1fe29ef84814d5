package com.salondesk.app.wiring;

import com.salondesk.app.port.ChainConnecting;
import com.salondesk.app.port.ConnectRefusal;
import com.salondesk.app.port.ConnectionView;
import com.salondesk.persistence.backend.ChainConnection;
import com.salondesk.persistence.backend.ConnectRefused;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.DeskIdentity;
import com.salondesk.persistence.sync.DeviceIdentity;
import com.salondesk.persistence.sync.DeviceRevoked;
import com.salondesk.persistence.sync.ServerUnreachable;
import com.salondesk.persistence.sync.SyncFailure;
import com.salondesk.persistence.sync.SyncSettings;
import com.salondesk.persistence.sync.TokenRefused;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects the desk in its data folder to the chain's sync server ({@link ChainConnection}); each way the server
 * or the desk says no becomes a {@link ConnectRefusal} with a code the screen puts beside the right field.
 */
final class DeskConnecting implements ChainConnecting {

    private static final Logger LOG = LoggerFactory.getLogger(DeskConnecting.class);

    private final DeskBackEnd local;
    private final Path folder;
    private final Runnable syncRestarted;

    /** @param syncRestarted told when the desk's sync client was started again after a refused connection */
    DeskConnecting(DeskBackEnd local, Runnable syncRestarted) {
        this.local = local;
        this.folder = local.database().folder();
        this.syncRestarted = syncRestarted;
    }

    @Override
    public ConnectionView connection() {
        URI server = SyncSettings.read(folder).map(SyncSettings::server).orElse(null);
        Optional<DeskIdentity> identity = local.identity().read();
        return new ConnectionView(server, identity.map(DeskIdentity::tenantId).orElse(""),
                identity.map(DeskIdentity::branchId).orElse(""), identity.map(DeskIdentity::deviceId).orElse(""));
    }

    @Override
    public ConnectionView connect(URI server, String token) {
        if (!SyncSettings.looksLikeToken(token)) {
            throw refusal("not-a-token", new IllegalArgumentException("not a device token"));
        }
        // A running client must not push while the desk becomes another device; it syncs again after the desk
        // reopens with the new connection, or at once with the old one when this one is refused.
        Optional<SyncSettings> before = SyncSettings.read(folder);
        boolean wasSyncing = local.sync().isPresent();
        local.stopSync();
        DeviceIdentity device;
        try {
            device = ChainConnection.connect(local, folder, server, token);
        } catch (RuntimeException e) {
            if (wasSyncing && before.isPresent()) {
                local.startSync(before.get());
                syncRestarted.run();
            }
            throw refusalFor(e);
        }
        LOG.info("connected to {} as device {} of branch {}, tenant {}", server, device.deviceId(),
                device.branchId(), device.tenantId());
        return new ConnectionView(server, device.tenantId(), device.branchId(), device.deviceId());
    }

    /** Each way the server or the desk says no, as a refusal with a code; anything else as it is. */
    private static RuntimeException refusalFor(RuntimeException failure) {
        return switch (failure) {
            case ServerUnreachable e -> refusal("server-unreachable", e);
            case TokenRefused e -> refusal("token-refused", e);
            case DeviceRevoked e -> refusal("device-revoked", e);
            case SyncFailure e -> refusal("server-failed", e);
            case ConnectRefused e -> refusal(e.reason(), e);
            case IllegalArgumentException e -> refusal("bad-address", e);
            default -> failure;
        };
    }

    private static ConnectRefusal refusal(String code, RuntimeException cause) {
        LOG.info("connecting refused ({}): {}", code, cause.getMessage());
        return new ConnectRefusal(code, cause.getMessage(), cause);
    }
}
