package com.salondesk.e2e.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salondesk.persistence.event.EventEnvelope;
import com.salondesk.persistence.event.Json;
import com.salondesk.persistence.sync.PullResponse;
import com.salondesk.persistence.sync.SyncApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The server's side of the story, read as any client of the protocol reads it: a tenant's events through
 * {@code GET /api/v1/events} with one of its device tokens, and raw pushes for seeding benchmarks.
 */
public final class ServerEvents {

    private static final ObjectMapper JSON = Json.mapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI server;
    private final String token;

    public ServerEvents(URI server, String token) {
        this.server = server;
        this.token = token;
    }

    /** Every event of the tenant, in global order. */
    public List<EventEnvelope> all() {
        List<EventEnvelope> events = new ArrayList<>();
        long after = 0;
        while (true) {
            PullResponse page = pull(after, SyncApi.MAX_PULL_LIMIT);
            events.addAll(page.events());
            if (page.events().isEmpty() || page.events().getLast().globalPosition() >= page.head()) {
                return events;
            }
            after = page.events().getLast().globalPosition();
        }
    }

    /** The tenant's head position. */
    public long head() {
        return pull(Long.MAX_VALUE / 2, 1).head();
    }

    public PullResponse pull(long after, int limit) {
        HttpResponse<String> answer = send(request(SyncApi.EVENTS + "?after=" + after + "&limit=" + limit).GET()
                .build());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("pull after " + after + " answered " + answer.statusCode() + ": "
                    + answer.body());
        }
        try {
            return JSON.readValue(answer.body(), PullResponse.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a pull's answer", e);
        }
    }

    /** Pushes a batch of events as JSON text ({@code {"events": [...]}}); returns the parsed answer. */
    public JsonNode push(String body) {
        HttpResponse<String> answer = send(request(SyncApi.EVENTS).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("push answered " + answer.statusCode() + ": " + answer.body());
        }
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a push's answer", e);
        }
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(server.resolve(pathAndQuery)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
