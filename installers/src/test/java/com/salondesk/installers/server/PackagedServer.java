package com.salondesk.installers.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The sync server as the archive ships it: unpacked with {@code tar}, run through its own launcher
 * ({@code bin/salondesk-sync-server}) on its own runtime, with a clean environment (no JDK on the PATH, no
 * SALONDESK_* variables but those a test gives); and a desk's side of the protocol over HTTP.
 */
final class PackagedServer implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** What a launcher run printed and how it ended. */
    record Run(int status, String out, String err) {
        String lastLine() {
            String[] lines = out.strip().split("\n");
            return lines[lines.length - 1].strip();
        }
    }

    private final Path home;
    private final Map<String, String> settings;
    private final Path log;
    private final int port;
    private Process serving;

    private PackagedServer(Path home, Map<String, String> settings, Path log, int port) {
        this.home = home;
        this.settings = settings;
        this.log = log;
        this.port = port;
    }

    /** Unpacks the archive the build left (system property {@code salondesk.server.archive}) into {@code folder}. */
    static Path unpack(Path folder) {
        Path archive = Path.of(System.getProperty("salondesk.server.archive",
                "target/salondesk-sync-server-" + version() + ".tar.gz"));
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("no server archive at " + archive
                    + "; build it with ./mvnw -pl installers -am -Pserver-dist package");
        }
        Run untar = run(List.of("tar", "-xzf", archive.toString(), "-C", folder.toString()), folder, Map.of(),
                Duration.ofMinutes(2));
        if (untar.status() != 0) {
            throw new IllegalStateException("tar could not unpack " + archive + ": " + untar.err());
        }
        return folder.resolve("salondesk-sync-server-" + version());
    }

    /** The version Maven built, as the archive's name and {@code --version} carry it. */
    static String version() {
        return System.getProperty("salondesk.version", "0.1.0-SNAPSHOT");
    }

    /** A server of the installation {@code home} with these SALONDESK_* settings, on a free port of 127.0.0.1. */
    static PackagedServer of(Path home, Map<String, String> settings, Path log) {
        int port = freePort();
        Map<String, String> all = new HashMap<>(settings);
        all.put("SALONDESK_SERVER_HOST", "127.0.0.1");
        all.put("SALONDESK_SERVER_PORT", Integer.toString(port));
        return new PackagedServer(home, Map.copyOf(all), log, port);
    }

    /** Runs the launcher with {@code args} and waits for it. */
    Run launcher(String... args) {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/salondesk-sync-server").toString()));
        command.addAll(List.of(args));
        return run(command, home, settings, Duration.ofMinutes(2));
    }

    /** {@code serve}, in a process of its own, until {@code /health} answers 200. */
    void serve(String... extraArgs) {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/salondesk-sync-server").toString(), "serve"));
        command.addAll(List.of(extraArgs));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        cleanEnvironment(builder.environment(), settings);
        try {
            serving = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (healthStatus() != 200) {
            if (!serving.isAlive()) {
                throw new AssertionError("the packaged server exited with " + serving.exitValue() + ":\n" + log());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the packaged server did not answer /health within 2 minutes:\n" + log());
            }
            sleep(Duration.ofMillis(250));
        }
    }

    /** SIGTERM, as {@code systemctl stop} sends it; the exit status. */
    int stop() {
        serving.destroy();
        try {
            if (!serving.waitFor(90, TimeUnit.SECONDS)) {
                serving.destroyForcibly();
                throw new AssertionError("the packaged server did not stop within 90 s of SIGTERM:\n" + log());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return serving.exitValue();
    }

    String log() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    int port() {
        return port;
    }

    /** Enrols a desk and returns its token (the last line the command prints). */
    String enrol(String tenant, String branch, String device) {
        Run enrol = launcher("device", "enrol", "--tenant", tenant, "--branch", branch, "--device", device,
                "--name", "Front desk " + device);
        if (enrol.status() != 0) {
            throw new AssertionError("device enrol exited with " + enrol.status() + ": " + enrol.err());
        }
        return enrol.lastLine();
    }

    /** Pushes {@code events} {@code booking.confirmed} events, one stream per ten, in batches of at most 500. */
    void pushBookings(String tenant, String device, String token, int events) {
        for (int from = 0; from < events; from += 500) {
            ArrayNode batch = JSON.createArrayNode();
            for (int i = from; i < Math.min(events, from + 500); i++) {
                batch.add(bookingConfirmed(tenant, device, "booking-" + device + "-" + (i / 10), i % 10 + 1));
            }
            ObjectNode body = JSON.createObjectNode();
            body.set("events", batch);
            HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/v1/events"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
            if (answer.statusCode() != 200) {
                throw new AssertionError("push answered " + answer.statusCode() + ": " + answer.body());
            }
            for (JsonNode result : read(answer.body()).get("results")) {
                if (!result.get("status").asText().equals("accepted")) {
                    throw new AssertionError("an event was not accepted: " + result);
                }
            }
        }
    }

    /** Every event of the token's tenant, pulled page by page from position 0. */
    List<JsonNode> pullAll(String token) {
        List<JsonNode> events = new ArrayList<>();
        long after = 0;
        while (true) {
            HttpResponse<String> answer = get("/api/v1/events?after=" + after + "&limit=1000", token);
            if (answer.statusCode() != 200) {
                throw new AssertionError("pull answered " + answer.statusCode() + ": " + answer.body());
            }
            JsonNode page = read(answer.body()).get("events");
            if (page.isEmpty()) {
                return events;
            }
            page.forEach(events::add);
            after = page.get(page.size() - 1).get("globalPosition").asLong();
        }
    }

    /** The status {@code /health} answers, or -1 while nothing listens. */
    int healthStatus() {
        try {
            return get("/health", null).statusCode();
        } catch (UncheckedIOException notListeningYet) {
            return -1;
        }
    }

    HttpResponse<String> get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    /** The process {@code serve} runs in: the launcher execs the runtime's java, so this is the JVM. */
    ProcessHandle serving() {
        return serving.toHandle();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
    }

    private static ObjectNode bookingConfirmed(String tenant, String device, String stream, long version) {
        ObjectNode e = JSON.createObjectNode();
        e.put("id", UUID.randomUUID().toString());
        e.put("type", "booking.confirmed");
        e.put("streamId", stream);
        e.put("version", version);
        e.put("timestamp", Instant.now().toString());
        e.putObject("payload").put("bookingId", stream.substring("booking-".length()));
        ObjectNode m = e.putObject("metadata");
        m.put("tenantId", tenant);
        m.put("branchId", "soho");
        m.put("deviceId", device);
        m.put("schemaVersion", 1);
        return e;
    }

    /** Runs a command to its end with only {@code settings} of the caller's environment. */
    static Run run(List<String> command, Path directory, Map<String, String> settings, Duration limit) {
        try {
            Path out = Files.createTempFile("packaged-server", ".out");
            Path err = Files.createTempFile("packaged-server", ".err");
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            cleanEnvironment(builder.environment(), settings);
            Process process = builder.start();
            if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not end within " + limit);
            }
            Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * As on a server: no JAVA_HOME and the system's PATH, and none of the developer's SALONDESK_* or PG*
     * settings (a test database URL would otherwise reach the packaged server).
     */
    private static void cleanEnvironment(Map<String, String> environment, Map<String, String> settings) {
        environment.keySet().removeIf(name -> name.startsWith("SALONDESK_") || name.startsWith("JAVA")
                || name.startsWith("JDK_") || name.startsWith("PG"));
        environment.put("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
        environment.putAll(settings);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (serving != null && serving.isAlive()) {
            stop();
        }
    }
}
