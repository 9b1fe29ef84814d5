package com.salondesk.syncserver.support;

import com.salondesk.syncserver.postgres.EmbeddedPostgresServer;
import com.salondesk.syncserver.store.CentralDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL the tests run against: one embedded PostgreSQL 17 per test JVM, started on first use and
 * shared by every test class (each gets a database of its own), or the server named by
 * {@code SALONDESK_TEST_PG_URL} (a JDBC URL of a database whose user may CREATE DATABASE; user and password
 * in the URL or in {@code SALONDESK_TEST_PG_USER} / {@code SALONDESK_TEST_PG_PASSWORD}).
 */
public final class TestPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static TestPostgres instance;

    private final EmbeddedPostgresServer embedded;
    private final String adminUrl;
    private final String user;
    private final String password;

    private TestPostgres(EmbeddedPostgresServer embedded, String adminUrl, String user, String password) {
        this.embedded = embedded;
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
    }

    public static synchronized TestPostgres get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static TestPostgres start() {
        String url = System.getenv("SALONDESK_TEST_PG_URL");
        if (url != null && !url.isBlank()) {
            return new TestPostgres(null, url, System.getenv("SALONDESK_TEST_PG_USER"),
                    System.getenv("SALONDESK_TEST_PG_PASSWORD"));
        }
        try {
            Path data = Files.createTempDirectory("salondesk-test-pg");
            EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(data.resolve("pgdata"), 0, false);
            Runtime.getRuntime().addShutdownHook(new Thread(pg::close, "test-postgres-stop"));
            return new TestPostgres(pg, pg.jdbcUrl("postgres"), "postgres", null);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a folder for the test PostgreSQL", e);
        }
    }

    /** A new, empty database for one test class (or one test), with its connection settings. */
    public CentralDatabase.ConnectionSettings freshDatabase(String purpose, int poolSize) {
        String name = "t_" + purpose.toLowerCase().replaceAll("[^a-z0-9]", "_") + "_" + ProcessHandle.current().pid()
                + "_" + DATABASES.incrementAndGet();
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + " on " + adminUrl, e);
        }
        return new CentralDatabase.ConnectionSettings(urlOf(name), user, password, poolSize);
    }

    private String urlOf(String database) {
        // Replace the database part of jdbc:postgresql://host:port/db?params.
        int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = adminUrl.indexOf('?', slash);
        return adminUrl.substring(0, slash + 1) + database + (query < 0 ? "" : adminUrl.substring(query));
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

    public boolean isEmbedded() {
        return embedded != null;
    }
}
