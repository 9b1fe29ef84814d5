package com.salondesk.persistence.backend;

import com.salondesk.persistence.desk.DeskIdentity;
import com.salondesk.persistence.sync.DeviceIdentity;
import com.salondesk.persistence.sync.SyncServerApi;
import com.salondesk.persistence.sync.SyncSettings;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects a desk to its chain's sync server with the device token headquarters printed: asks the server
 * who the token belongs to, makes the desk that tenant, branch and device, and keeps the settings in the
 * data folder. An empty desk simply takes the token's identity. A desk with events of its own joins only
 * a tenant without events, and its pending events are then uploaded as the new device's; anything else is
 * refused ({@link ConnectRefused}) with nothing changed.
 */
public final class ChainConnection {

    private static final Logger LOG = LoggerFactory.getLogger(ChainConnection.class);

    private ChainConnection() {
    }

    /**
     * Connects {@code desk} (open on {@code dataDir}) to the server; returns who the desk now is. Sync itself
     * is not started. Throws {@link IllegalArgumentException} for an address or token that cannot be one,
     * {@link com.salondesk.persistence.sync.ServerUnreachable}, {@link com.salondesk.persistence.sync.TokenRefused}
     * and {@link com.salondesk.persistence.sync.DeviceRevoked} as the server answers, and {@link ConnectRefused}.
     */
    public static DeviceIdentity connect(DeskBackEnd desk, Path dataDir, URI server, String token) {
        SyncSettings settings = new SyncSettings(server, token);
        try (SyncServerApi api = new SyncServerApi(settings, desk.types().json())) {
            DeviceIdentity device = api.me();
            DeskIdentity becomes = new DeskIdentity(device.tenantId(), device.branchId(), device.deviceId());
            Optional<DeskIdentity> was = desk.identity().read();
            boolean sameDevice = was.isPresent() && was.get().tenantId().equals(device.tenantId())
                    && was.get().deviceId().equals(device.deviceId());
            long events = desk.log().count();
            if (events > 0 && !sameDevice) {
                long elsewhere = events - desk.log().pendingCount() - desk.log().rejectedCount();
                if (elsewhere > 0) {
                    throw new ConnectRefused(ConnectRefused.SYNCED_ELSEWHERE, "This desk's events are already on a"
                            + " sync server as those of " + was.map(DeskIdentity::deviceId).orElse("another desk")
                            + " of " + was.map(DeskIdentity::tenantId).orElse("another chain") + "; it cannot become "
                            + device.deviceId() + " of " + device.tenantId() + ". Nothing was changed.");
                }
                long head = api.pull(0, 1).head();
                if (head > 0) {
                    throw new ConnectRefused(ConnectRefused.TENANT_HAS_HISTORY, "This desk has " + events
                            + " events of its own and " + device.tenantId() + " has events on its server already;"
                            + " they cannot be merged. Connect a new, empty desk (another data folder) instead."
                            + " Nothing was changed.");
                }
                int moved = desk.log().adoptIdentity(device.tenantId(), device.deviceId());
                LOG.info("connecting to {}: {} events of this desk will be uploaded as {}'s", device.tenantId(),
                        moved, device.deviceId());
            }
            if (!was.equals(Optional.of(becomes))) {
                desk.identity().replace(becomes);
            }
            settings.save(dataDir);
            return device;
        }
    }
}
