package com.salondesk.persistence.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.shared.Money;
import com.salondesk.persistence.TestChain;
import com.salondesk.domain.booking.NewBooking;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.DeskSchema.Bookings;
import com.salondesk.persistence.projection.BookingProjection;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadModelSchemasTest {

    @TempDir
    Path folder;

    @Test
    void theUpgradeMovesExistingReadModelsIntoTheirFirstGenerationKeepingEveryRow() throws Exception {
        // A desk as the previous release left it: read models as plain tables in PUBLIC.
        Flyway.configure().dataSource(DeskDatabase.jdbcUrl(folder), "salondesk", "").locations("classpath:db/desk")
                .target("3").load().migrate();
        try (Connection c = DriverManager.getConnection(DeskDatabase.jdbcUrl(folder), "salondesk", "");
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO booking_projections VALUES ('b-1', 'c-1', 'soho', 'anna', 'cut', 'CONFIRMED', "
                    + "TIMESTAMP WITH TIME ZONE '2026-12-01 10:00:00+00', TIMESTAMP WITH TIME ZONE '2026-12-01 10:45:00+00', "
                    + "55.00, 'GBP', NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'acme')");
            s.execute("INSERT INTO customer_directory VALUES ('c-1', 'Ada Lovelace', '+44 20 7946 0000', 'ada@example.com', '', TRUE, 'ada lovelace')");
        }

        try (DeskDatabase database = DeskDatabase.open(folder)) {
            DSLContext dsl = database.dsl();
            assertThat(dsl.fetchOne("SELECT status FROM booking_projections WHERE id = 'b-1'").get(0)).isEqualTo("CONFIRMED");
            assertThat(dsl.fetchOne("SELECT name FROM customer_directory").get(0)).isEqualTo("Ada Lovelace");
            assertThat(ReadModelSchemas.liveSchema(dsl, BookingProjection.NAME)).contains("READ_BOOKING_PROJECTIONS_1");
            assertThat(synonymTarget(dsl, "BOOKING_PROJECTIONS")).isEqualTo("READ_BOOKING_PROJECTIONS_1");
            assertThat(synonymTarget(dsl, "CUSTOMER_DIRECTORY")).isEqualTo("READ_DIRECTORY_1");
            assertThat(indexes(dsl, "READ_BOOKING_PROJECTIONS_1"))
                    .contains("BOOKING_PROJECTIONS_BRANCH_TIME", "BOOKING_PROJECTIONS_CUSTOMER");
        }
    }

    @Test
    void aNewGenerationCopiesKeysConstraintsAndIndexesOfTheLiveOne() {
        try (DeskDatabase database = DeskDatabase.open(folder)) {
            DSLContext dsl = database.dsl();
            ReadModelSchemas.Generation next = ReadModelSchemas.createNextGeneration(dsl, BookingProjection.NAME);
            assertThat(next.schema()).isEqualTo("READ_BOOKING_PROJECTIONS_2");
            ReadModelSchemas.createDeferredIndexes(dsl, next);

            assertThat(columns(dsl, "READ_BOOKING_PROJECTIONS_2")).isEqualTo(columns(dsl, "READ_BOOKING_PROJECTIONS_1"));
            assertThat(indexesWithoutGeneratedNames(dsl, "READ_BOOKING_PROJECTIONS_2"))
                    .containsExactlyElementsOf(indexesWithoutGeneratedNames(dsl, "READ_BOOKING_PROJECTIONS_1"))
                    .contains("BOOKING_PROJECTIONS_BRANCH_TIME", "BOOKING_PROJECTIONS_CUSTOMER");
            assertThat(dsl.fetchCount(dsl.selectFrom("INFORMATION_SCHEMA.TABLE_CONSTRAINTS").where("TABLE_SCHEMA = ? "
                    + "AND CONSTRAINT_TYPE = 'PRIMARY KEY'", "READ_BOOKING_PROJECTIONS_2"))).isEqualTo(1);
            // Until it is made live, readers still see the old generation.
            assertThat(synonymTarget(dsl, "BOOKING_PROJECTIONS")).isEqualTo("READ_BOOKING_PROJECTIONS_1");
        }
    }

    @Test
    void aDeskThatStoppedBetweenTheSwapAndMovingTheSynonymsFinishesTheSwapWhenItOpens() {
        try (DeskDatabase database = DeskDatabase.open(folder)) {
            DSLContext dsl = database.dsl();
            ReadModelSchemas.Generation next = ReadModelSchemas.createNextGeneration(dsl, BookingProjection.NAME);
            dsl.execute("INSERT INTO \"READ_BOOKING_PROJECTIONS_2\".booking_projections SELECT 'rebuilt', 'c', 'soho', "
                    + "'anna', 'cut', 'REQUESTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1, 'GBP', NULL, "
                    + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'acme'");
            dsl.transaction(tx -> ReadModelSchemas.makeLive(tx.dsl(), BookingProjection.NAME, next.schema()));
            // The desk stops here: read_models says generation 2, the synonyms still name generation 1.
            assertThat(synonymTarget(dsl, "BOOKING_PROJECTIONS")).isEqualTo("READ_BOOKING_PROJECTIONS_1");
        }
        try (DeskDatabase database = DeskDatabase.open(folder)) {
            DSLContext dsl = database.dsl();
            assertThat(synonymTarget(dsl, "BOOKING_PROJECTIONS")).isEqualTo("READ_BOOKING_PROJECTIONS_2");
            assertThat(dsl.fetch("SELECT id FROM booking_projections").getValues(0, String.class)).containsExactly("rebuilt");
            assertThat(generationSchemas(dsl)).containsExactly("READ_BOOKING_PROJECTIONS_2", "READ_DIRECTORY_1");
        }
    }

    @Test
    void aGenerationLeftByAnInterruptedRebuildIsDroppedWhenTheDeskOpens() {
        try (DeskDatabase database = DeskDatabase.open(folder)) {
            ReadModelSchemas.createNextGeneration(database.dsl(), BookingProjection.NAME);
            assertThat(generationSchemas(database.dsl())).contains("READ_BOOKING_PROJECTIONS_2");
        }
        try (DeskDatabase database = DeskDatabase.open(folder)) {
            assertThat(generationSchemas(database.dsl())).containsExactly("READ_BOOKING_PROJECTIONS_1", "READ_DIRECTORY_1");
        }
    }

    /** Books {@code count} back-to-back cuts from 9:00 on 1 December. */
    private static void bookMorning(DeskBackEnd desk, TestChain chain, int count) {
        for (int slot = 0; slot < count; slot++) {
            LocalDateTime start = LocalDateTime.of(2026, 12, 1, 9, 0).plusMinutes(45L * slot);
            desk.bookings().book(TestChain.ctx(), new NewBooking(chain.customerId, TestChain.BRANCH,
                    TestChain.STYLIST, TestChain.CUT, start, start.plusMinutes(45), false));
        }
    }

    @Test
    void aRebuildWhileTheDeskWorksSwapsGenerationsAndKeepsTheRows() {
        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC())) {
            TestChain chain = TestChain.setUp(desk);
            bookMorning(desk, chain, 6);
            desk.awaitProjections();
            DSLContext dsl = desk.database().dsl();
            var before = dsl.selectFrom(Bookings.TABLE).orderBy(Bookings.ID).fetch();
            for (int round = 2; round <= 4; round++) {
                desk.runtime().projections().rebuild(BookingProjection.NAME);
                assertThat(synonymTarget(dsl, "BOOKING_PROJECTIONS")).isEqualTo("READ_BOOKING_PROJECTIONS_" + round);
                assertThat(dsl.selectFrom(Bookings.TABLE).orderBy(Bookings.ID).fetch()).isEqualTo(before);
            }
            // Later commands land in the live generation.
            desk.bookings().book(TestChain.ctx(), new NewBooking(chain.customerId, TestChain.BRANCH, TestChain.STYLIST,
                    TestChain.CUT, LocalDateTime.of(2026, 12, 2, 9, 0), LocalDateTime.of(2026, 12, 2, 9, 45), false));
            desk.awaitProjections();
            assertThat(dsl.fetchCount(dsl.selectFrom("\"READ_BOOKING_PROJECTIONS_4\".booking_projections"))).isEqualTo(7);
            assertThat(generationSchemas(dsl)).containsExactly("READ_BOOKING_PROJECTIONS_4", "READ_DIRECTORY_1");
        }
    }

    @Test
    void aRebuildThatFailsHalfWayLeavesTheLiveReadModelAsItWasAndNoGenerationBehind() {
        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC())) {
            TestChain chain = TestChain.setUp(desk);
            bookMorning(desk, chain, 3);
            // More than one batch of the rebuild (200 events) before the damaged row.
            List<StreamAppend> many = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                many.add(new StreamAppend("booking-bulk-" + i, 0, List.of(BookingEvent.Created.single("bulk-" + i, "c-1",
                        TestChain.BRANCH, TestChain.STYLIST, TestChain.CUT, Instant.parse("2026-12-02T10:00:00Z"),
                        Instant.parse("2026-12-02T10:45:00Z"), Money.of("55.00", "GBP")))));
            }
            desk.log().append(TestChain.ctx(), many);
            desk.awaitProjections();
            DSLContext dsl = desk.database().dsl();
            var before = dsl.selectFrom(Bookings.TABLE).orderBy(Bookings.ID).fetch();
            // A damaged row at the end of the log, written past the log's own checks: the rebuild's reader
            // cannot decode it once the rebuild has written its first batches into the new generation.
            dsl.execute("INSERT INTO events (local_seq, id, stream_id, version, event_type, schema_version, event_data,"
                    + " metadata, recorded_at, tenant_id, sync_status) VALUES (?, RANDOM_UUID(), 'booking-damaged', 1,"
                    + " 'booking.created', 2, '{\"bookingId\": 42', '{}', CURRENT_TIMESTAMP, 'acme', 'PENDING')",
                    desk.log().headPosition() + 1);

            assertThatThrownBy(() -> desk.runtime().projections().rebuild(BookingProjection.NAME))
                    .hasMessageContaining("booking.created");

            assertThat(synonymTarget(dsl, "BOOKING_PROJECTIONS")).isEqualTo("READ_BOOKING_PROJECTIONS_1");
            assertThat(generationSchemas(dsl)).containsExactly("READ_BOOKING_PROJECTIONS_1", "READ_DIRECTORY_1");
            assertThat(dsl.selectFrom(Bookings.TABLE).orderBy(Bookings.ID).fetch()).isEqualTo(before);
        }
    }

    @Test
    void aMigrationThatReshapesAReadModelGetsItRefilledFromTheLog() {
        int bookings;
        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC())) {
            TestChain chain = TestChain.setUp(desk);
            bookMorning(desk, chain, 3);
            desk.awaitProjections();
            bookings = desk.queries().bookingCount();
        }
        try (DeskDatabase database = DeskDatabase.open(folder)) {
            // What a Java migration adding a column would do.
            List<String> ddl = new java.util.ArrayList<>();
            for (org.jooq.Record r : database.dsl().fetch("SCRIPT NODATA NOSETTINGS SCHEMA \"READ_BOOKING_PROJECTIONS_1\"")) {
                String sql = r.get(0, String.class);
                if (sql.startsWith("CREATE CACHED TABLE") || sql.startsWith("ALTER TABLE") || sql.startsWith("CREATE INDEX")) {
                    ddl.add(sql.replace("\"READ_BOOKING_PROJECTIONS_1\".", "{schema}."));
                }
            }
            ddl.add("ALTER TABLE {schema}.booking_projections ADD COLUMN loyalty_points INTEGER");
            ReadModelSchemas.replaceWithEmptyGeneration(database.dsl(), BookingProjection.NAME, ddl);
            assertThat(database.dsl().fetchCount(Bookings.TABLE)).isZero();
        }
        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC())) {
            desk.awaitProjections();
            DSLContext dsl = desk.database().dsl();
            assertThat(desk.queries().bookingCount()).isEqualTo(bookings).isEqualTo(3);
            assertThat(dsl.fetchCount(dsl.selectFrom("booking_projections").where("loyalty_points IS NULL"))).isEqualTo(3);
            assertThat(generationSchemas(dsl)).containsExactly("READ_BOOKING_PROJECTIONS_2", "READ_DIRECTORY_1");
        }
    }

    private static String synonymTarget(DSLContext dsl, String synonym) {
        return dsl.fetchOne("SELECT SYNONYM_FOR_SCHEMA FROM INFORMATION_SCHEMA.SYNONYMS WHERE SYNONYM_SCHEMA = 'PUBLIC' "
                + "AND SYNONYM_NAME = ?", synonym).get(0, String.class);
    }

    private static List<String> generationSchemas(DSLContext dsl) {
        return dsl.fetch("SELECT SCHEMA_NAME FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME LIKE 'READ\\_%' "
                + "ORDER BY SCHEMA_NAME").getValues(0, String.class);
    }

    private static List<String> indexes(DSLContext dsl, String schema) {
        return dsl.fetch("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_SCHEMA = ? ORDER BY INDEX_NAME", schema)
                .getValues(0, String.class);
    }

    /** Index names minus those H2 generates for keys (they differ between copies). */
    private static List<String> indexesWithoutGeneratedNames(DSLContext dsl, String schema) {
        return indexes(dsl, schema).stream().filter(i -> !i.startsWith("PRIMARY_KEY") && !i.startsWith("CONSTRAINT")).toList();
    }

    private static List<String> columns(DSLContext dsl, String schema) {
        return dsl.fetch("SELECT TABLE_NAME || '.' || COLUMN_NAME || ' ' || DATA_TYPE || ' ' || IS_NULLABLE || ' ' "
                        + "|| COALESCE(COLUMN_DEFAULT, '') FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = ? "
                        + "ORDER BY TABLE_NAME, ORDINAL_POSITION", schema).getValues(0, String.class);
    }
}
