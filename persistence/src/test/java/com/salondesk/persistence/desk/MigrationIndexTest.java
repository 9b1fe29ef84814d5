package com.salondesk.persistence.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationIndexTest {

    @TempDir
    Path folder;

    @Test
    void knowsTheSameMigrationsAsFlyway() throws IOException {
        DeskDatabase.open(folder).close();

        Set<String> flyways = Arrays.stream(flyway().info().applied())
                .map(MigrationInfo::getVersion).map(v -> MigrationIndex.normalise(v.getVersion()))
                .collect(Collectors.toSet());
        assertThat(MigrationIndex.known()).isEqualTo(flyways).contains("1", "5", "7");
    }

    @Test
    void aNewLogAndALogAtAnOlderSchemaAreNotCurrentAnUpgradedOneIs() throws SQLException {
        assertThat(MigrationIndex.isCurrent(source())).as("no history table yet").isFalse();
        Flyway.configure().dataSource(source()).locations("classpath:db/desk")
                .javaMigrations(new V5__BookingCancelCategory()).target("6").load().migrate();
        assertThat(MigrationIndex.isCurrent(source())).as("at schema 6").isFalse();

        DeskDatabase.open(folder).close();

        assertThat(MigrationIndex.isCurrent(source())).isTrue();
        execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '7'");
        assertThat(MigrationIndex.isCurrent(source())).as("a failed migration is Flyway's to see").isFalse();
        execute("UPDATE \"flyway_schema_history\" SET \"success\" = TRUE WHERE \"version\" = '7'");
        execute("UPDATE \"flyway_schema_history\" SET \"version\" = '99' WHERE \"version\" = '7'");
        assertThat(MigrationIndex.isCurrent(source())).as("a version this build does not know").isFalse();
    }

    @Test
    void theCheckLeftOutOfTheStartFindsAChangedMigration() throws SQLException {
        DeskDatabase.open(folder).close();
        try (DeskDatabase current = DeskDatabase.open(folder)) {
            assertThat(current.checkMigrations()).isTrue();
        }
        execute("UPDATE \"flyway_schema_history\" SET \"checksum\" = 42 WHERE \"version\" = '1'");

        try (DeskDatabase changed = DeskDatabase.open(folder)) {
            assertThat(changed.checkMigrations()).as("opened on the fast path; Flyway finds the change later").isFalse();
        }
    }

    private Flyway flyway() {
        return Flyway.configure().dataSource(source()).locations("classpath:db/desk")
                .javaMigrations(new V5__BookingCancelCategory(), new V7__NeedsAttention()).load();
    }

    private JdbcDataSource source() {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(DeskDatabase.jdbcUrl(folder));
        source.setUser("salondesk");
        source.setPassword("");
        return source;
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(DeskDatabase.jdbcUrl(folder), "salondesk", "");
             Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
