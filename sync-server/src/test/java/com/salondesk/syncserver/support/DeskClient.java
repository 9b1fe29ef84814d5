package com.salondesk.syncserver.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salondesk.persistence.event.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;

/** A desk as the tests see it: speaks the sync protocol over HTTP and WebSocket with its token. */
public final class DeskClient {

    /** One HTTP answer with its body parsed as JSON (null when empty or not JSON). */
    public record Answer(int status, String contentType, JsonNode body, String text) {
    }

    private static final ObjectMapper JSON = Json.mapper();

    private final HttpClient http;
    private final String base;
    private final String token;

    public DeskClient(int port, String token) {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), port, token);
    }

    public DeskClient(HttpClient http, int port, String token) {
        this.http = http;
        this.base = "http://127.0.0.1:" + port;
        this.token = token;
    }

    public Answer push(List<ObjectNode> events) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode array = body.putArray("events");
        events.forEach(array::add);
        return push(body.toString());
    }

    public Answer push(String body) {
        return send(request("/api/v1/events").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public Answer pull(long after, int limit) {
        return get("/api/v1/events?after=" + after + "&limit=" + limit);
    }

    public Answer get(String pathAndQuery) {
        return send(request(pathAndQuery).GET().build());
    }

    public Answer me() {
        return get("/api/v1/me");
    }

    public HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    public Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = null;
            try {
                body = r.body().isEmpty() ? null : JSON.readTree(r.body());
            } catch (IOException notJson) {
                // Left null: the caller asserts on the text.
            }
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), body, r.body());
        } catch (IOException e) {
            throw new UncheckedIOException("request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Opens the live channel; fails with the upgrade's HTTP status when refused. */
    public LiveChannel live() {
        LiveChannel channel = new LiveChannel();
        WebSocket.Builder b = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            WebSocket ws = b.buildAsync(URI.create(base.replace("http:", "ws:") + "/api/v1/live"), channel).join();
            channel.attach(ws);
            return channel;
        } catch (CompletionException e) {
            throw new LiveChannel.Refused(e.getCause());
        }
    }
}
