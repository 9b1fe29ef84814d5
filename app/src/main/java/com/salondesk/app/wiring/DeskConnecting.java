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
class DeskConnecting implements ChainConnecting {

    private static final Logger LOG = LoggerFactory.getLogger(DeskConnecting.class);

    private final DeskBackEnd local;
    private final Path folder;

    DeskConnecting(DeskBackEnd local) {
        this.local = local;
        this.folder = local.database().folder();
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
        DeviceIdentity device;
        try {
            device = ChainConnection.connect(local, folder, server, token);
        } catch (ServerUnreachable e) {
            throw refusal("server-unreachable", e);
        } catch (TokenRefused e) {
            throw refusal("token-refused", e);
        } catch (DeviceRevoked e) {
            throw refusal("device-revoked", e);
        } catch (SyncFailure e) {
            throw refusal("server-failed", e);
        } catch (ConnectRefused e) {
            throw refusal(e.reason(), e);
        } catch (IllegalArgumentException e) {
            throw refusal("bad-address", e);
        }
        LOG.info("connected to {} as device {} of branch {}, tenant {}", server, device.deviceId(),
                device.branchId(), device.tenantId());
        return new ConnectionView(server, device.tenantId(), device.branchId(), device.deviceId());
    }

    private static ConnectRefusal refusal(String code, RuntimeException cause) {
        LOG.info("connecting refused ({}): {}", code, cause.getMessage());
        return new ConnectRefusal(code, cause.getMessage(), cause);
    }
}
