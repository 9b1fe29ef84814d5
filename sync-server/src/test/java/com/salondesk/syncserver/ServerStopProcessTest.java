package com.salondesk.syncserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.syncserver.postgres.RunningPostgres;
import com.salondesk.syncserver.support.DeskClient;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sync server as operators run it: a separate process on an embedded PostgreSQL in its data folder,
 * stopped with SIGTERM (Ctrl+C, systemd, docker stop) or killed with SIGKILL.
 */
class ServerStopProcessTest {

    @TempDir
    Path folder;

    private final List<Process> started = new ArrayList<>();

    /** One server process and the file its standard output and error go to. */
    private record ServerProcess(Process process, int port, Path output) {
        String log() throws IOException {
            return Files.readString(output);
        }
    }

    @BeforeEach
    void embeddedPostgresCanRunHere() {
        String external = System.getenv("SALONDESK_TEST_PG_URL");
        Assumptions.assumeTrue(external == null || external.isBlank(),
                "this machine runs the tests on an external PostgreSQL; the embedded one cannot start here");
    }

    @AfterEach
    void leaveNothingRunning() {
        started.stream().filter(Process::isAlive).forEach(Process::destroyForcibly);
        RunningPostgres.on(postgresFolder()).ifPresent(left -> left.stop(Duration.ofSeconds(30)));
    }

    @Test
    void sigtermStopsTheServerAndItsPostgresWithoutAStackTrace() throws Exception {
        ServerProcess server = start("first.log");

        server.process().destroy();

        assertThat(server.process().waitFor(60, TimeUnit.SECONDS)).as("stopped within a minute").isTrue();
        assertNoStackTrace(server.log());
        assertThat(server.log()).contains("Javalin has stopped");
        assertNoPostgresOfTheFolderRuns();
    }

    @Test
    void aServerStartedAfterAKillTakesOverThePostgresLeftRunningAndStopsItOnItsNextStop() throws Exception {
        ServerProcess killed = start("killed.log");
        killed.process().destroyForcibly();
        assertThat(killed.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(RunningPostgres.on(postgresFolder())).as("the killed server's PostgreSQL is left running").isPresent();

        ServerProcess next = start("next.log");
        assertThat(new DeskClient(next.port(), null).get("/health").body().get("status").asText()).isEqualTo("UP");
        assertThat(next.log()).contains("taking over the embedded PostgreSQL");
        next.process().destroy();

        assertThat(next.process().waitFor(90, TimeUnit.SECONDS)).as("stopped within 90 s").isTrue();
        assertNoStackTrace(next.log());
        assertNoPostgresOfTheFolderRuns();
        assertThat(folder.resolve("data").resolve("postgres.owner")).doesNotExist();
    }

    private Path postgresFolder() {
        return folder.resolve("data").resolve("postgres");
    }

    private static void assertNoStackTrace(String log) {
        assertThat(log).as(log).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private void assertNoPostgresOfTheFolderRuns() {
        assertThat(RunningPostgres.on(postgresFolder())).as("postmaster.pid of a live PostgreSQL").isEmpty();
        String folderPath = postgresFolder().toString();
        List<String> left = ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .map(p -> p.info().commandLine().orElse(""))
                .filter(command -> command.contains(folderPath))
                .toList();
        assertThat(left).as("processes still running on " + folderPath).isEmpty();
    }

    /** Starts {@code serve} on the main class path only (its own logback.xml) and waits until it is healthy. */
    private ServerProcess start(String logName) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", classPath, Main.class.getName(), "serve");
        builder.environment().keySet().removeIf(name -> name.startsWith("SALONDESK_"));
        builder.environment().put("SALONDESK_DATA_FOLDER", folder.resolve("data").toString());
        builder.environment().put("SALONDESK_SERVER_HOST", "127.0.0.1");
        builder.environment().put("SALONDESK_SERVER_PORT", Integer.toString(port));
        Path output = folder.resolve(logName);
        builder.redirectErrorStream(true).redirectOutput(output.toFile());
        Process process = builder.start();
        started.add(process);
        ServerProcess server = new ServerProcess(process, port, output);
        DeskClient probe = new DeskClient(port, null);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the server exited with " + process.exitValue() + ":\n" + server.log());
            }
            try {
                if (probe.get("/health").status() == 200) {
                    return server;
                }
            } catch (RuntimeException notListeningYet) {
                // Starting PostgreSQL and migrating takes a few seconds.
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the server did not become healthy within 120 s:\n" + server.log());
    }
}
