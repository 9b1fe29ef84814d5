package com.salondesk.persistence.desk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.ValidateResult;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk's H2 database file in a data folder: opened, migrated by Flyway (a log of an older schema is
 * copied first, {@link BackupBeforeUpgrade}; a log with nothing pending skips Flyway, {@link MigrationIndex}),
 * and reached through jOOQ. One process owns the file at a time (H2's file lock); closing releases it.
 */
public final class DeskDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeskDatabase.class);

    /** The H2 settings every desk uses; the benchmark's raw-JDBC baseline uses the same. */
    public static final String URL_OPTIONS = ";DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=65536;QUERY_CACHE_SIZE=128";

    private final Path folder;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private volatile boolean migrationsChecked;

    private DeskDatabase(Path folder, JdbcConnectionPool pool, boolean migratedNow) {
        this.folder = folder;
        this.pool = pool;
        this.migrationsChecked = migratedNow;
        this.dsl = DSL.using(pool, SQLDialect.H2, settings());
    }

    /** How jOOQ talks to the desk's H2: names unquoted (H2 keeps them upper case), no statement logging. */
    static Settings settings() {
        return new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER).withExecuteLogging(false);
    }

    /**
     * Opens (creating if needed) the event log in {@code folder}, brings its schema up to date and points
     * the read models' synonyms at their live generations.
     */
    public static DeskDatabase open(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + folder, e);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(jdbcUrl(folder), "salondesk", "");
        pool.setMaxConnections(16);
        try {
            // The everyday start has nothing to migrate: then Flyway is not even loaded (checkMigrations, later).
            boolean current = MigrationIndex.isCurrent(pool);
            if (!current) {
                flyway(pool, folder).migrate();
            }
            DeskDatabase database = new DeskDatabase(folder, pool, !current);
            ReadModelSchemas.repair(database.dsl());
            return database;
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /** The desk's migrations (db/desk and the Java ones here); a log of an older schema is copied before. */
    private static Flyway flyway(DataSource pool, Path folder) {
        return Flyway.configure()
                .dataSource(pool)
                .callbacks(new BackupBeforeUpgrade(folder))
                .locations("classpath:db/desk")
                .javaMigrations(new V5__BookingCancelCategory(), new V7__NeedsAttention(), new V10__PaymentLedger(),
                        new V20__Tills(), new V30__StockLevels(), new V40__BookingSagas(), new V50__Notifications(),
                        new V70__CustomerSearch(),
                        // the dashboard (issue 12)
                        new V80__Dashboard(),
                        // waitlist
                        new V90__Waitlist(),
                        // book: a booking's notes in the booking read model
                        new V100__BookingNotes())
                .load();
    }

    /**
     * Flyway's own check of a log the fast path found current ({@link MigrationIndex}): that the migrations it
     * ran are the ones this build holds, unchanged. Off the start's path (the app runs it once the book shows);
     * a difference is logged as an error, as a support case, since the desk has been working with this schema.
     * Returns whether the log passed (true, too, when Flyway migrated it on this opening: it checked then).
     */
    public boolean checkMigrations() {
        if (migrationsChecked) {
            return true;
        }
        migrationsChecked = true;
        ValidateResult result = flyway(pool, folder).validateWithResult();
        if (!result.validationSuccessful) {
            LOG.error("the event log's schema history does not match this version's migrations: {}",
                    result.getAllErrorMessages());
        }
        return result.validationSuccessful;
    }

    /**
     * Starts opening the H2 file in {@code folder} on a thread of its own, so that the work a desk does before
     * {@link #open} (its event types, its logging) overlaps H2 reading a large log; {@code open} then finds the
     * file open. Close the result once {@code open} has returned. A failure here is left for {@code open} to meet
     * and report; nothing is created that {@code open} would not create.
     */
    public static OpenedAhead openAhead(Path folder) {
        CompletableFuture<Connection> ahead = new CompletableFuture<>();
        Thread.ofPlatform().name("log-opening").daemon().start(() -> {
            try {
                Files.createDirectories(folder);
                JdbcDataSource source = new JdbcDataSource();
                source.setURL(jdbcUrl(folder));
                source.setUser("salondesk");
                source.setPassword("");
                ahead.complete(source.getConnection());
            } catch (IOException | SQLException | RuntimeException e) {
                ahead.complete(null);
            }
        });
        return () -> {
            Connection connection = ahead.join();
            try {
                if (connection != null) {
                    connection.close();
                }
            } catch (SQLException e) {
                LOG.debug("closing the connection that opened the log ahead", e);
            }
        };
    }

    /** What {@link #openAhead} started; closing it waits for the opening and lets go of its connection. */
    public interface OpenedAhead extends AutoCloseable {
        @Override
        void close();
    }

    public static String jdbcUrl(Path folder) {
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve("salondesk") + URL_OPTIONS;
    }

    /** A connection of the caller's own, for a long-lived writer; the caller closes it. */
    public Connection openConnection() {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw new org.jooq.exception.DataAccessException("cannot open a connection to " + folder, e);
        }
    }

    public DSLContext dsl() {
        return dsl;
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void close() {
        // With no connection left open H2 closes the file (DB_CLOSE_DELAY defaults to 0).
        pool.dispose();
    }
}
