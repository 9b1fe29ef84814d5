package com.salondesk.persistence.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.booking.CancelReason;
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
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
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

        Flyway.configure().dataSource(DeskDatabase.jdbcUrl(folder), "salondesk", "").locations("classpath:db/desk")
                .target("4").load().migrate();
        try (Connection c = DriverManager.getConnection(DeskDatabase.jdbcUrl(folder), "salondesk", "")) {
            DSLContext dsl = DSL.using(c, SQLDialect.H2, DeskDatabase.settings());
            assertThat(dsl.fetchOne("SELECT status FROM booking_projections WHERE id = 'b-1'").get(0)).isEqualTo("CONFIRMED");
            assertThat(dsl.fetchOne("SELECT name FROM customer_directory").get(0)).isEqualTo("Ada Lovelace");
            assertThat(ReadModelSchemas.liveSchema(dsl, BookingProjection.NAME)).contains("READ_BOOKING_PROJECTIONS_1");
            assertThat(synonymTarget(dsl, "BOOKING_PROJECTIONS")).isEqualTo("READ_BOOKING_PROJECTIONS_1");
            assertThat(synonymTarget(dsl, "CUSTOMER_DIRECTORY")).isEqualTo("READ_DIRECTORY_1");
            assertThat(indexes(dsl, "READ_BOOKING_PROJECTIONS_1"))
                    .contains("BOOKING_PROJECTIONS_BRANCH_TIME", "BOOKING_PROJECTIONS_CUSTOMER");
        }

        // Migrations 5, 7 and 100 then give the booking read model generations with the cancel category, whether a
        // booking lost its time and its notes, empty until the desk refills it from the log, and the Needs-attention
        // list one of its own; the directory keeps its rows.
        try (DeskDatabase database = DeskDatabase.open(folder)) {
            DSLContext dsl = database.dsl();
            assertThat(ReadModelSchemas.liveSchema(dsl, BookingProjection.NAME)).contains("READ_BOOKING_PROJECTIONS_4");
            assertThat(synonymTarget(dsl, "BOOKING_PROJECTIONS")).isEqualTo("READ_BOOKING_PROJECTIONS_4");
            assertThat(columns(dsl, "READ_BOOKING_PROJECTIONS_4"))
                    .anySatisfy(c -> assertThat(c).startsWith("BOOKING_PROJECTIONS.CANCEL_CATEGORY CHARACTER VARYING YES"))
                    .anySatisfy(c -> assertThat(c).startsWith("BOOKING_PROJECTIONS.TIME_LOST BOOLEAN NO"))
                    .anySatisfy(c -> assertThat(c).startsWith("BOOKING_PROJECTIONS.NOTES CHARACTER VARYING NO"));
            assertThat(indexes(dsl, "READ_BOOKING_PROJECTIONS_4"))
                    .contains("BOOKING_PROJECTIONS_BRANCH_TIME", "BOOKING_PROJECTIONS_CUSTOMER");
            assertThat(dsl.fetchCount(Bookings.TABLE)).isZero();
            assertThat(dsl.fetchOne("SELECT name FROM customer_directory").get(0)).isEqualTo("Ada Lovelace");
            assertThat(generationSchemas(dsl)).containsExactly("READ_ATTENTION_ENTRIES_1", "READ_BOOKING_PROJECTIONS_4", "READ_BOOKING_SAGAS_1", "READ_CUSTOMER_SEARCH_1", "READ_DASHBOARD_FIGURES_1",
                    "READ_DIRECTORY_1",
                    "READ_NOTIFICATIONS_1", "READ_PAYMENT_LEDGER_1", "READ_STOCK_LEVELS_1", "READ_TILLS_1",
                    "READ_WAITLIST_ENTRIES_1");
        }
    }

    @Test
    void aNewGenerationCopiesKeysConstraintsAndIndexesOfTheLiveOne() {
        try (DeskDatabase database = DeskDatabase.open(folder)) {
            DSLContext dsl = database.dsl();
            ReadModelSchemas.Generation next = ReadModelSchemas.createNextGeneration(dsl, BookingProjection.NAME);
            assertThat(next.schema()).isEqualTo("READ_BOOKING_PROJECTIONS_5");
            ReadModelSchemas.createDeferredIndexes(dsl, next);

            assertThat(columns(dsl, "READ_BOOKING_PROJECTIONS_5")).isEqualTo(columns(dsl, "READ_BOOKING_PROJECTIONS_4"));
            assertThat(indexesWithoutGeneratedNames(dsl, "READ_BOOKING_PROJECTIONS_5"))
                    .containsExactlyElementsOf(indexesWithoutGeneratedNames(dsl, "READ_BOOKING_PROJECTIONS_4"))
                    .contains("BOOKING_PROJECTIONS_BRANCH_TIME", "BOOKING_PROJECTIONS_CUSTOMER");
            assertThat(dsl.fetchCount(dsl.selectFrom("INFORMATION_SCHEMA.TABLE_CONSTRAINTS").where("TABLE_SCHEMA = ? "
                    + "AND CONSTRAINT_TYPE = 'PRIMARY KEY'", "READ_BOOKING_PROJECTIONS_5"))).isEqualTo(1);
            // Until it is made live, readers still see the old generation.
            assertThat(synonymTarget(dsl, "BOOKING_PROJECTIONS")).isEqualTo("READ_BOOKING_PROJECTIONS_4");
        }
    }

    @Test
    void aDeskThatStoppedBetweenTheSwapAndMovingTheSynonymsFinishesTheSwapWhenItOpens() {
        try (DeskDatabase database = DeskDatabase.open(folder)) {
            DSLContext dsl = database.dsl();
            ReadModelSchemas.Generation next = ReadModelSchemas.createNextGeneration(dsl, BookingProjection.NAME);
            dsl.execute("INSERT INTO \"READ_BOOKING_PROJECTIONS_5\".booking_projections SELECT 'rebuilt', 'c', 'soho', "
                    + "'anna', 'cut', 'REQUESTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1, 'GBP', NULL, "
                    + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'acme', NULL, FALSE, ''");
            dsl.transaction(tx -> ReadModelSchemas.makeLive(tx.dsl(), BookingProjection.NAME, next.schema()));
            // The desk stops here: read_models says generation 5, the synonyms still name generation 4.
            assertThat(synonymTarget(dsl, "BOOKING_PROJECTIONS")).isEqualTo("READ_BOOKING_PROJECTIONS_4");
        }
        try (DeskDatabase database = DeskDatabase.open(folder)) {
            DSLContext dsl = database.dsl();
            assertThat(synonymTarget(dsl, "BOOKING_PROJECTIONS")).isEqualTo("READ_BOOKING_PROJECTIONS_5");
            assertThat(dsl.fetch("SELECT id FROM booking_projections").getValues(0, String.class)).containsExactly("rebuilt");
            assertThat(generationSchemas(dsl)).containsExactly("READ_ATTENTION_ENTRIES_1", "READ_BOOKING_PROJECTIONS_5", "READ_BOOKING_SAGAS_1", "READ_CUSTOMER_SEARCH_1", "READ_DASHBOARD_FIGURES_1",
                    "READ_DIRECTORY_1",
                    "READ_NOTIFICATIONS_1", "READ_PAYMENT_LEDGER_1", "READ_STOCK_LEVELS_1", "READ_TILLS_1",
                    "READ_WAITLIST_ENTRIES_1");
        }
    }

    @Test
    void aGenerationLeftByAnInterruptedRebuildIsDroppedWhenTheDeskOpens() {
        try (DeskDatabase database = DeskDatabase.open(folder)) {
            ReadModelSchemas.createNextGeneration(database.dsl(), BookingProjection.NAME);
            assertThat(generationSchemas(database.dsl())).contains("READ_BOOKING_PROJECTIONS_5");
        }
        try (DeskDatabase database = DeskDatabase.open(folder)) {
            assertThat(generationSchemas(database.dsl())).containsExactly("READ_ATTENTION_ENTRIES_1", "READ_BOOKING_PROJECTIONS_4", "READ_BOOKING_SAGAS_1", "READ_CUSTOMER_SEARCH_1", "READ_DASHBOARD_FIGURES_1",
                    "READ_DIRECTORY_1",
                    "READ_NOTIFICATIONS_1", "READ_PAYMENT_LEDGER_1", "READ_STOCK_LEVELS_1", "READ_TILLS_1",
                    "READ_WAITLIST_ENTRIES_1");
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
            for (int round = 5; round <= 7; round++) {
                desk.runtime().projections().rebuild(BookingProjection.NAME);
                assertThat(synonymTarget(dsl, "BOOKING_PROJECTIONS")).isEqualTo("READ_BOOKING_PROJECTIONS_" + round);
                assertThat(dsl.selectFrom(Bookings.TABLE).orderBy(Bookings.ID).fetch()).isEqualTo(before);
            }
            // Later commands land in the live generation.
            desk.bookings().book(TestChain.ctx(), new NewBooking(chain.customerId, TestChain.BRANCH, TestChain.STYLIST,
                    TestChain.CUT, LocalDateTime.of(2026, 12, 2, 9, 0), LocalDateTime.of(2026, 12, 2, 9, 45), false));
            desk.awaitProjections();
            assertThat(dsl.fetchCount(dsl.selectFrom("\"READ_BOOKING_PROJECTIONS_7\".booking_projections"))).isEqualTo(7);
            assertThat(generationSchemas(dsl)).containsExactly("READ_ATTENTION_ENTRIES_1", "READ_BOOKING_PROJECTIONS_7", "READ_BOOKING_SAGAS_1", "READ_CUSTOMER_SEARCH_1", "READ_DASHBOARD_FIGURES_1",
                    "READ_DIRECTORY_1",
                    "READ_NOTIFICATIONS_1", "READ_PAYMENT_LEDGER_1", "READ_STOCK_LEVELS_1", "READ_TILLS_1",
                    "READ_WAITLIST_ENTRIES_1");
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

            assertThat(synonymTarget(dsl, "BOOKING_PROJECTIONS")).isEqualTo("READ_BOOKING_PROJECTIONS_4");
            assertThat(generationSchemas(dsl)).containsExactly("READ_ATTENTION_ENTRIES_1", "READ_BOOKING_PROJECTIONS_4", "READ_BOOKING_SAGAS_1", "READ_CUSTOMER_SEARCH_1", "READ_DASHBOARD_FIGURES_1",
                    "READ_DIRECTORY_1",
                    "READ_NOTIFICATIONS_1", "READ_PAYMENT_LEDGER_1", "READ_STOCK_LEVELS_1", "READ_TILLS_1",
                    "READ_WAITLIST_ENTRIES_1");
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
            for (org.jooq.Record r : database.dsl().fetch("SCRIPT NODATA NOSETTINGS SCHEMA \"READ_BOOKING_PROJECTIONS_4\"")) {
                String sql = r.get(0, String.class);
                if (sql.startsWith("CREATE CACHED TABLE") || sql.startsWith("ALTER TABLE") || sql.startsWith("CREATE INDEX")) {
                    ddl.add(sql.replace("\"READ_BOOKING_PROJECTIONS_4\".", "{schema}."));
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
            assertThat(generationSchemas(dsl)).containsExactly("READ_ATTENTION_ENTRIES_1", "READ_BOOKING_PROJECTIONS_5", "READ_BOOKING_SAGAS_1", "READ_CUSTOMER_SEARCH_1", "READ_DASHBOARD_FIGURES_1",
                    "READ_DIRECTORY_1",
                    "READ_NOTIFICATIONS_1", "READ_PAYMENT_LEDGER_1", "READ_STOCK_LEVELS_1", "READ_TILLS_1",
                    "READ_WAITLIST_ENTRIES_1");
        }
    }

    @Test
    void aDeskOfTheReleaseBeforeCancelCategoriesShowsEachCategoryAfterTheUpgrade(@TempDir Path earlier) throws Exception {
        // The log as a desk records it today, with one cancellation as an earlier release recorded it.
        String ill;
        String old;
        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC())) {
            TestChain chain = TestChain.setUp(desk);
            bookMorning(desk, chain, 3);
            desk.awaitProjections();
            List<String> ids = desk.queries().bookingsOn(TestChain.BRANCH, java.time.LocalDate.of(2026, 12, 1),
                    java.time.ZoneId.of("Europe/London")).stream().map(b -> b.bookingId()).toList();
            ill = ids.get(0);
            old = ids.get(1);
            desk.bookings().cancel(TestChain.ctx(), ill, new CancelReason(CancelReason.Category.ILLNESS, ""));
            desk.log().append(TestChain.ctx(), new StreamAppend("booking-" + old, 1,
                    List.of(new BookingEvent.Cancelled(old, "moved away", null))));
            desk.awaitProjections();
        }
        // The same log and booking read model in a data folder of the previous schema (migrations up to 4), with
        // the read model caught up: without migration 5 nothing would read the log's categories again.
        Flyway.configure().dataSource(DeskDatabase.jdbcUrl(earlier), "salondesk", "").locations("classpath:db/desk")
                .target("4").load().migrate();
        try (Connection from = DriverManager.getConnection(DeskDatabase.jdbcUrl(folder), "salondesk", "");
             Connection to = DriverManager.getConnection(DeskDatabase.jdbcUrl(earlier), "salondesk", "")) {
            // The columns the log had then (sync_error came with migration 6).
            copy(from, to, "SELECT local_seq, id, stream_id, version, event_type, schema_version, event_data, metadata, "
                    + "recorded_at, tenant_id, global_position, sync_status FROM events ORDER BY local_seq", "events");
            copy(from, to, "SELECT id, customer_id, branch_id, staff_id, service_id, status, scheduled_at, ends_at, "
                    + "total_amount, currency, cancel_reason, created_at, updated_at, tenant_id FROM booking_projections",
                    "booking_projections");
            copy(from, to, "SELECT * FROM handler_checkpoints WHERE handler = 'booking_projections'", "handler_checkpoints");
        }

        try (DeskBackEnd desk = DeskBackEnd.open(earlier, Clock.systemUTC())) {
            desk.awaitProjections();
            var book = desk.queries().bookingsOn(TestChain.BRANCH, java.time.LocalDate.of(2026, 12, 1),
                    java.time.ZoneId.of("Europe/London"));
            assertThat(book).hasSize(3);
            assertThat(book).filteredOn(b -> b.bookingId().equals(ill)).singleElement()
                    .satisfies(b -> assertThat(b.cancelCategory()).isEqualTo(CancelReason.Category.ILLNESS));
            assertThat(book).filteredOn(b -> b.bookingId().equals(old)).singleElement().satisfies(b -> {
                assertThat(b.cancelCategory()).isEqualTo(CancelReason.Category.OTHER);
                assertThat(b.cancelReason()).isEqualTo("moved away");
            });
            assertThat(book).filteredOn(b -> b.status() != com.salondesk.domain.booking.BookingStatus.CANCELLED)
                    .singleElement().satisfies(b -> assertThat(b.cancelCategory()).isNull());
            assertThat(generationSchemas(desk.database().dsl())).containsExactly("READ_ATTENTION_ENTRIES_1", "READ_BOOKING_PROJECTIONS_4", "READ_BOOKING_SAGAS_1", "READ_CUSTOMER_SEARCH_1", "READ_DASHBOARD_FIGURES_1",
                    "READ_DIRECTORY_1",
                    "READ_NOTIFICATIONS_1", "READ_PAYMENT_LEDGER_1", "READ_STOCK_LEVELS_1", "READ_TILLS_1",
                    "READ_WAITLIST_ENTRIES_1");
        }
    }

    /** Copies the rows a query finds into a table of the same columns in another desk's database. */
    private static void copy(Connection from, Connection to, String query, String table) throws java.sql.SQLException {
        try (Statement s = from.createStatement(); var rows = s.executeQuery(query)) {
            int columns = rows.getMetaData().getColumnCount();
            String marks = String.join(", ", java.util.Collections.nCopies(columns, "?"));
            try (var insert = to.prepareStatement("INSERT INTO " + table + " VALUES (" + marks + ")")) {
                while (rows.next()) {
                    for (int c = 1; c <= columns; c++) {
                        insert.setObject(c, rows.getObject(c));
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
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
