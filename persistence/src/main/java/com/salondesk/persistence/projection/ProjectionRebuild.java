package com.salondesk.persistence.projection;

import com.salondesk.persistence.desk.DeskDatabase;
import com.salondesk.persistence.desk.DeskEventLog;
import com.salondesk.persistence.desk.RecordedEvent;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongConsumer;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Rebuilds one projection from the log beside the live one: empty copies of its tables are made in the
 * schema {@code REBUILD}, the projection's own code fills them through a connection whose current schema
 * is {@code REBUILD}, and the live rows are made equal to the result — and the checkpoint moved — in one
 * transaction. Readers see the old read model until that commit and the new one after it.
 */
final class ProjectionRebuild {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ProjectionRebuild.class);

    static final String SCHEMA = "REBUILD";

    private final DeskDatabase database;
    private final DeskEventLog log;

    ProjectionRebuild(DeskDatabase database, DeskEventLog log) {
        this.database = database;
        this.log = log;
    }

    /**
     * Makes the live table equal to its rebuilt copy, touching only the rows that differ: a rebuild that
     * repairs a read model usually changes few of its rows, and rewriting all of them would cost as much as
     * the rebuild itself. A table without a primary key is replaced whole.
     */
    private static void swap(DSLContext tx, String table) {
        String live = "PUBLIC." + table;
        String rebuilt = SCHEMA + "." + table;
        List<String> key = primaryKey(tx, table);
        if (key.isEmpty()) {
            tx.execute("DELETE FROM " + live);
            tx.execute("INSERT INTO " + live + " SELECT * FROM " + rebuilt);
            return;
        }
        List<String> columns = tx.fetch("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' "
                + "AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION", table.toUpperCase(java.util.Locale.ROOT)).getValues(0, String.class);
        List<String> others = columns.stream().filter(c -> !key.contains(c)).toList();
        String match = String.join(" AND ", key.stream().map(k -> "l." + k + " = r." + k).toList());
        StringBuilder merge = new StringBuilder("MERGE INTO " + live + " l USING " + rebuilt + " r ON (" + match + ")");
        if (!others.isEmpty()) {
            merge.append(" WHEN MATCHED AND (")
                    .append(String.join(" OR ", others.stream().map(c -> "l." + c + " IS DISTINCT FROM r." + c).toList()))
                    .append(") THEN UPDATE SET ")
                    .append(String.join(", ", others.stream().map(c -> c + " = r." + c).toList()));
        }
        merge.append(" WHEN NOT MATCHED THEN INSERT (").append(String.join(", ", columns)).append(") VALUES (")
                .append(String.join(", ", columns.stream().map(c -> "r." + c).toList())).append(")");
        tx.execute(merge.toString());
        tx.execute("DELETE FROM " + live + " l WHERE NOT EXISTS (SELECT 1 FROM " + rebuilt + " r WHERE " + match + ")");
    }

    private static List<String> primaryKey(DSLContext dsl, String table) {
        return dsl.fetch("SELECT k.COLUMN_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS c "
                        + "JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA "
                        + "AND k.CONSTRAINT_NAME = c.CONSTRAINT_NAME "
                        + "WHERE c.TABLE_SCHEMA = 'PUBLIC' AND c.TABLE_NAME = ? AND c.CONSTRAINT_TYPE = 'PRIMARY KEY' "
                        + "ORDER BY k.ORDINAL_POSITION", table.toUpperCase(java.util.Locale.ROOT))
                .getValues(0, String.class);
    }

    /** Rebuilds and swaps; returns the log position the new read model includes. */
    long run(Projection projection, int batchSize, LongConsumer progress) {
        long started = System.nanoTime();
        DSLContext live = database.dsl();
        live.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
        for (String table : projection.tables()) {
            live.execute("DROP TABLE IF EXISTS " + SCHEMA + "." + table);
            live.execute("CREATE TABLE " + SCHEMA + "." + table + " AS SELECT * FROM PUBLIC." + table + " WITH NO DATA");
            // The copy has no keys; without the primary key every update by id would scan the table.
            List<String> key = primaryKey(live, table);
            if (!key.isEmpty()) {
                for (String column : key) {
                    live.execute("ALTER TABLE " + SCHEMA + "." + table + " ALTER COLUMN " + column + " SET NOT NULL");
                }
                live.execute("ALTER TABLE " + SCHEMA + "." + table + " ADD PRIMARY KEY (" + String.join(", ", key) + ")");
            }
        }
        long position = 0;
        try (Connection connection = database.openConnection()) {
            connection.setSchema(SCHEMA);
            try {
                DSLContext beside = DSL.using(connection, SQLDialect.H2, live.settings());
                // Reading and decoding the next batch overlaps with writing this one.
                CompletableFuture<List<RecordedEvent>> next = CompletableFuture.supplyAsync(() -> log.readAfter(0, batchSize));
                while (true) {
                    List<RecordedEvent> batch = next.join();
                    if (batch.isEmpty()) {
                        break;
                    }
                    position = batch.getLast().position();
                    long after = position;
                    next = CompletableFuture.supplyAsync(() -> log.readAfter(after, batchSize));
                    List<RecordedEvent> relevant = batch.stream().filter(projection::handles).toList();
                    if (!relevant.isEmpty()) {
                        beside.transaction(tx -> projection.applyAll(tx.dsl(), relevant));
                    }
                    progress.accept(position);
                }
            } finally {
                connection.setSchema("PUBLIC"); // the connection goes back to the pool
            }
        } catch (SQLException e) {
            throw new DataAccessException("could not rebuild " + projection.name(), e);
        }
        long rebuiltTo = position;
        long built = System.nanoTime();
        live.transaction(tx -> {
            for (String table : projection.tables()) {
                swap(tx.dsl(), table);
            }
            Checkpoints.write(tx.dsl(), projection.name(), rebuiltTo);
        });
        for (String table : projection.tables()) {
            live.execute("DROP TABLE IF EXISTS " + SCHEMA + "." + table);
        }
        LOG.info("rebuilt {} to position {}: built beside in {} ms, swapped in {} ms", projection.name(), rebuiltTo,
                (built - started) / 1_000_000, (System.nanoTime() - built) / 1_000_000);
        return rebuiltTo;
    }
}
