package com.salondesk.syncserver.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salondesk.persistence.event.Json;
import java.io.IOException;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A desk's live channel in tests: collects head announcements and notices when the server closes it. */
public final class LiveChannel implements WebSocket.Listener, AutoCloseable {

    /** The server refused the upgrade. */
    public static final class Refused extends RuntimeException {
        Refused(Throwable cause) {
            super("live channel refused: " + cause, cause);
        }

        public int status() {
            return getCause() instanceof WebSocketHandshakeException h ? h.getResponse().statusCode() : -1;
        }
    }

    private static final ObjectMapper JSON = Json.mapper();

    private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private volatile WebSocket socket;

    void attach(WebSocket ws) {
        this.socket = ws;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                messages.add(JSON.readTree(partial.toString()));
            } catch (IOException e) {
                messages.add(JSON.createObjectNode().put("unreadable", partial.toString()));
            }
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(-1);
    }

    /** The next head position announced, waiting at most {@code timeout}; -1 if none came. */
    public long nextHead(Duration timeout) throws InterruptedException {
        JsonNode m = messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (m == null) {
            return -1;
        }
        if (!"head".equals(m.path("type").asText())) {
            throw new AssertionError("unexpected live message " + m);
        }
        return m.get("position").asLong();
    }

    /** Waits until some announcement reaches {@code position}; the time it took, or null if it never did. */
    public Duration awaitHead(long position, Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            long head = nextHead(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (head >= position) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
        }
        return null;
    }

    /** The close status the server sent, waiting at most {@code timeout}; null if still open. */
    public Integer awaitClosed(Duration timeout) {
        try {
            return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            return null;
        }
    }

    public boolean isClosed() {
        return closed.isDone();
    }

    @Override
    public void close() {
        WebSocket ws = socket;
        if (ws != null && !ws.isOutputClosed()) {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        if (ws != null) {
            ws.abort();
        }
    }
}
