package com.salondesk.persistence.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.salondesk.persistence.event.EventEnvelope;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sync server's API as a desk calls it (PROTOCOL.md): {@code /me}, push, pull and the live channel, on
 * {@code java.net.http} with the device token on every request. Answers that are not 2xx become
 * {@link SyncFailure}s: {@link ServerUnreachable} (no answer, a timeout, 5xx or anything unexpected),
 * {@link TokenRefused} (401), {@link DeviceRevoked} (403 on authentication) and {@link BatchRefused}
 * (a push refused whole).
 */
public final class SyncServerApi implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncServerApi.class);

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final byte[] BATCH_START = "{\"events\":[".getBytes(StandardCharsets.UTF_8);
    private static final byte[] BATCH_END = "]}".getBytes(StandardCharsets.UTF_8);
    /** The bytes a batch adds around its events: the braces, the field name, the commas. */
    public static final int BATCH_OVERHEAD = BATCH_START.length + BATCH_END.length;

    private final SyncSettings settings;
    private final ObjectMapper json;
    private final ObjectReader problems;
    private final ObjectReader pulls;
    private final ObjectReader pushes;
    private final ObjectReader identities;
    private final ObjectReader heads;
    private final HttpClient http;

    public SyncServerApi(SyncSettings settings, ObjectMapper json) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.json = Objects.requireNonNull(json, "json");
        // Answers may grow fields the protocol leaves open; a desk reads what it knows.
        this.problems = json.readerFor(Problem.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.pulls = json.readerFor(PullResponse.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.pushes = json.readerFor(PushResponse.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.identities = json.readerFor(DeviceIdentity.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.heads = json.readerFor(HeadAnnouncement.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public SyncSettings settings() {
        return settings;
    }

    /** Who the token belongs to. */
    public DeviceIdentity me() {
        return read(identities, send(get(SyncApi.ME), false), "who this desk is");
    }

    /** Up to {@code limit} of the tenant's events after global position {@code after}, and the head. */
    public PullResponse pull(long after, int limit) {
        return read(pulls, send(get(SyncApi.EVENTS + "?after=" + after + "&limit=" + limit), false), "pulled events");
    }

    /** {@link #pull} without waiting: the answer (or its {@link SyncFailure}) completes the future. */
    public CompletableFuture<PullResponse> pullAsync(long after, int limit) {
        HttpRequest request = get(SyncApi.EVENTS + "?after=" + after + "&limit=" + limit);
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                .handle((response, error) -> {
                    if (error != null) {
                        throw unreachable(unwrap(error));
                    }
                    return read(pulls, check(response, false), "pulled events");
                });
    }

    /** One event as the push body carries it. */
    public byte[] encode(EventEnvelope envelope) {
        if (envelope.globalPosition() != null) {
            throw new IllegalArgumentException("event " + envelope.id() + " has a global position; only the server"
                    + " gives those");
        }
        try {
            return json.writeValueAsBytes(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write event " + envelope.id() + " as JSON", e);
        }
    }

    /** Pushes events as {@link #encode} wrote them, in this order, as one batch. */
    public PushResponse push(List<byte[]> encodedEvents) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(
                encodedEvents.stream().mapToInt(e -> e.length + 1).sum() + BATCH_OVERHEAD);
        body.writeBytes(BATCH_START);
        for (int i = 0; i < encodedEvents.size(); i++) {
            if (i > 0) {
                body.write(',');
            }
            body.writeBytes(encodedEvents.get(i));
        }
        body.writeBytes(BATCH_END);
        HttpRequest request = request(SyncApi.EVENTS).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return read(pushes, send(request, true), "the push's results");
    }

    private HttpRequest get(String pathAndQuery) {
        return request(pathAndQuery).GET().build();
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(settings.resolve(pathAndQuery)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + settings.token()).header("Accept", "application/json");
    }

    private HttpResponse<byte[]> send(HttpRequest request, boolean push) {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerUnreachable("interrupted while waiting for the sync server", null, e);
        }
        return check(response, push);
    }

    /** The response when it is 2xx; otherwise the failure its status and problem stand for. */
    private HttpResponse<byte[]> check(HttpResponse<byte[]> response, boolean push) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return response;
        }
        Problem problem = problemOf(response);
        String said = problem == null ? "" : ": " + BatchRefused.describe(problem);
        if (status == 401) {
            throw new TokenRefused("The sync server does not accept this desk's token" + said, problem);
        }
        boolean revoked = problem != null && problem.type().equals(SyncApi.PROBLEM_PREFIX + "device-revoked");
        if (status == 403 && (revoked || !push)) {
            throw new DeviceRevoked("Headquarters has revoked this desk on the sync server" + said, problem);
        }
        if (push && problem != null && (status == 400 || status == 403 || status == 409 || status == 413)) {
            throw new BatchRefused(status, problem);
        }
        throw new ServerUnreachable("the sync server at " + settings.server() + " answered " + status + said, problem,
                null);
    }

    private Problem problemOf(HttpResponse<byte[]> response) {
        try {
            return response.body().length == 0 ? null : problems.readValue(response.body());
        } catch (IOException | RuntimeException e) {
            return null; // not a problem document (a proxy's error page): the status says enough
        }
    }

    private <T> T read(ObjectReader reader, HttpResponse<byte[]> response, String what) {
        try {
            return reader.readValue(response.body());
        } catch (IOException | RuntimeException e) {
            throw new ServerUnreachable("the sync server at " + settings.server() + " sent " + what
                    + " that cannot be read: " + e.getMessage(), null, e);
        }
    }

    private ServerUnreachable unreachable(Throwable e) {
        String why;
        if (e instanceof HttpConnectTimeoutException) {
            why = "did not accept a connection within " + CONNECT_TIMEOUT.toSeconds() + " s";
        } else if (e instanceof HttpTimeoutException) {
            why = "did not answer within " + REQUEST_TIMEOUT.toSeconds() + " s";
        } else if (e instanceof ConnectException) {
            why = "cannot be reached";
        } else {
            why = "cannot be reached (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
        }
        return new ServerUnreachable("The sync server at " + settings.server() + " " + why, null, e);
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /**
     * Opens the live channel and waits until it is open. {@code onHead} gets every head announcement, on the
     * HTTP client's thread (keep it short); {@code onClosed} is told once when the channel ends other than by
     * {@link LiveChannel#close()}, with why.
     */
    public LiveChannel openLive(Consumer<HeadAnnouncement> onHead, Consumer<String> onClosed) {
        String scheme = settings.server().getScheme().equals("https") ? "wss" : "ws";
        URI uri = URI.create(scheme + settings.resolve(SyncApi.LIVE).toString().substring(
                settings.server().getScheme().length()));
        LiveChannel channel = new LiveChannel(onHead, onClosed);
        CompletableFuture<WebSocket> opening = http.newWebSocketBuilder().connectTimeout(CONNECT_TIMEOUT)
                .header("Authorization", "Bearer " + settings.token()).buildAsync(uri, channel.listener);
        try {
            channel.socket = opening.get(CONNECT_TIMEOUT.toMillis() * 2, TimeUnit.MILLISECONDS);
            return channel;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            opening.cancel(true);
            throw new ServerUnreachable("interrupted while opening the live channel", null, e);
        } catch (TimeoutException e) {
            opening.cancel(true);
            throw new ServerUnreachable("The sync server at " + settings.server() + " did not open the live channel"
                    + " in time", null, e);
        } catch (ExecutionException e) {
            Throwable cause = unwrap(e);
            if (cause instanceof WebSocketHandshakeException handshake) {
                int status = handshake.getResponse().statusCode();
                if (status == 401) {
                    throw new TokenRefused("The sync server does not accept this desk's token", null);
                }
                if (status == 403) {
                    throw new DeviceRevoked("Headquarters has revoked this desk on the sync server", null);
                }
                throw new ServerUnreachable("The sync server at " + settings.server() + " refused the live channel ("
                        + status + ")", null, cause);
            }
            throw unreachable(cause);
        }
    }

    /** An open live channel: head announcements until it is closed. */
    public final class LiveChannel implements AutoCloseable {
        private final Consumer<HeadAnnouncement> onHead;
        private final Consumer<String> onClosed;
        private final AtomicBoolean ended = new AtomicBoolean();
        private final StringBuilder text = new StringBuilder();
        private volatile WebSocket socket;
        final WebSocket.Listener listener = new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                    String message = text.toString();
                    text.setLength(0);
                    try {
                        onHead.accept(heads.readValue(message));
                    } catch (IOException | RuntimeException e) {
                        // Not an announcement this desk understands; the next one will do.
                        LOG.debug("ignoring a live message that is not a head announcement: {}", message);
                    }
                }
                webSocket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                end("the server closed the live channel (" + statusCode + (reason.isEmpty() ? "" : " " + reason) + ")");
                return null;
            }

            @Override
            public void onError(WebSocket webSocket, Throwable error) {
                end("the live channel broke: " + error.getClass().getSimpleName()
                        + (error.getMessage() == null ? "" : " " + error.getMessage()));
            }
        };

        private LiveChannel(Consumer<HeadAnnouncement> onHead, Consumer<String> onClosed) {
            this.onHead = onHead;
            this.onClosed = onClosed;
        }

        private void end(String why) {
            if (ended.compareAndSet(false, true)) {
                onClosed.accept(why);
            }
        }

        public boolean isOpen() {
            WebSocket s = socket;
            return !ended.get() && s != null && !s.isInputClosed() && !s.isOutputClosed();
        }

        @Override
        public void close() {
            ended.set(true);
            WebSocket s = socket;
            if (s != null) {
                s.abort();
            }
        }
    }

    @Override
    public void close() {
        http.shutdownNow();
        http.close();
    }

    @Override
    public String toString() {
        return "SyncServerApi[" + settings.server().toString().toLowerCase(Locale.ROOT) + "]";
    }
}
