package com.salondesk.persistence.runtime;

import com.salondesk.persistence.desk.DeskDatabase;
import com.salondesk.persistence.desk.DeskEventLog;
import com.salondesk.persistence.desk.ReadModelSchemas;
import com.salondesk.persistence.desk.RecordedEvent;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.LongConsumer;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Rebuilds one projection from the log beside the live one: the next generation of its tables is
 * created empty in a schema of its own ({@link ReadModelSchemas}), the projection's own code fills it
 * through a connection whose current schema is that generation, and then one transaction makes the
 * generation live and moves the checkpoint; the PUBLIC synonyms follow. Readers see the old read model
 * until the synonyms move and the new one after; the swap costs the same whatever the size of the model.
 */
final class ProjectionRebuild {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ProjectionRebuild.class);

    /** How many batches the reader may have ready before the writer takes them. */
    static final int AHEAD = 3;

    private final DeskDatabase database;
    private final DeskEventLog log;

    ProjectionRebuild(DeskDatabase database, DeskEventLog log) {
        this.database = database;
        this.log = log;
    }

    /** Rebuilds and swaps; returns the log position the new read model includes. */
    long run(Projection projection, int batchSize, LongConsumer progress) {
        long started = System.nanoTime();
        DSLContext live = database.dsl();
        ReadModelSchemas.Generation next = ReadModelSchemas.createNextGeneration(live, projection.name());
        String generation = next.schema();
        long position = 0;
        long waiting = 0;
        try {
            try (Connection connection = database.openConnection()) {
                connection.setSchema(generation);
                try {
                    DSLContext beside = DSL.using(connection, SQLDialect.H2, live.settings());
                    Projection.Replay replay = projection.startReplay();
                    // A reader thread reads and decodes up to AHEAD batches while this one writes.
                    try (LogReader reader = new LogReader(log, batchSize)) {
                        while (true) {
                            long waitStart = System.nanoTime();
                            List<RecordedEvent> batch = reader.next();
                            waiting += System.nanoTime() - waitStart;
                            if (batch.isEmpty()) {
                                break;
                            }
                            position = batch.getLast().position();
                            List<RecordedEvent> relevant = batch.stream().filter(projection::handles).toList();
                            if (!relevant.isEmpty()) {
                                beside.transaction(tx -> replay.apply(tx.dsl(), relevant));
                            }
                            progress.accept(position);
                        }
                    }
                    beside.transaction(tx -> replay.finish(tx.dsl()));
                } finally {
                    connection.setSchema("PUBLIC"); // the connection goes back to the pool
                }
            } catch (SQLException e) {
                throw new DataAccessException("could not rebuild " + projection.name(), e);
            }
        } catch (RuntimeException e) {
            live.execute("DROP SCHEMA IF EXISTS \"" + generation + "\" CASCADE");
            throw e;
        }
        long rebuiltTo = position;
        long filled = System.nanoTime();
        ReadModelSchemas.createDeferredIndexes(live, next);
        long built = System.nanoTime();
        live.transaction(tx -> {
            ReadModelSchemas.makeLive(tx.dsl(), projection.name(), generation);
            Checkpoints.write(tx.dsl(), projection.name(), rebuiltTo);
        });
        ReadModelSchemas.followLive(live, projection.name());
        LOG.info("rebuilt {} to position {} in {}: filled in {} ms ({} ms of it waiting for the log), indexed in {} ms, "
                + "swapped in {} ms", projection.name(), rebuiltTo, generation, (filled - started) / 1_000_000,
                waiting / 1_000_000, (built - filled) / 1_000_000, (System.nanoTime() - built) / 1_000_000);
        return rebuiltTo;
    }

    /**
     * Reads the whole log in batches on a thread of its own, keeping up to {@link #AHEAD} decoded batches
     * ready, so reading and decoding run beside the writing instead of in turns with it.
     */
    private static final class LogReader implements AutoCloseable {
        private final BlockingQueue<Object> ready = new ArrayBlockingQueue<>(AHEAD);
        private final Thread thread;

        LogReader(DeskEventLog log, int batchSize) {
            thread = Thread.ofPlatform().name("rebuild-reader").daemon().start(() -> {
                long after = 0;
                try {
                    while (true) {
                        List<RecordedEvent> batch = log.readAfter(after, batchSize);
                        ready.put(batch);
                        if (batch.isEmpty()) {
                            return;
                        }
                        after = batch.getLast().position();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException | Error e) {
                    // Whatever stops the reader must reach the rebuild, or it would wait for the next batch forever.
                    RuntimeException failure = e instanceof RuntimeException r ? r
                            : new IllegalStateException("the log reader of the rebuild failed: " + e, e);
                    try {
                        ready.put(failure);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
        }

        /** The next batch in log order; empty at the end of the log. */
        @SuppressWarnings("unchecked")
        List<RecordedEvent> next() {
            Object item;
            try {
                item = ready.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the log for a rebuild", e);
            }
            if (item instanceof RuntimeException failure) {
                throw failure;
            }
            return (List<RecordedEvent>) item;
        }

        /** Stops the reader if the rebuild ends early. */
        @Override
        public void close() {
            thread.interrupt();
        }
    }
}
