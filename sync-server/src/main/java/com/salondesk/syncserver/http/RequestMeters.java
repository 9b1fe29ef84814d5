package com.salondesk.syncserver.http;

import com.salondesk.syncserver.metrics.SyncMetrics;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.time.Duration;

/**
 * Times every HTTP request Javalin answers into {@code http_server_requests_seconds}, by method, route
 * template and status (Javalin 7 has no Micrometer plugin; its request logger sees every answer, refusals
 * and errors included, with the time taken).
 */
public final class RequestMeters {

    /** The route of requests no route matched: one series for all of them, whatever path was asked for. */
    static final String UNMATCHED = "NOT_FOUND";

    private final SyncMetrics metrics;

    public RequestMeters(SyncMetrics metrics) {
        this.metrics = metrics;
    }

    public void register(JavalinConfig config) {
        config.requestLogger.http(this::record);
    }

    private void record(Context ctx, Float milliseconds) {
        metrics.request(ctx.method().name(), route(ctx), ctx.status().getCode(),
                Duration.ofNanos((long) (milliseconds * 1_000_000)));
    }

    private static String route(Context ctx) {
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        return matched == null ? UNMATCHED : matched.path;
    }
}
