package com.salondesk.persistence.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupBeforeUpgradeTest {

    @TempDir
    Path folder;

    @Test
    void aLogAtAnOlderSchemaIsCopiedBesideItBeforeItIsUpgraded() throws Exception {
        // A log as an older desk left it: its schema stops at version 6.
        Flyway.configure().dataSource(DeskDatabase.jdbcUrl(folder), "salondesk", "")
                .locations("classpath:db/desk")
                .javaMigrations(new V5__BookingCancelCategory())
                .target("6").load().migrate();
        Instant before = Instant.now().minusSeconds(1);

        try (DeskDatabase upgraded = DeskDatabase.open(folder)) {
            assertThat(schemaVersion(DeskDatabase.jdbcUrl(folder))).isGreaterThan(6);
        }

        List<Path> backups = backups();
        assertThat(backups).singleElement().satisfies(backup -> {
            String name = backup.getFileName().toString();
            assertThat(name).matches("salondesk-backup-\\d{4}-\\d{2}-\\d{2}T\\d{6}Z-schema-6\\.zip");
            assertThat(name.compareTo(BackupBeforeUpgrade.name(before, "6"))).as("named with the time it was taken")
                    .isGreaterThanOrEqualTo(0);
        });
        // The copy is the log as it was: unpacked, H2 opens it at schema 6.
        Path restored = Files.createDirectory(folder.resolve("restored"));
        unzip(backups.getFirst(), restored);
        assertThat(restored.resolve("salondesk.mv.db")).exists();
        assertThat(schemaVersion(DeskDatabase.jdbcUrl(restored))).isEqualTo(6);
    }

    @Test
    void aNewLogAndAnUpToDateOneAreNotCopied() throws IOException {
        DeskDatabase.open(folder).close();
        DeskDatabase.open(folder).close();

        assertThat(backups()).isEmpty();
    }

    private List<Path> backups() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith("salondesk-backup-")).toList();
        }
    }

    private static int schemaVersion(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "salondesk", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\""
                     + " WHERE \"success\"")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Files.copy(entries, into.resolve(Path.of(entry.getName()).getFileName()));
            }
        }
    }
}
