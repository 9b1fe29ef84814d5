package com.salondesk.syncserver.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which server process runs the embedded PostgreSQL of a data folder: a file beside it holding that process's
 * id and start time. A later server finding PostgreSQL running can so tell a live server's (leave it alone)
 * from one a killed server left behind (take it over).
 */
public final class PostgresOwner {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresOwner.class);

    private final Path file;

    private PostgresOwner(Path file) {
        this.file = file;
    }

    /** Whether a process other than this one, still running, has claimed {@code file}. */
    public static boolean heldByAnotherLiveProcess(Path file) {
        String[] owner;
        try {
            owner = Files.readString(file).strip().split(" ", 2);
        } catch (IOException e) {
            return false;
        }
        try {
            long pid = Long.parseLong(owner[0]);
            if (pid == ProcessHandle.current().pid()) {
                return false;
            }
            Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
            // A recycled process id has another start time.
            return process.isPresent() && (owner.length < 2 || owner[1].equals(startOf(process.get())));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Records this process as the one that runs (and will stop) the PostgreSQL beside {@code file}. */
    public static PostgresOwner claim(Path file) {
        ProcessHandle me = ProcessHandle.current();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, me.pid() + " " + startOf(me) + "\n");
        } catch (IOException e) {
            LOG.warn("cannot record this server as the owner of its PostgreSQL in {} ({}); a server started after "
                    + "this one is killed will not take that PostgreSQL over", file, e.toString());
        }
        return new PostgresOwner(file);
    }

    /** Gives the claim up, once the PostgreSQL is stopped. */
    public void release() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("cannot remove {} ({})", file, e.toString());
        }
    }

    private static String startOf(ProcessHandle process) {
        return process.info().startInstant().map(Object::toString).orElse("-");
    }
}
