package com.salondesk.e2e.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL under the sync server processes the tests and benchmarks start: one embedded PostgreSQL 17
 * per JVM, started on first use with {@code fsync} off (as the sync server's own tests do), or the server named by
 * {@code SALONDESK_TEST_PG_URL} where {@code .ci/sync-server-setup.sh} found no user namespaces. Each chain
 * gets a database of its own. It lives outside the server processes on purpose: a server killed with SIGKILL
 * and started again finds its data where it left it, and starting a server takes a second, not an initdb.
 */
public final class CentralPostgres {

    /** Where a server finds its database: the JDBC URL with user and password (null where none is needed). */
    public record Database(String url, String user, String password) {
    }

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static CentralPostgres instance;

    private final String adminUrl;
    private final String user;
    private final String password;

    private CentralPostgres(String adminUrl, String user, String password) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
    }

    public static synchronized CentralPostgres get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static CentralPostgres start() {
        String url = System.getenv("SALONDESK_TEST_PG_URL");
        if (url != null && !url.isBlank()) {
            return new CentralPostgres(url, System.getenv("SALONDESK_TEST_PG_USER"),
                    System.getenv("SALONDESK_TEST_PG_PASSWORD"));
        }
        try {
            Path data = Files.createTempDirectory("salondesk-e2e-pg");
            // As EmbeddedPostgresServer starts it (zonky runs it in a user namespace where this JVM is root), but
            // with the binaries taken from the first jar that has them: in a reactor build the sync server comes
            // as its jar, whose manifest names its lib/ folder, so every library is on the class path twice and
            // zonky's own lookup refuses to choose.
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(data.resolve("pgdata"))
                    .setCleanDataDirectory(true)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setPgBinaryResolver(CentralPostgres::firstBinary)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("fsync", "off")
                    .setLocaleConfig("locale", "C")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                    DataFolders.delete(data);
                } catch (IOException | UncheckedIOException e) {
                    System.err.println("the end-to-end PostgreSQL did not stop cleanly: " + e);
                }
            }, "e2e-postgres-stop"));
            return new CentralPostgres(pg.getJdbcUrl("postgres", "postgres"), "postgres", null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the end-to-end PostgreSQL", e);
        }
    }

    private static InputStream firstBinary(String system, String machineHardware) {
        String architecture = machineHardware.equals("amd64") ? "x86_64" : machineHardware;
        String name = "postgres-" + system.toLowerCase(Locale.ROOT) + "-" + architecture.toLowerCase(Locale.ROOT)
                + ".txz";
        InputStream binary = CentralPostgres.class.getClassLoader().getResourceAsStream(name);
        if (binary == null) {
            throw new IllegalStateException("no PostgreSQL binaries " + name + " on the class path");
        }
        return binary;
    }

    /** A new, empty database for one chain. */
    public Database freshDatabase(String purpose) {
        String name = "e2e_" + purpose.toLowerCase().replaceAll("[^a-z0-9]", "_") + "_" + ProcessHandle.current().pid()
                + "_" + DATABASES.incrementAndGet();
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " on " + adminUrl, e);
        }
        int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = adminUrl.indexOf('?', slash);
        String url = adminUrl.substring(0, slash + 1) + name + (query < 0 ? "" : adminUrl.substring(query));
        return new Database(url, user, password);
    }

    private Connection admin() throws SQLException {
        Properties p = new Properties();
        if (user != null) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        return DriverManager.getConnection(adminUrl, p);
    }
}
