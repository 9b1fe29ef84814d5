package com.salondesk.syncserver.http;

import com.salondesk.persistence.sync.SyncApi;
import com.salondesk.syncserver.metrics.SyncMetrics;
import com.salondesk.syncserver.store.CentralDatabase;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntSupplier;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /health} for load balancers and {@code /metrics} for Prometheus; neither needs a device token. */
public final class OperationsRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(OperationsRoutes.class);

    private final CentralDatabase database;
    private final SyncMetrics metrics;
    /** The live channel's count, asked at each scrape; live builds on http, so http only sees this number. */
    private final IntSupplier connectedDesks;

    public OperationsRoutes(CentralDatabase database, SyncMetrics metrics, IntSupplier connectedDesks) {
        this.database = database;
        this.metrics = metrics;
        this.connectedDesks = connectedDesks;
    }

    public void register(JavalinConfig config) {
        config.routes.get(SyncApi.HEALTH, this::health);
        config.routes.get(SyncApi.METRICS, this::metrics);
    }

    /** UP only when the database answers within two seconds, so a load balancer's probe never hangs. */
    private void health(Context ctx) {
        boolean up;
        try {
            up = CompletableFuture.supplyAsync(database::answers).get(2, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            up = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            up = false;
        }
        if (up) {
            ctx.json(Map.of("status", "UP"));
        } else {
            ctx.status(503).json(Map.of("status", "DOWN", "detail", "the central database does not answer within 2 s"));
        }
    }

    /** The meters always; per-device lag only while the database answers. */
    private void metrics(Context ctx) {
        List<SyncMetrics.DeviceLag> lags;
        try {
            lags = deviceLags();
        } catch (DataAccessException e) {
            LOG.warn("metrics without device lag: the database does not answer ({})", e.getMessage());
            lags = List.of();
        }
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape(connectedDesks.getAsInt(), lags));
    }

    private List<SyncMetrics.DeviceLag> deviceLags() {
        return database.dsl().resultQuery(
                        "SELECT d.tenant_id, d.device_id, greatest(t.head_position - d.last_pulled_position, 0) "
                                + "FROM devices d JOIN tenants t ON t.tenant_id = d.tenant_id "
                                + "WHERE d.revoked_at IS NULL ORDER BY d.tenant_id, d.device_id")
                .fetch(r -> new SyncMetrics.DeviceLag(r.get(0, String.class), r.get(1, String.class), r.get(2, Long.class)));
    }

}
