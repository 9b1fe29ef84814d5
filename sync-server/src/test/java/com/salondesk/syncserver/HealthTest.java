package com.salondesk.syncserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.syncserver.support.DeskClient;
import com.salondesk.syncserver.support.DeskClient.Answer;
import com.salondesk.syncserver.support.TestChain;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class HealthTest {

    @Test
    void healthTurnsDownQuicklyWhenTheDatabaseIsGoneAndTheServerStaysUp() throws Exception {
        try (TestChain chain = TestChain.create("health")) {
            SyncServer server = chain.startServer();
            DeskClient probe = new DeskClient(server.port(), null);
            assertThat(probe.get("/health").status()).isEqualTo(200);

            String url = chain.settings().jdbcUrl();
            String database = url.substring(url.lastIndexOf('/') + 1).split("\\?")[0];
            Properties credentials = new Properties();
            if (chain.settings().user() != null) {
                credentials.setProperty("user", chain.settings().user());
            }
            if (chain.settings().password() != null) {
                credentials.setProperty("password", chain.settings().password());
            }
            try (Connection admin = DriverManager.getConnection(url.replace("/" + database, "/postgres"), credentials);
                 Statement s = admin.createStatement()) {
                s.execute("DROP DATABASE " + database + " WITH (FORCE)");
            }

            long start = System.nanoTime();
            Answer down = probe.get("/health");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
            assertThat(down.status()).isEqualTo(503);
            assertThat(down.body().get("status").asText()).isEqualTo("DOWN");
            Answer metrics = probe.get("/metrics");
            assertThat(metrics.status()).as("counters are served without the database").isEqualTo(200);
            assertThat(metrics.text()).contains("salondesk_pushes_total 0");
        }
    }
}
