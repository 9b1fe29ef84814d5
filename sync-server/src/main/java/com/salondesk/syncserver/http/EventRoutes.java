package com.salondesk.syncserver.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salondesk.persistence.event.EventEnvelope;
import com.salondesk.persistence.sync.Problem;
import com.salondesk.persistence.sync.PullResponse;
import com.salondesk.persistence.sync.PushResponse;
import com.salondesk.persistence.sync.SyncApi;
import com.salondesk.syncserver.metrics.SyncMetrics;
import com.salondesk.syncserver.store.CentralEventStore;
import com.salondesk.syncserver.store.Device;
import com.salondesk.syncserver.store.EventIdCollision;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/** Push, pull and "who am I" for authenticated desks ({@code /api/v1/events}, {@code /api/v1/me}). */
public final class EventRoutes {

    private final DeviceAuthentication authentication;
    private final CentralEventStore store;
    private final PushBatchReader reader;
    private final SyncMetrics metrics;
    private final ObjectMapper json;
    private final int maxBatchBytes;

    public EventRoutes(DeviceAuthentication authentication, CentralEventStore store, PushBatchReader reader,
                       SyncMetrics metrics, ObjectMapper json, int maxBatchBytes) {
        this.authentication = authentication;
        this.store = store;
        this.reader = reader;
        this.metrics = metrics;
        this.json = json;
        this.maxBatchBytes = maxBatchBytes;
    }

    public void register(JavalinConfig config) {
        config.routes.post(SyncApi.EVENTS, this::push);
        config.routes.get(SyncApi.EVENTS, this::pull);
        config.routes.get(SyncApi.ME, this::me);
    }

    /** Checks in the order PROTOCOL.md fixes: authentication, content type, size, shape, tenant and device. */
    private void push(Context ctx) throws JsonProcessingException {
        Device device = authentication.authenticate(ctx.header("Authorization"));
        requireJson(ctx.contentType());
        byte[] body = readBounded(ctx);
        List<EventEnvelope> events = reader.read(body, device);
        PushResponse response;
        try {
            response = store.push(device.tenantId(), events);
        } catch (EventIdCollision e) {
            List<Problem.FieldError> errors = e.eventIds().stream()
                    .map(id -> new Problem.FieldError(id.toString(), "id",
                            "this id is already stored with different content"))
                    .toList();
            throw new ApiProblem(409, "event-id-collision", "Event id already stored with different content",
                    e.eventIds().size() + " event id(s) of this batch are stored with other content; nothing was stored",
                    errors, e);
        }
        metrics.pushed(response);
        ctx.contentType("application/json").result(json.writeValueAsBytes(response));
    }

    private void pull(Context ctx) throws JsonProcessingException {
        Device device = authentication.authenticate(ctx.header("Authorization"));
        long after = longParameter(ctx, "after", 0, 0, Long.MAX_VALUE);
        long limit = longParameter(ctx, "limit", SyncApi.DEFAULT_PULL_LIMIT, 1, Long.MAX_VALUE);
        int served = (int) Math.min(limit, SyncApi.MAX_PULL_LIMIT);
        PullResponse response = store.pull(device.tenantId(), after, served);
        long reached = response.events().isEmpty() ? after : response.events().getLast().globalPosition();
        store.recordPulled(device.deviceId(), Math.min(reached, response.head()));
        metrics.pulled(response.events().size());
        ctx.contentType("application/json").result(json.writeValueAsBytes(response));
    }

    private void me(Context ctx) throws JsonProcessingException {
        Device device = authentication.authenticate(ctx.header("Authorization"));
        ctx.contentType("application/json").result(json.writeValueAsBytes(device.identity()));
    }

    private static void requireJson(String contentType) {
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json")) {
            throw new ApiProblem(415, "unsupported-media-type", "Unsupported media type",
                    "a push is sent as Content-Type: application/json, not '" + contentType + "'");
        }
    }

    private byte[] readBounded(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBatchBytes) {
            throw tooLarge(declared);
        }
        try {
            // Not closed here: a refused body is drained by ProblemAnswers so the desk receives the answer.
            InputStream in = ctx.req().getInputStream();
            byte[] body = in.readNBytes(maxBatchBytes + 1);
            if (body.length > maxBatchBytes) {
                throw tooLarge(-1);
            }
            return body;
        } catch (IOException e) {
            throw new ApiProblem(400, "unreadable-body", "Unreadable body", "the request body could not be read: "
                    + e.getMessage(), List.of(), e);
        }
    }

    private ApiProblem tooLarge(long declared) {
        return new ApiProblem(413, "batch-too-large", "Batch too large", "the body "
                + (declared > 0 ? "has " + declared + " bytes" : "is larger than the limit") + "; at most "
                + maxBatchBytes + " bytes are accepted in one push");
    }

    private static long longParameter(Context ctx, String name, long fallback, long min, long max) {
        String raw = ctx.queryParam(name);
        if (raw == null) {
            return fallback;
        }
        try {
            long value = Long.parseLong(raw.strip());
            if (value < min || value > max) {
                throw new NumberFormatException("out of range");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ApiProblem(400, "invalid-parameter", "Invalid query parameter", "'" + name
                    + "' must be a whole number of at least " + min + ", was '" + raw + "'", List.of(), e);
        }
    }
}
