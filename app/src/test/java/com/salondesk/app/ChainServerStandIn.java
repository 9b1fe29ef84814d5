package com.salondesk.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salondesk.app.wiring.DeskOpening;
import com.salondesk.app.wiring.FirstStart;
import com.salondesk.app.wiring.FrontDesk;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.event.EventEnvelope;
import com.salondesk.persistence.event.SalonEventTypes;
import com.salondesk.persistence.sync.DeviceIdentity;
import com.salondesk.persistence.sync.Problem;
import com.salondesk.persistence.sync.PullResponse;
import com.salondesk.persistence.sync.PushResponse;
import com.salondesk.persistence.sync.PushResult;
import com.salondesk.persistence.sync.SyncApi;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A sync server for the desk's screens to talk to over real HTTP on loopback, answering the protocol's
 * {@code /api/v1/me} and {@code /api/v1/events} (pull, and a push it accepts in order or refuses as invalid) for one
 * tenant, with tokens it knows, refuses (401) or has revoked (403). No live channel: the desk's client then looks for
 * news on its own. The real server, on PostgreSQL, is met by the end-to-end tests; these tests are about what the
 * desk's screens make of each answer.
 */
public final class ChainServerStandIn implements AutoCloseable {

    public static final String TOKEN = "c29oby1uZXctZGVzay1lbnJvbG1lbnQtdG9rZW4tZm9yLXRlc3Rz";
    public static final DeviceIdentity DEVICE = new DeviceIdentity("test-salons", TestSalon.BRANCH, "desk-soho-new");

    private final ObjectMapper json = SalonEventTypes.registry().json();
    private final HttpServer http;
    private final List<EventEnvelope> events = new ArrayList<>();
    private final Map<String, Integer> answers = new ConcurrentHashMap<>();
    private volatile String refuseNextPush;
    private volatile long failPullsFrom = Long.MAX_VALUE;
    private volatile int pageSize = Integer.MAX_VALUE;

    private ChainServerStandIn() {
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        http.createContext(SyncApi.ME, this::me);
        http.createContext(SyncApi.EVENTS, this::events);
        http.start();
    }

    /** An empty tenant. */
    public static ChainServerStandIn empty() {
        return new ChainServerStandIn();
    }

    /** A tenant whose history is {@code history}, numbered 1, 2, … in its order. */
    public static ChainServerStandIn withHistory(List<RecordedEvent> history) {
        ChainServerStandIn server = new ChainServerStandIn();
        history.forEach(e -> server.store(e.envelope()));
        return server;
    }

    /**
     * The test salon's history on a server, and a new desk in {@code root/desk} connected to it as
     * {@link #DEVICE} after downloading it, syncing in the background: as after a first start.
     */
    public static ChainServerStandIn withTheSalon(Path root) {
        Path salon = root.resolve("salon");
        TestSalon.recordWithoutIdentity(salon);
        try (DeskBackEnd recorded = DeskBackEnd.open(salon, TestSalon.clock())) {
            return withHistory(recorded.log().readAfter(0, 100_000));
        }
    }

    /** A desk in {@code folder} connected to this server the way a first start connects it, its history downloaded. */
    public FrontDesk connectNewDesk(Path folder) {
        FirstStart first = (FirstStart) DeskOpening.begin(folder, TestSalon.clock(), step -> { });
        try {
            first.connect(address(), TOKEN);
            first.downloadHistory(progress -> { });
            return first.open();
        } catch (RuntimeException e) {
            first.close();
            throw e;
        }
    }

    public URI address() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort());
    }

    /** From now on the desk's token is answered {@code status}: 401 (unknown) or 403 (revoked). */
    public void answerTokenWith(int status) {
        answers.put(TOKEN, status);
    }

    /**
     * Pulls from after {@code position} on are answered 503, as by a server that went down part way; pages are then
     * {@code position} events at most, so the first comes through.
     */
    public void failPullsFrom(int position) {
        failPullsFrom = position;
        pageSize = position;
    }

    /** The next push is refused as invalid (400), each of its events with {@code reason}. */
    public void refuseNextPushAsInvalid(String reason) {
        refuseNextPush = reason;
    }

    public synchronized int eventCount() {
        return events.size();
    }

    private synchronized void store(EventEnvelope envelope) {
        events.add(envelope.withGlobalPosition(events.size() + 1));
    }

    private void me(HttpExchange exchange) throws IOException {
        if (authorised(exchange)) {
            send(exchange, 200, "application/json", DEVICE);
        }
    }

    private void events(HttpExchange exchange) throws IOException {
        if (!authorised(exchange)) {
            return;
        }
        if ("POST".equals(exchange.getRequestMethod())) {
            push(exchange);
            return;
        }
        Map<String, String> query = new HashMap<>();
        for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], kv[1]);
        }
        long after = Long.parseLong(query.get("after"));
        int limit = Math.min(pageSize, Integer.parseInt(query.get("limit")));
        if (after >= failPullsFrom) {
            send(exchange, 503, Problem.MEDIA_TYPE, new Problem(SyncApi.PROBLEM_PREFIX + "unavailable",
                    "Service unavailable", 503, "down for maintenance", List.of()));
            return;
        }
        PullResponse page;
        synchronized (this) {
            int from = (int) Math.min(after, events.size());
            page = new PullResponse(List.copyOf(events.subList(from, Math.min(events.size(), from + limit))),
                    events.size());
        }
        send(exchange, 200, "application/json", page);
    }

    private void push(HttpExchange exchange) throws IOException {
        JsonNode batch = json.readTree(exchange.getRequestBody());
        String refusal = refuseNextPush;
        if (refusal != null) {
            refuseNextPush = null;
            List<Problem.FieldError> errors = new ArrayList<>();
            batch.get("events").forEach(e -> errors.add(new Problem.FieldError(e.get("id").asText(), "payload",
                    refusal)));
            send(exchange, 400, Problem.MEDIA_TYPE, new Problem(SyncApi.PROBLEM_PREFIX + "invalid-events",
                    "Invalid events", 400, "the batch holds invalid events", errors));
            return;
        }
        List<PushResult> results = new ArrayList<>();
        long head;
        synchronized (this) {
            for (JsonNode node : batch.get("events")) {
                EventEnvelope envelope = json.treeToValue(node, EventEnvelope.class);
                store(envelope);
                results.add(PushResult.accepted(envelope.id(), events.size()));
            }
            head = events.size();
        }
        send(exchange, 200, "application/json", new PushResponse(results, head));
    }

    private boolean authorised(HttpExchange exchange) throws IOException {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        String token = header == null ? "" : header.replaceFirst("^Bearer ", "");
        int status = TOKEN.equals(token) ? answers.getOrDefault(TOKEN, 200) : 401;
        if (status == 200) {
            return true;
        }
        String type = status == 403 ? "device-revoked" : "unauthorized";
        send(exchange, status, Problem.MEDIA_TYPE, new Problem(SyncApi.PROBLEM_PREFIX + type,
                status == 403 ? "Device revoked" : "Unauthorized", status, "token " + status, List.of()));
        return false;
    }

    private void send(HttpExchange exchange, int status, String type, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Stops answering: the desk then finds no server at this address. */
    @Override
    public void close() {
        http.stop(0);
    }
}
