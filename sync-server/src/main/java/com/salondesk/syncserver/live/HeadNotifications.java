package com.salondesk.syncserver.live;

import com.salondesk.syncserver.store.CentralDatabase;
import com.salondesk.syncserver.store.CentralSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on PostgreSQL for head advances and revocations made through any server instance (or the admin
 * command line) and passes them to this instance's {@link LiveDesks}. A push sends its notification inside
 * its transaction, so it arrives only after the events are visible. On a lost connection it reconnects and
 * re-announces every tenant's head, so a missed notification costs a desk at most one pull.
 */
public final class HeadNotifications implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HeadNotifications.class);

    private final CentralDatabase database;
    private final LiveDesks desks;
    private final Thread listener;
    private volatile boolean running = true;
    private volatile Connection connection;

    public HeadNotifications(CentralDatabase database, LiveDesks desks) {
        this.database = database;
        this.desks = desks;
        this.listener = Thread.ofPlatform().name("head-notifications").daemon().unstarted(this::listen);
    }

    /** Starts listening; returns once the LISTEN is in place, so no later commit can be missed. */
    public void start() {
        try {
            connection = subscribe();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot LISTEN for head advances on " + database.settings().jdbcUrl(), e);
        }
        listener.start();
    }

    private Connection subscribe() throws SQLException {
        Connection c = database.openDedicatedConnection();
        try (Statement s = c.createStatement()) {
            s.execute("LISTEN " + CentralSchema.Channels.HEAD_ADVANCED);
            s.execute("LISTEN " + CentralSchema.Channels.DEVICE_REVOKED);
        }
        return c;
    }

    private void listen() {
        Duration backoff = Duration.ofMillis(200);
        while (running) {
            try {
                PGNotification[] notifications = connection.unwrap(PGConnection.class).getNotifications(500);
                if (notifications != null) {
                    for (PGNotification n : notifications) {
                        dispatch(n);
                    }
                }
                backoff = Duration.ofMillis(200);
            } catch (SQLException e) {
                if (!running) {
                    return;
                }
                // An expected event in operation (a database restart, a failover): one line, no stack trace.
                LOG.warn("lost the notification connection ({}); reconnecting in {}", e.getMessage(), backoff);
                closeQuietly(connection);
                try {
                    Thread.sleep(backoff);
                    if (!running) {
                        return;
                    }
                    connection = subscribe();
                    desks.announceCurrentHeads();
                } catch (SQLException retry) {
                    LOG.warn("reconnecting for notifications failed ({})", retry.getMessage());
                    backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0
                            ? Duration.ofSeconds(10) : backoff.multipliedBy(2);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            } catch (RuntimeException e) {
                LOG.error("could not dispatch a notification", e);
            }
        }
    }

    private void dispatch(PGNotification n) {
        switch (n.getName()) {
            case CentralSchema.Channels.HEAD_ADVANCED -> {
                String[] parts = n.getParameter().split(" ", 2);
                if (parts.length == 2) {
                    desks.announce(parts[0], Long.parseLong(parts[1]));
                }
            }
            case CentralSchema.Channels.DEVICE_REVOKED -> desks.disconnectDevice(n.getParameter());
            default -> LOG.debug("ignoring notification on {}", n.getName());
        }
    }

    @Override
    public void close() {
        running = false;
        closeQuietly(connection);
        try {
            listener.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            LOG.debug("closing the notification connection failed", e);
        }
    }
}
