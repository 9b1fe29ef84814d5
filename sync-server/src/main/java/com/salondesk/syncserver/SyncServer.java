package com.salondesk.syncserver;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.salondesk.persistence.event.Json;
import com.salondesk.persistence.event.SalonEventTypes;
import com.salondesk.persistence.sync.SyncApi;
import com.salondesk.syncserver.config.SyncServerConfig;
import com.salondesk.syncserver.http.DeviceAuthentication;
import com.salondesk.syncserver.http.EventRoutes;
import com.salondesk.syncserver.http.OperationsRoutes;
import com.salondesk.syncserver.http.ProblemAnswers;
import com.salondesk.syncserver.http.RequestMeters;
import com.salondesk.syncserver.http.PushBatchReader;
import com.salondesk.syncserver.live.HeadNotifications;
import com.salondesk.syncserver.live.LiveDesks;
import com.salondesk.syncserver.live.LiveServlet;
import com.salondesk.syncserver.metrics.SyncMetrics;
import com.salondesk.syncserver.store.CentralStore;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sync server: push, pull and live updates for every desk, over a {@link CentralStore}. Holds no state of
 * its own beyond its connected desks, so several instances can share one PostgreSQL behind a load balancer.
 */
public final class SyncServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncServer.class);

    private final SyncServerConfig config;
    private final CentralStore store;
    private final LiveDesks desks;
    private final HeadNotifications notifications;
    private final SyncMetrics metrics;
    private final Javalin app;
    private final ScheduledExecutorService maintenance = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("partition-maintenance").daemon().factory());

    public SyncServer(SyncServerConfig config, CentralStore store) {
        this(config, store, Clock.systemUTC());
    }

    public SyncServer(SyncServerConfig config, CentralStore store, Clock clock) {
        this.config = config;
        this.store = store;
        ObjectMapper json = Json.mapper();
        this.metrics = new SyncMetrics(store.events()::pushesWrittenTogether);
        ProblemAnswers problems = new ProblemAnswers(json, metrics, 4L * config.limits().maxBatchBytes());
        DeviceAuthentication authentication = new DeviceAuthentication(store.directory());
        this.desks = new LiveDesks(store.events(), store.directory(), metrics, json, clock, config.live());
        this.notifications = new HeadNotifications(store.database(), desks);
        EventRoutes events = new EventRoutes(authentication, store.events(),
                new PushBatchReader(json, SalonEventTypes.registry(), config.limits().maxBatchEvents()),
                metrics, json, config.limits().maxBatchBytes());
        OperationsRoutes operations = new OperationsRoutes(store.database(), metrics, desks::connected);
        LiveServlet live = new LiveServlet(authentication, desks, problems,
                config.live().silenceTimeout().plus(config.live().pingInterval()));
        this.app = Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.jsonMapper(new JavalinJackson(json, false));
            // Push bodies are read and bounded by EventRoutes itself, so that 413 comes after 401 and 415.
            javalin.http.maxRequestSize = Math.max(config.limits().maxBatchBytes(), 1024 * 1024) * 2L;
            javalin.jetty.host = config.host();
            javalin.jetty.port = config.port();
            config.tls().ifPresent(tls -> javalin.jetty.addConnector((server, http) -> {
                SslContextFactory.Server ssl = new SslContextFactory.Server();
                ssl.setKeyStorePath(tls.keystore().toString());
                ssl.setKeyStorePassword(tls.keystorePassword());
                HttpConfiguration https = new HttpConfiguration(http);
                https.addCustomizer(new SecureRequestCustomizer(false));
                ServerConnector connector = new ServerConnector(server, ssl, new HttpConnectionFactory(https));
                connector.setHost(config.host());
                connector.setPort(config.port());
                return connector;
            }));
            javalin.jetty.modifyServletContextHandler(handler ->
                    handler.addServlet(new ServletHolder("live", live), SyncApi.LIVE));
            problems.register(javalin);
            events.register(javalin);
            operations.register(javalin);
            new RequestMeters(metrics).register(javalin);
        });
    }

    /** Starts listening for notifications, the live desks' timers, partition upkeep, and then HTTP. */
    public SyncServer start() {
        notifications.start();
        desks.start();
        maintenance.scheduleWithFixedDelay(this::maintainPartitions, 1, 60, TimeUnit.MINUTES);
        app.start();
        LOG.info("sync server listening on {}://{}:{}", config.tls().isPresent() ? "https" : "http",
                config.host(), port());
        return this;
    }

    private void maintainPartitions() {
        try {
            store.partitions().createAhead();
            store.partitions().compressFinishedMonths();
        } catch (RuntimeException e) {
            LOG.error("event partition upkeep failed; trying again in an hour", e);
        }
    }

    public int port() {
        return app.port();
    }

    public int connectedDesks() {
        return desks.connected();
    }

    @Override
    public void close() {
        maintenance.shutdownNow();
        desks.close();
        app.stop();
        notifications.close();
        metrics.close();
    }

}
