package com.salondesk.syncserver.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationLoaderTest {

    @TempDir
    Path folder;

    @Test
    void defaultsAreThoseOfTheProtocolWithEmbeddedPostgres() {
        SyncServerConfig config = new ConfigurationLoader(Map.of()).load(Optional.empty());
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.database()).isEmpty();
        assertThat(config.limits().maxBatchEvents()).isEqualTo(500);
        assertThat(config.limits().maxBatchBytes()).isEqualTo(1024 * 1024);
        assertThat(config.live().pingInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.live().silenceTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.tls()).isEmpty();
    }

    @Test
    void theEnvironmentOverridesTheFile() throws Exception {
        Path file = folder.resolve("server.properties");
        Files.writeString(file, "server.port=9000\ndatabase.url=jdbc:postgresql://db:5432/salondesk\ndatabase.user=sync\n"
                + "limits.batch-events=200\n");
        SyncServerConfig config = new ConfigurationLoader(Map.of("SALONDESK_SERVER_PORT", "9100",
                "SALONDESK_DATABASE_PASSWORD", "secret")).load(Optional.of(file));
        assertThat(config.port()).isEqualTo(9100);
        assertThat(config.limits().maxBatchEvents()).isEqualTo(200);
        assertThat(config.database()).hasValueSatisfying(db -> {
            assertThat(db.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/salondesk");
            assertThat(db.user()).isEqualTo("sync");
            assertThat(db.password()).isEqualTo("secret");
            assertThat(db.toString()).doesNotContain("secret");
        });
    }

    @Test
    void everyProblemIsReportedAtOnceNamingSettingValueAndSource() throws Exception {
        Path file = folder.resolve("server.properties");
        Files.writeString(file, "server.prot=9000\nlive.silence-timeout=PT10S\n");
        assertThatThrownBy(() -> new ConfigurationLoader(Map.of(
                "SALONDESK_DATABASE_URL", "postgres://db/salondesk",
                "SALONDESK_LIMITS_BATCH_BYTES", "12",
                "SALONDESK_LIVE_PING_INTERVAL", "PT30S",
                "SALONDESK_SERVER_TLS_KEYSTORE", folder.resolve("missing.p12").toString())).load(Optional.of(file)))
                .isInstanceOfSatisfying(InvalidConfiguration.class, e -> assertThat(e.problems()).satisfiesExactlyInAnyOrder(
                        p -> assertThat(p).startsWith("unknown setting 'server.prot'"),
                        p -> assertThat(p).contains("database.url = 'postgres://db/salondesk' (from environment variable SALONDESK_DATABASE_URL) must start with jdbc:postgresql://"),
                        p -> assertThat(p).contains("limits.batch-bytes = '12'").contains("between 1024 and"),
                        p -> assertThat(p).contains("live.silence-timeout (PT10S) must be longer than live.ping-interval (PT30S)"),
                        p -> assertThat(p).contains("server.tls.keystore").contains("does not exist"),
                        p -> assertThat(p).contains("server.tls.keystore-password is required")));
    }

    @Test
    void anUnreadableFileIsNamed() {
        Path missing = folder.resolve("nope.properties");
        assertThatThrownBy(() -> new ConfigurationLoader(Map.of()).load(Optional.of(missing)))
                .isInstanceOf(InvalidConfiguration.class)
                .hasMessageContaining("cannot read the configuration file " + missing);
    }
}
