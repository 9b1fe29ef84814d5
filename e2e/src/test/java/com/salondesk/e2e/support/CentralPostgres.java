package com.salondesk.e2e.support;

import com.salondesk.syncserver.postgres.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL under the sync server processes the tests and benchmarks start: one embedded PostgreSQL 17
 * per JVM, started on first use (as the sync server's own tests do), or the server named by
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
            EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(data.resolve("pgdata"), 0, false);
            Runtime.getRuntime().addShutdownHook(new Thread(pg::close, "e2e-postgres-stop"));
            return new CentralPostgres(pg.jdbcUrl("postgres"), "postgres", null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for the end-to-end PostgreSQL", e);
        }
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
