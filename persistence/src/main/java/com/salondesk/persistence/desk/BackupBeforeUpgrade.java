package com.salondesk.persistence.desk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a copy of a desk's log before Flyway changes its schema, so an upgrade that goes wrong can be undone:
 * {@code salondesk-backup-<UTC time>-schema-<version>.zip} beside {@code salondesk.mv.db} (H2's online
 * {@code BACKUP}: a consistent copy even with the file open). Only when a migration is about to run on a log
 * that already had a schema; a new log and an up-to-date one cost nothing. Once per opening.
 */
final class BackupBeforeUpgrade extends BaseCallback {

    private static final Logger LOG = LoggerFactory.getLogger(BackupBeforeUpgrade.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path folder;
    private boolean done;

    BackupBeforeUpgrade(Path folder) {
        this.folder = folder;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_EACH_MIGRATE;
    }

    @Override
    public void handle(Event event, Context context) {
        if (done) {
            return;
        }
        done = true;
        try {
            String schema = appliedVersion(context.getConnection(), context.getConfiguration().getTable());
            if (schema == null) {
                return; // a new log: nothing to keep
            }
            Path backup = folder.resolve(name(Instant.now(), schema));
            try (PreparedStatement copy = context.getConnection().prepareStatement("BACKUP TO ?")) {
                copy.setString(1, backup.toAbsolutePath().toString());
                copy.execute();
            }
            LOG.info("Upgrading the log from schema {} to {}: a copy of it as it was is in {} ({} bytes)", schema,
                    context.getMigrationInfo().getVersion(), backup, Files.size(backup));
        } catch (SQLException | IOException e) {
            // No copy, no upgrade: the person keeps a log the old version can still open.
            throw new FlywayException("Could not copy the log before upgrading it, so it was left as it was: "
                    + e.getMessage(), e);
        }
    }

    /** The backup's file name: when (UTC, to the second) and the schema version it holds. */
    static String name(Instant when, String schema) {
        return "salondesk-backup-" + STAMP.format(when.truncatedTo(ChronoUnit.SECONDS)) + "-schema-" + schema + ".zip";
    }

    /** The version of the last migration applied, or null when none was (a new log). */
    private static String appliedVersion(Connection connection, String table) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet rs = query.executeQuery("SELECT \"version\" FROM \"" + table + "\" WHERE \"success\""
                     + " AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Override
    public String getCallbackName() {
        return "backup before upgrade";
    }
}
