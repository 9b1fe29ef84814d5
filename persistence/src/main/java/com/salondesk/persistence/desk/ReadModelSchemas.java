package com.salondesk.persistence.desk;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where each read model's tables live. Every projection owns a schema per generation,
 * {@code READ_<PROJECTION>_<N>}; PUBLIC holds a synonym of the same name for each of the live
 * generation's tables, so everything else reads and writes {@code booking_projections} unqualified and
 * never learns which generation it is (migration V4 set this up).
 *
 * <p>Which generation is live is a row in {@code read_models}, changed in the same transaction as the
 * projection's checkpoint. The synonyms are derived from that row: H2 commits DDL on its own, so they
 * are moved after that transaction, and {@link #repair} moves them again when the desk opens in case it
 * stopped in between. Either way the tables a reader sees always match the checkpoint the projection
 * continues from.
 *
 * <p>Changing a read model's tables after V4 is a Java migration: the live generation's schema name
 * differs from desk to desk, and H2 does not alter a table through a synonym. The simplest migration is
 * {@link #replaceWithEmptyGeneration}: new tables, checkpoint back to 0, and the desk refills them from the
 * log when it starts.
 */
public final class ReadModelSchemas {

    private static final Logger LOG = LoggerFactory.getLogger(ReadModelSchemas.class);

    private static final Table<Record> READ_MODELS = DSL.table(DSL.name("read_models"));
    private static final Field<String> PROJECTION = DSL.field(DSL.name("read_models", "projection"), SQLDataType.VARCHAR);
    private static final Field<String> LIVE_SCHEMA = DSL.field(DSL.name("read_models", "live_schema"), SQLDataType.VARCHAR);
    private static final Field<OffsetDateTime> SWITCHED_AT =
            DSL.field(DSL.name("read_models", "switched_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
    private static final Pattern GENERATION = Pattern.compile("READ_([A-Z0-9_]+)_([0-9]+)");
    private static final Pattern PROJECTION_NAME = Pattern.compile("[a-z][a-z0-9_]{0,60}");

    private ReadModelSchemas() {
    }

    /** The schema holding the live generation of a projection's tables, if it has one. */
    public static Optional<String> liveSchema(DSLContext dsl, String projection) {
        return Optional.ofNullable(dsl.select(LIVE_SCHEMA).from(READ_MODELS).where(PROJECTION.eq(projection)).fetchOne(LIVE_SCHEMA));
    }

    /**
     * A generation being filled: its schema, and the secondary indexes of the live generation that it
     * gets once it is full (H2 builds an index over existing rows by sorting them, much faster than
     * keeping it up to date row by row).
     */
    public record Generation(String schema, List<String> deferredIndexes) {
    }

    /**
     * Creates the next generation's schema for a projection with empty copies of the live generation's
     * tables — columns, defaults, keys and checks as they are; secondary indexes come with
     * {@link #createDeferredIndexes}. A schema of that name left by an interrupted rebuild is dropped first.
     */
    public static Generation createNextGeneration(DSLContext dsl, String projection) {
        String live = liveSchema(dsl, projection).orElseThrow(() -> new IllegalStateException("The read model '"
                + projection + "' has no schema of its own yet; a migration must create its tables in "
                + schemaName(projection, 1) + " (see V4__read_model_generations.sql)."));
        Matcher m = GENERATION.matcher(live);
        int next = m.matches() ? Integer.parseInt(m.group(2)) + 1 : 2;
        String schema = schemaName(projection, next);
        dsl.execute("DROP SCHEMA IF EXISTS " + quote(schema) + " CASCADE");
        dsl.execute("CREATE SCHEMA " + quote(schema));
        List<String> indexes = new ArrayList<>();
        for (String statement : tableDefinitions(dsl, live)) {
            String copy = statement.replace(quote(live) + ".", quote(schema) + ".");
            if (copy.startsWith("CREATE INDEX")) {
                indexes.add(copy);
            } else {
                dsl.execute(copy);
            }
        }
        return new Generation(schema, List.copyOf(indexes));
    }

    /** Adds a filled generation's secondary indexes. */
    public static void createDeferredIndexes(DSLContext dsl, Generation generation) {
        generation.deferredIndexes().forEach(dsl::execute);
    }

    /**
     * Makes {@code schema} the projection's live generation, inside the caller's transaction (which
     * should also move the projection's checkpoint). Call {@link #followLive} after it commits.
     */
    public static void makeLive(DSLContext tx, String projection, String schema) {
        tx.update(READ_MODELS).set(LIVE_SCHEMA, schema).set(SWITCHED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .where(PROJECTION.eq(projection)).execute();
    }

    /**
     * Points the PUBLIC synonyms of a projection's tables at its live generation and drops its other
     * generations. Readers see the old tables until the synonyms move and the new ones after; a
     * generation that cannot be dropped now (still in use) is dropped at the next {@link #repair}.
     */
    public static void followLive(DSLContext dsl, String projection) {
        String live = liveSchema(dsl, projection).orElseThrow(() -> new IllegalStateException(
                "The read model '" + projection + "' has no schema of its own."));
        pointSynonyms(dsl, live);
        for (String schema : generationSchemas(dsl)) {
            if (!schema.equals(live) && schema.startsWith(prefix(projection)) && GENERATION.matcher(schema).matches()
                    && schema.substring(prefix(projection).length()).matches("[0-9]+")) {
                dropQuietly(dsl, schema);
            }
        }
    }

    /**
     * Brings the synonyms in line with {@code read_models} and drops generations that are not live (left
     * by a rebuild that stopped half-way, or an old generation still in use when it was replaced). Runs
     * when the desk opens, before anything reads a read model.
     */
    public static void repair(DSLContext dsl) {
        Map<String, String> live = new LinkedHashMap<>();
        dsl.select(PROJECTION, LIVE_SCHEMA).from(READ_MODELS).fetch().forEach(r -> live.put(r.value1(), r.value2()));
        for (String schema : live.values()) {
            pointSynonyms(dsl, schema);
        }
        for (String schema : generationSchemas(dsl)) {
            if (!live.containsValue(schema)) {
                LOG.info("dropping read-model schema {}, which no read model uses", schema);
                dropQuietly(dsl, schema);
            }
        }
        // The rebuild schema of earlier versions.
        dropQuietly(dsl, "REBUILD");
    }

    /**
     * For a Java migration that changes a read model's tables: creates a new generation from
     * {@code ddl} (statements that name the tables qualified with the placeholder {@code {schema}}),
     * makes it live and moves the projection's checkpoint back to 0, so the desk refills it from the log
     * when it starts. The old generation is dropped when the desk opens.
     */
    public static void replaceWithEmptyGeneration(DSLContext dsl, String projection, List<String> ddl) {
        String live = liveSchema(dsl, projection).orElseThrow(() -> new IllegalStateException(
                "The read model '" + projection + "' has no schema of its own."));
        Matcher m = GENERATION.matcher(live);
        String schema = schemaName(projection, m.matches() ? Integer.parseInt(m.group(2)) + 1 : 2);
        dsl.execute("DROP SCHEMA IF EXISTS " + quote(schema) + " CASCADE");
        dsl.execute("CREATE SCHEMA " + quote(schema));
        for (String statement : ddl) {
            dsl.execute(statement.replace("{schema}", quote(schema)));
        }
        dsl.transaction(tx -> {
            makeLive(tx.dsl(), projection, schema);
            tx.dsl().deleteFrom(DeskSchema.Checkpoints.TABLE).where(DeskSchema.Checkpoints.HANDLER.eq(projection)).execute();
        });
        pointSynonyms(dsl, schema);
    }

    /**
     * For a Java migration that adds a new read model: creates its first generation from {@code ddl} (statements
     * naming the tables qualified with the placeholder {@code {schema}}), makes it live and points the synonyms at
     * it. Its projection starts from position 0 and fills it from the log when the desk starts.
     */
    public static void createFirstGeneration(DSLContext dsl, String projection, List<String> ddl) {
        String schema = schemaName(projection, 1);
        dsl.execute("DROP SCHEMA IF EXISTS " + quote(schema) + " CASCADE");
        dsl.execute("CREATE SCHEMA " + quote(schema));
        for (String statement : ddl) {
            dsl.execute(statement.replace("{schema}", quote(schema)));
        }
        dsl.transaction(tx -> {
            tx.dsl().insertInto(READ_MODELS).columns(PROJECTION, LIVE_SCHEMA, SWITCHED_AT)
                    .values(projection, schema, OffsetDateTime.now(ZoneOffset.UTC)).execute();
            tx.dsl().deleteFrom(DeskSchema.Checkpoints.TABLE).where(DeskSchema.Checkpoints.HANDLER.eq(projection)).execute();
        });
        pointSynonyms(dsl, schema);
    }

    /** The tables of one generation, unqualified and upper case as H2 keeps them. */
    public static List<String> tables(DSLContext dsl, String schema) {
        return dsl.fetch("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = ? "
                + "AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME", schema).getValues(0, String.class);
    }

    static String schemaName(String projection, int generation) {
        return prefix(projection) + generation;
    }

    private static String prefix(String projection) {
        if (!PROJECTION_NAME.matcher(projection).matches()) {
            throw new IllegalArgumentException("A read model's name must be lower-case letters, digits and "
                    + "underscores, starting with a letter: '" + projection + "'.");
        }
        return "READ_" + projection.toUpperCase(Locale.ROOT) + "_";
    }

    /** CREATE TABLE, constraints and indexes of every table in a schema, as H2 scripts them, qualified. */
    private static List<String> tableDefinitions(DSLContext dsl, String schema) {
        List<String> statements = new ArrayList<>();
        for (Record r : dsl.fetch("SCRIPT NODATA NOSETTINGS SCHEMA " + quote(schema))) {
            String sql = r.get(0, String.class).strip();
            boolean definesTables = sql.startsWith("CREATE CACHED TABLE") || sql.startsWith("CREATE MEMORY TABLE")
                    || sql.startsWith("ALTER TABLE") || sql.startsWith("CREATE INDEX")
                    || sql.startsWith("CREATE UNIQUE INDEX") || sql.startsWith("CREATE SEQUENCE");
            if (definesTables) {
                statements.add(sql);
            }
        }
        if (statements.isEmpty()) {
            throw new IllegalStateException("The read-model schema " + schema + " has no tables to copy.");
        }
        return statements;
    }

    private static void pointSynonyms(DSLContext dsl, String schema) {
        List<String> tables = tables(dsl, schema);
        if (tables.isEmpty()) {
            throw new IllegalStateException("The read-model schema " + schema + " is missing or empty; "
                    + "rebuild the read model from the log.");
        }
        for (String table : tables) {
            String target = dsl.fetchOptional("SELECT SYNONYM_FOR_SCHEMA FROM INFORMATION_SCHEMA.SYNONYMS "
                    + "WHERE SYNONYM_SCHEMA = 'PUBLIC' AND SYNONYM_NAME = ?", table).map(r -> r.get(0, String.class)).orElse(null);
            if (!schema.equals(target)) {
                dsl.execute("CREATE OR REPLACE SYNONYM PUBLIC." + quote(table) + " FOR " + quote(schema) + "." + quote(table));
            }
        }
    }

    private static List<String> generationSchemas(DSLContext dsl) {
        List<String> schemas = new ArrayList<>();
        for (String name : dsl.fetch("SELECT SCHEMA_NAME FROM INFORMATION_SCHEMA.SCHEMATA ORDER BY SCHEMA_NAME")
                .getValues(0, String.class)) {
            if (GENERATION.matcher(name).matches()) {
                schemas.add(name);
            }
        }
        return schemas;
    }

    private static void dropQuietly(DSLContext dsl, String schema) {
        try {
            dsl.execute("DROP SCHEMA IF EXISTS " + quote(schema) + " CASCADE");
        } catch (DataAccessException e) {
            LOG.warn("could not drop the read-model schema {} now; the desk drops it when it next opens", schema, e);
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
