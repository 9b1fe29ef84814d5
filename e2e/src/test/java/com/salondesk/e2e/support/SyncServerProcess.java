package com.salondesk.e2e.support;

import com.salondesk.syncserver.Main;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The sync server as headquarters runs it: {@code Main serve --config FILE} in a process of its own, on a fixed
 * port of 127.0.0.1 (so desks find it again after a restart) and a database of {@link CentralPostgres}; and its
 * administration commands, each a process of its own as well. It can be killed (SIGKILL) and started again on
 * the same data.
 */
public final class SyncServerProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static SyncServerProcess shared;

    private final Path folder;
    private final Path config;
    private final int port;
    private final List<String> jvmOptions;
    private Process process;
    private int starts;

    private SyncServerProcess(Path folder, Path config, int port, List<String> jvmOptions) {
        this.folder = folder;
        this.config = config;
        this.port = port;
        this.jvmOptions = jvmOptions;
    }

    /**
     * The server the test classes that never kill it share (each test on a tenant of its own): starting one
     * takes seconds. It is stopped with SIGTERM when the test JVM ends; a test may stop and start it meanwhile.
     */
    public static synchronized SyncServerProcess shared() {
        if (shared == null) {
            try {
                Path folder = Files.createTempDirectory("salondesk-e2e-server");
                shared = start(folder, "shared");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a folder for the shared sync server", e);
            }
            SyncServerProcess server = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                DataFolders.delete(server.folder);
            }, "e2e-sync-server-stop"));
        }
        if (!shared.isRunning()) {
            shared.start();
        }
        return shared;
    }

    /** Writes the configuration for a server on a fresh database in {@code folder} and starts it. */
    public static SyncServerProcess start(Path folder, String purpose) {
        return start(folder, CentralPostgres.get().freshDatabase(purpose), List.of("-Xmx384m"), Map.of());
    }

    /**
     * As {@link #start(Path, String)}, on {@code database}, with JVM options and further configuration keys
     * ({@code live.revocation-check}, say).
     */
    public static SyncServerProcess start(Path folder, CentralPostgres.Database database, List<String> jvmOptions,
                                          Map<String, String> settings) {
        try {
            Files.createDirectories(folder);
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            StringBuilder text = new StringBuilder()
                    .append("server.host=127.0.0.1\n")
                    .append("server.port=").append(port).append('\n')
                    .append("data.folder=").append(folder.resolve("data")).append('\n')
                    .append("database.url=").append(database.url()).append('\n');
            if (database.user() != null) {
                text.append("database.user=").append(database.user()).append('\n');
            }
            if (database.password() != null) {
                text.append("database.password=").append(database.password()).append('\n');
            }
            settings.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
            Path config = folder.resolve("sync-server.properties");
            Files.writeString(config, text);
            SyncServerProcess server = new SyncServerProcess(folder, config, port, jvmOptions);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare a sync server in " + folder, e);
        }
    }

    /** Starts {@code serve} (again) and waits until {@code /health} answers UP. */
    public void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("the server is already running");
        }
        starts++;
        Path output = log();
        process = JavaProcesses.start(jvmOptions, Main.class.getName(), List.of("serve", "--config", config.toString()),
                Map.of(), output);
        Eventually.await("the sync server to answer /health", this::healthy, () -> {
            if (!process.isAlive()) {
                return "it exited with " + process.exitValue() + ":\n" + output();
            }
            return output();
        });
    }

    private boolean healthy() {
        if (!process.isAlive()) {
            throw new AssertionError("the sync server exited with " + process.exitValue() + ":\n" + output());
        }
        try {
            HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(uri().resolve("/health"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGKILL, as a power cut of the server's JVM: no shutdown hook runs. */
    public void kill() {
        JavaProcesses.kill(process);
    }

    /** SIGTERM, as an operator's Ctrl+C or {@code systemctl stop}. */
    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new AssertionError("the sync server did not stop within 60 s of SIGTERM:\n" + output());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public int port() {
        return port;
    }

    // headquarters' command line

    public void createTenant(String tenantId, String name) {
        admin("tenant", "create", "--id", tenantId, "--name", name);
    }

    /** Enrols a device and returns its token (the last line the command prints). */
    public String enrol(String tenantId, String branchId, String deviceId) {
        return admin("device", "enrol", "--tenant", tenantId, "--branch", branchId, "--device", deviceId,
                "--name", "Front desk " + deviceId).lastLine();
    }

    public void revoke(String deviceId) {
        admin("device", "revoke", "--device", deviceId);
    }

    private JavaProcesses.Finished admin(String... args) {
        List<String> arguments = new java.util.ArrayList<>(List.of(args));
        arguments.add("--config");
        arguments.add(config.toString());
        JavaProcesses.Finished done = JavaProcesses.run(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"),
                Main.class.getName(), arguments, Map.of());
        if (done.exitCode() != 0) {
            throw new AssertionError("sync server command " + String.join(" ", args) + " exited with "
                    + done.exitCode() + ":\n" + done.out() + done.err());
        }
        return done;
    }

    /** What the server has logged in all its runs so far. */
    public String output() {
        try {
            return Files.exists(log()) ? Files.readString(log()) : "";
        } catch (IOException e) {
            return "(cannot read " + log() + ": " + e.getMessage() + ")";
        }
    }

    private Path log() {
        return folder.resolve("sync-server.log");
    }

    /** How many times {@code serve} was started. */
    public int starts() {
        return starts;
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            stop();
        }
    }
}
