package com.salondesk.syncserver.live;

import com.salondesk.syncserver.store.Device;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One desk's live channel: told the tenant's head whenever it advances, pinged to prove it is still there.
 * Any frame from the desk (a pong above all) counts as an answer.
 */
public final class LiveDesk implements Session.Listener.AutoDemanding {

    private static final Logger LOG = LoggerFactory.getLogger(LiveDesk.class);

    private final Device device;
    private final LiveDesks desks;
    private final Clock clock;
    private volatile Session session;
    private volatile Instant lastHeard;
    private long lastAnnounced = -1;

    LiveDesk(Device device, LiveDesks desks, Clock clock) {
        this.device = Objects.requireNonNull(device, "device");
        this.desks = desks;
        this.clock = clock;
        this.lastHeard = clock.instant();
    }

    public Device device() {
        return device;
    }

    @Override
    public void onWebSocketOpen(Session opened) {
        this.session = opened;
        heard();
        desks.connected(this);
    }

    @Override
    public void onWebSocketPong(ByteBuffer payload) {
        heard();
    }

    @Override
    public void onWebSocketPing(ByteBuffer payload) {
        heard();
    }

    @Override
    public void onWebSocketText(String message) {
        heard();
    }

    @Override
    public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
        heard();
        callback.succeed();
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        desks.disconnected(this);
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        LOG.debug("live channel of {} failed", device.deviceId(), cause);
        desks.disconnected(this);
    }

    private void heard() {
        lastHeard = clock.instant();
    }

    Instant lastHeard() {
        return lastHeard;
    }

    /** Sends the head unless this desk was already told this position or a later one. */
    boolean announce(String message, long position) {
        Session s = session;
        if (s == null || !s.isOpen()) {
            return false;
        }
        synchronized (this) {
            if (position <= lastAnnounced) {
                return false;
            }
            lastAnnounced = position;
            s.sendText(message, Callback.from(() -> { }, failure ->
                    LOG.debug("head {} not delivered to {}", position, device.deviceId(), failure)));
        }
        return true;
    }

    void ping() {
        Session s = session;
        if (s != null && s.isOpen()) {
            synchronized (this) {
                s.sendPing(ByteBuffer.allocate(0), Callback.NOOP);
            }
        }
    }

    void close(int status, String reason) {
        Session s = session;
        if (s != null && s.isOpen()) {
            s.close(status, reason, Callback.NOOP);
        }
        desks.disconnected(this);
    }

    void drop() {
        Session s = session;
        if (s != null) {
            s.disconnect();
        }
        desks.disconnected(this);
    }
}
