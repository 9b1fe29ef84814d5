package com.salondesk.syncserver.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salondesk.persistence.sync.HeadAnnouncement;
import com.salondesk.syncserver.config.SyncServerConfig;
import com.salondesk.syncserver.metrics.SyncMetrics;
import com.salondesk.syncserver.store.CentralEventStore;
import com.salondesk.syncserver.store.Device;
import com.salondesk.syncserver.store.TenantDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desks connected to this instance's live channel, by tenant. Announces head positions to a tenant's
 * desks, pings them, drops the silent ones and disconnects revoked devices.
 */
public final class LiveDesks implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveDesks.class);

    private final Map<String, Set<LiveDesk>> byTenant = new ConcurrentHashMap<>();
    private final CentralEventStore store;
    private final TenantDirectory directory;
    private final SyncMetrics metrics;
    private final ObjectMapper json;
    private final Clock clock;
    private final SyncServerConfig.Live timing;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("live-desks-timer").daemon().factory());

    public LiveDesks(CentralEventStore store, TenantDirectory directory, SyncMetrics metrics, ObjectMapper json,
                     Clock clock, SyncServerConfig.Live timing) {
        this.store = store;
        this.directory = directory;
        this.metrics = metrics;
        this.json = json;
        this.clock = clock;
        this.timing = timing;
    }

    /** Starts pinging, the silence check and the revocation check. */
    public void start() {
        long ping = timing.pingInterval().toMillis();
        timer.scheduleAtFixedRate(this::pingAll, ping, ping, TimeUnit.MILLISECONDS);
        long check = Math.min(1000, Math.max(50, timing.silenceTimeout().toMillis() / 10));
        timer.scheduleAtFixedRate(this::dropSilent, check, check, TimeUnit.MILLISECONDS);
        long revocation = timing.revocationCheck().toMillis();
        timer.scheduleAtFixedRate(this::disconnectRevoked, revocation, revocation, TimeUnit.MILLISECONDS);
    }

    public LiveDesk open(Device device) {
        return new LiveDesk(device, this, clock);
    }

    void connected(LiveDesk desk) {
        String tenantId = desk.device().tenantId();
        byTenant.computeIfAbsent(tenantId, t -> ConcurrentHashMap.newKeySet()).add(desk);
        // Registered first, then told the head: an advance in between reaches it through announce().
        send(desk, store.head(tenantId));
    }

    void disconnected(LiveDesk desk) {
        Set<LiveDesk> desks = byTenant.get(desk.device().tenantId());
        if (desks != null) {
            desks.remove(desk);
        }
    }

    /** Tells every connected desk of the tenant that its head is now {@code position}. */
    public void announce(String tenantId, long position) {
        Set<LiveDesk> desks = byTenant.get(tenantId);
        if (desks == null) {
            return;
        }
        for (LiveDesk desk : desks) {
            send(desk, position);
        }
    }

    /** After missed notifications (a lost database connection): tells every tenant its current head. */
    public void announceCurrentHeads() {
        for (String tenantId : byTenant.keySet()) {
            announce(tenantId, store.head(tenantId));
        }
    }

    /** Disconnects a device's live channels at once (revoked by headquarters). */
    public void disconnectDevice(String deviceId) {
        byTenant.values().forEach(desks -> desks.stream()
                .filter(d -> d.device().deviceId().equals(deviceId))
                .toList()
                .forEach(d -> d.close(StatusCode.POLICY_VIOLATION, "device revoked")));
    }

    public int connected() {
        return byTenant.values().stream().mapToInt(Set::size).sum();
    }

    private void send(LiveDesk desk, long position) {
        try {
            if (desk.announce(json.writeValueAsString(HeadAnnouncement.of(position)), position)) {
                metrics.announced();
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a head announcement always serializes", e);
        }
    }

    private List<LiveDesk> all() {
        return byTenant.values().stream().flatMap(Set::stream).toList();
    }

    private void pingAll() {
        all().forEach(LiveDesk::ping);
    }

    private void dropSilent() {
        Instant limit = clock.instant().minus(timing.silenceTimeout());
        for (LiveDesk desk : all()) {
            if (desk.lastHeard().isBefore(limit)) {
                LOG.info("dropping live desk {}: silent for more than {}", desk.device().deviceId(),
                        timing.silenceTimeout());
                desk.drop();
            }
        }
    }

    private void disconnectRevoked() {
        try {
            List<LiveDesk> desks = all();
            Set<String> ids = desks.stream().map(d -> d.device().deviceId()).collect(Collectors.toSet());
            Set<String> revoked = directory.revokedAmong(ids);
            revoked.forEach(this::disconnectDevice);
        } catch (RuntimeException e) {
            LOG.warn("could not check live desks for revoked devices; trying again in {}", timing.revocationCheck(), e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        all().forEach(d -> d.close(StatusCode.SHUTDOWN, "server shutting down"));
    }
}
