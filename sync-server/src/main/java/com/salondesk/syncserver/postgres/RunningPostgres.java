package com.salondesk.syncserver.postgres;

import com.salondesk.syncserver.store.CentralDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL already running on a data folder, as its {@code postmaster.pid} tells: started by a server
 * that still runs (the admin command line uses it beside that server), or left running by one that was
 * killed (the next server takes it over and {@link #stop stops} it when it stops itself).
 */
public record RunningPostgres(long pid, int port, Path dataDirectory) {

    private static final Logger LOG = LoggerFactory.getLogger(RunningPostgres.class);

    /** The PostgreSQL whose live postmaster holds {@code dataDirectory}; empty when none does. */
    public static Optional<RunningPostgres> on(Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
            if (lines.size() < 4) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).strip());
            int port = Integer.parseInt(lines.get(3).strip());
            boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            return alive ? Optional.of(new RunningPostgres(pid, port, dataDirectory)) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public CentralDatabase.ConnectionSettings connectionSettings(String database, int poolSize) {
        return new CentralDatabase.ConnectionSettings("jdbc:postgresql://127.0.0.1:" + port + "/" + database,
                "postgres", null, poolSize);
    }

    /**
     * Stops it with a fast shutdown (SIGINT: sessions are ended, the data is checkpointed) and waits until
     * the postmaster has exited, at most {@code patience}.
     */
    public void stop(Duration patience) {
        Optional<ProcessHandle> postmaster = ProcessHandle.of(pid);
        if (postmaster.isEmpty()) {
            return;
        }
        try {
            int status = new ProcessBuilder("kill", "-INT", Long.toString(pid)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            if (status != 0) {
                postmaster.get().destroy();
            }
        } catch (IOException e) {
            // No kill command: SIGTERM is PostgreSQL's smart shutdown, which ends once no session is left.
            postmaster.get().destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            postmaster.get().onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            LOG.warn("the PostgreSQL in {} (pid {}) has not stopped within {}", dataDirectory, pid, patience);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
