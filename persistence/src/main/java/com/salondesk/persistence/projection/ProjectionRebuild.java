package com.salondesk.persistence.projection;

import com.salondesk.persistence.desk.DeskDatabase;
import com.salondesk.persistence.desk.DeskEventLog;
import com.salondesk.persistence.desk.RecordedEvent;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.LongConsumer;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Rebuilds one projection from the log beside the live one: empty copies of its tables are made in the
 * schema {@code REBUILD}, the projection's own code fills them through a connection whose current schema
 * is {@code REBUILD}, and the result replaces the live rows — and moves the checkpoint — in one
 * transaction. Readers see the old read model until that commit and the new one after it.
 */
final class ProjectionRebuild {

    static final String SCHEMA = "REBUILD";

    private final DeskDatabase database;
    private final DeskEventLog log;

    ProjectionRebuild(DeskDatabase database, DeskEventLog log) {
        this.database = database;
        this.log = log;
    }

    /** Rebuilds and swaps; returns the log position the new read model includes. */
    long run(Projection projection, int batchSize, LongConsumer progress) {
        DSLContext live = database.dsl();
        live.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
        for (String table : projection.tables()) {
            live.execute("DROP TABLE IF EXISTS " + SCHEMA + "." + table);
            live.execute("CREATE TABLE " + SCHEMA + "." + table + " AS SELECT * FROM PUBLIC." + table + " WITH NO DATA");
        }
        long position = 0;
        try (Connection connection = database.openConnection()) {
            connection.setSchema(SCHEMA);
            try {
                DSLContext beside = DSL.using(connection, SQLDialect.H2, live.settings());
                while (true) {
                    List<RecordedEvent> batch = log.readAfter(position, batchSize);
                    if (batch.isEmpty()) {
                        break;
                    }
                    List<RecordedEvent> relevant = batch.stream().filter(projection::handles).toList();
                    if (!relevant.isEmpty()) {
                        beside.transaction(tx -> relevant.forEach(e -> projection.apply(tx.dsl(), e)));
                    }
                    position = batch.getLast().position();
                    progress.accept(position);
                }
            } finally {
                connection.setSchema("PUBLIC"); // the connection goes back to the pool
            }
        } catch (SQLException e) {
            throw new DataAccessException("could not rebuild " + projection.name(), e);
        }
        long rebuiltTo = position;
        live.transaction(tx -> {
            for (String table : projection.tables()) {
                tx.dsl().execute("DELETE FROM PUBLIC." + table);
                tx.dsl().execute("INSERT INTO PUBLIC." + table + " SELECT * FROM " + SCHEMA + "." + table);
            }
            Checkpoints.write(tx.dsl(), projection.name(), rebuiltTo);
        });
        for (String table : projection.tables()) {
            live.execute("DROP TABLE IF EXISTS " + SCHEMA + "." + table);
        }
        return rebuiltTo;
    }
}
