package com.salondesk.syncserver.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The central PostgreSQL database: a connection pool, the schema brought up to date by Flyway (db/central),
 * and jOOQ over it. Also opens the dedicated unpooled connections that LISTEN for notifications.
 */
public final class CentralDatabase implements AutoCloseable {

    /** Where and as whom to connect; {@code poolSize} bounds concurrent transactions of this process. */
    public record ConnectionSettings(String jdbcUrl, String user, String password, int poolSize) {
        public ConnectionSettings {
            Objects.requireNonNull(jdbcUrl, "jdbcUrl");
            if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("the central store needs a jdbc:postgresql: URL, not " + jdbcUrl);
            }
            if (poolSize < 1) {
                throw new IllegalArgumentException("poolSize must be at least 1, was " + poolSize);
            }
        }

        @Override
        public String toString() {
            return "ConnectionSettings[" + jdbcUrl + " as " + user + ", pool " + poolSize + "]";
        }
    }

    private final ConnectionSettings settings;
    private final HikariDataSource pool;
    private final DSLContext dsl;

    private CentralDatabase(ConnectionSettings settings, HikariDataSource pool) {
        this.settings = settings;
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.POSTGRES,
                new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER).withExecuteLogging(false));
    }

    /** Connects, checks the server is PostgreSQL 15 or newer, and migrates the schema. */
    public static CentralDatabase open(ConnectionSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        if (settings.user() != null) {
            config.setUsername(settings.user());
        }
        if (settings.password() != null) {
            config.setPassword(settings.password());
        }
        config.setMaximumPoolSize(settings.poolSize());
        config.setPoolName("central-store");
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(10_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new CentralStoreUnavailable("cannot connect to the central store at " + settings.jdbcUrl()
                    + " as '" + settings.user() + "': " + e.getMessage(), e);
        }
        try {
            requireSupportedVersion(pool, settings);
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/central")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new CentralDatabase(settings, pool);
    }

    private static void requireSupportedVersion(DataSource pool, ConnectionSettings settings) {
        try (Connection c = pool.getConnection()) {
            int major = c.getMetaData().getDatabaseMajorVersion();
            if (major < 15) {
                throw new CentralStoreUnavailable("the central store at " + settings.jdbcUrl()
                        + " runs PostgreSQL " + major + "; SalonDesk needs PostgreSQL 15 or newer", null);
            }
        } catch (SQLException e) {
            throw new CentralStoreUnavailable("cannot read the PostgreSQL version of " + settings.jdbcUrl(), e);
        }
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DataSource dataSource() {
        return pool;
    }

    /** A new connection outside the pool, for a long-lived LISTEN; the caller closes it. */
    public Connection openDedicatedConnection() throws SQLException {
        Properties props = new Properties();
        if (settings.user() != null) {
            props.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            props.setProperty("password", settings.password());
        }
        return DriverManager.getConnection(settings.jdbcUrl(), props);
    }

    /** True when the database answers a trivial query within two seconds. */
    public boolean answers() {
        try (Connection c = pool.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    public ConnectionSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        pool.close();
    }
}
