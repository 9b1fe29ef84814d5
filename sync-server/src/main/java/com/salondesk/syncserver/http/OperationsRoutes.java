package com.salondesk.syncserver.http;

import com.salondesk.persistence.central.CentralDatabase;
import com.salondesk.persistence.sync.SyncApi;
import com.salondesk.syncserver.SyncMetrics;
import com.salondesk.syncserver.live.LiveDesks;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** {@code /health} for load balancers and {@code /metrics} for Prometheus; neither needs a device token. */
public final class OperationsRoutes {

    private final CentralDatabase database;
    private final SyncMetrics metrics;
    private final LiveDesks desks;

    public OperationsRoutes(CentralDatabase database, SyncMetrics metrics, LiveDesks desks) {
        this.database = database;
        this.metrics = metrics;
        this.desks = desks;
    }

    public void register(JavalinConfig config) {
        config.routes.get(SyncApi.HEALTH, this::health);
        config.routes.get(SyncApi.METRICS, this::metrics);
    }

    private void health(Context ctx) {
        if (database.answers()) {
            ctx.json(Map.of("status", "UP"));
        } else {
            ctx.status(503).json(Map.of("status", "DOWN", "detail", "the central database does not answer"));
        }
    }

    private void metrics(Context ctx) {
        List<SyncMetrics.DeviceLag> lags = database.dsl().resultQuery(
                        "SELECT d.tenant_id, d.device_id, greatest(t.head_position - d.last_pulled_position, 0) "
                                + "FROM devices d JOIN tenants t ON t.tenant_id = d.tenant_id "
                                + "WHERE d.revoked_at IS NULL ORDER BY d.tenant_id, d.device_id")
                .fetch(r -> new SyncMetrics.DeviceLag(r.get(0, String.class), r.get(1, String.class), r.get(2, Long.class)));
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.render(desks.connected(), lags));
    }

}
