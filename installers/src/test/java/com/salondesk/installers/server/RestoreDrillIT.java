package com.salondesk.installers.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The restore drill of docs/operations.md, done for real: a packaged server on a PostgreSQL (15, Debian's, in
 * CI) stores two tenants' events from three desks; while it runs, the archive's {@code bin/restore-drill}
 * dumps its database with {@code pg_dump -Fc}, restores it into a new database, compares every event and
 * serves the copy. The test then checks the copy itself, and that the desks' own tokens pull the same events
 * from a server on the copy. Needs the PostgreSQL client tools and {@code SALONDESK_TEST_PG_URL} (a user that
 * may CREATE DATABASE): {@code SALONDESK_CI_SYSTEM_POSTGRES=1 source .ci/sync-server-setup.sh}.
 */
class RestoreDrillIT {

    private static final String RUN = Long.toString(ProcessHandle.current().pid());
    private static final String SOURCE = "drill_source_" + RUN;
    private static final String RESTORED = "drill_restored_" + RUN;
    private static final String EMPTY = "drill_empty_" + RUN;
    private static final String DAMAGED = "drill_damaged_" + RUN;

    @TempDir
    static Path folder;
    static Path home;
    static Postgres postgres;
    static PackagedServer source;
    static final Map<String, String> TOKENS = new HashMap<>();
    static final Map<String, List<JsonNode>> PULLED = new HashMap<>();

    /** Where the drill's databases live: the server of SALONDESK_TEST_PG_URL. */
    record Postgres(String host, int port, String adminUrl, String user, String password) {

        static Postgres fromEnvironment() {
            String url = System.getenv("SALONDESK_TEST_PG_URL");
            if (url == null || url.isBlank()) {
                throw new IllegalStateException("the restore drill needs a PostgreSQL and its client tools: run "
                        + "'SALONDESK_CI_SYSTEM_POSTGRES=1 source .ci/sync-server-setup.sh' (as root) first, or set "
                        + "SALONDESK_TEST_PG_URL, SALONDESK_TEST_PG_USER and SALONDESK_TEST_PG_PASSWORD");
            }
            URI uri = URI.create(url.substring("jdbc:".length()));
            return new Postgres(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), url,
                    System.getenv("SALONDESK_TEST_PG_USER"), System.getenv("SALONDESK_TEST_PG_PASSWORD"));
        }

        String url(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }

        Connection connect(String url) throws SQLException {
            Properties p = new Properties();
            if (user != null) {
                p.setProperty("user", user);
            }
            if (password != null) {
                p.setProperty("password", password);
            }
            return DriverManager.getConnection(url, p);
        }

        void execute(String sql) {
            try (Connection c = connect(adminUrl); Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(sql + " failed on " + adminUrl, e);
            }
        }

        /** The server's settings for {@code database}. */
        Map<String, String> serverSettings(String database) {
            return Map.of("SALONDESK_DATABASE_URL", url(database),
                    "SALONDESK_DATABASE_USER", user == null ? "" : user,
                    "SALONDESK_DATABASE_PASSWORD", password == null ? "" : password,
                    "SALONDESK_DATABASE_POOL_SIZE", "4");
        }

        /** libpq's settings, as the drill reads them. */
        Map<String, String> libpq() {
            Map<String, String> env = new HashMap<>(Map.of("PGHOST", host, "PGPORT", Integer.toString(port)));
            if (user != null) {
                env.put("PGUSER", user);
            }
            if (password != null) {
                env.put("PGPASSWORD", password);
            }
            return env;
        }
    }

    @BeforeAll
    static void aServerWithEventsOfTwoTenants() {
        home = PackagedServer.unpack(folder);
        postgres = Postgres.fromEnvironment();
        postgres.execute("CREATE DATABASE " + SOURCE);
        source = PackagedServer.of(home, postgres.serverSettings(SOURCE), folder.resolve("source.log"));
        source.serve();
        source.launcher("tenant", "create", "--id", "acme", "--name", "Acme Salons");
        source.launcher("tenant", "create", "--id", "bella", "--name", "Bella Hair");
        push("acme", "desk-soho-1", 1200);
        push("acme", "desk-camden-1", 800);
        push("bella", "desk-leeds-1", 300);
        for (String tenant : List.of("acme", "bella")) {
            PULLED.put(tenant, source.pullAll(TOKENS.get(tenant.equals("acme") ? "desk-soho-1" : "desk-leeds-1")));
        }
    }

    private static void push(String tenant, String device, int events) {
        String token = source.enrol(tenant, "soho", device);
        TOKENS.put(device, token);
        source.pushBookings(tenant, device, token, events);
    }

    @AfterAll
    static void dropTheDatabases() {
        if (source != null) {
            source.close();
        }
        if (postgres != null) {
            for (String database : List.of(SOURCE, RESTORED, EMPTY, DAMAGED)) {
                postgres.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    @Test
    void aDumpOfTheLiveServerRestoresEveryEventAndTheDesksPullThemFromTheCopy() throws Exception {
        PackagedServer.Run drill = drill(List.of(SOURCE, RESTORED), Map.of("DRILL_KEEP", "1"));
        System.out.println(drill.out());

        assertThat(drill.status()).as(drill.out() + drill.err()).isZero();
        // Three desks plus one drill device per tenant enrolled on the copy after the comparison.
        assertThat(drill.out()).contains(
                "3/5 compare: tenant acme: 2000 events, head 2000, 200 streams, 2 devices",
                "3/5 compare: tenant bella: 300 events, head 300, 30 streams, 1 devices",
                "3/5 compare: the same in the source and the restored database",
                "4/5 serve:   ", "/health UP",
                "5/5 pull:    tenant acme: 2000 events pulled by restore-drill-",
                "5/5 pull:    tenant bella: 300 events pulled by restore-drill-",
                "restore drill passed: 2 tenants, 2300 events restored and served");
        assertThat(idsIn(RESTORED, "acme")).isEqualTo(ids(PULLED.get("acme")));
        assertThat(idsIn(RESTORED, "bella")).isEqualTo(ids(PULLED.get("bella")));

        // Token hashes are restored with the devices: the desks go on without being enrolled again.
        try (PackagedServer copy = PackagedServer.of(home, postgres.serverSettings(RESTORED), folder.resolve("copy.log"))) {
            copy.serve();
            assertThat(copy.pullAll(TOKENS.get("desk-camden-1"))).isEqualTo(PULLED.get("acme"));
            assertThat(copy.pullAll(TOKENS.get("desk-leeds-1"))).isEqualTo(PULLED.get("bella"));
        }
    }

    @Test
    void aRestoreThatLostAnEventFailsTheDrill() throws IOException {
        // A pg_restore that loses one event after restoring, as a broken backup medium would.
        Path tools = Files.createDirectories(folder.resolve("lossy-tools"));
        Path lossy = tools.resolve("pg_restore");
        Files.writeString(lossy, """
                #!/bin/sh
                /usr/bin/pg_restore "$@" || exit $?
                db=""; prev=""
                for arg; do [ "$prev" = "-d" ] && db=$arg; prev=$arg; done
                psql -X -q -d "$db" -c "DELETE FROM events WHERE tenant_id = 'bella' AND global_position = 150"
                """);
        Files.setPosixFilePermissions(lossy, PosixFilePermissions.fromString("rwxr-xr-x"));

        PackagedServer.Run drill = drill(List.of(SOURCE, DAMAGED),
                Map.of("PATH", tools + ":/usr/local/bin:/usr/bin:/bin"));

        assertThat(drill.status()).as(drill.out() + drill.err()).isEqualTo(1);
        assertThat(drill.out()).contains("3/5 compare: tenant bella: 299 events, head 300")
                .doesNotContain("restore drill passed");
        assertThat(drill.err()).contains("restore drill FAILED: the restored database differs from the source");
    }

    @Test
    void aDatabaseWithoutTenantsProvesNothingAndFailsTheDrill() {
        postgres.execute("CREATE DATABASE " + EMPTY);
        try (PackagedServer empty = PackagedServer.of(home, postgres.serverSettings(EMPTY), folder.resolve("empty.log"))) {
            empty.serve(); // creates the central schema, with no tenant in it
        }

        PackagedServer.Run drill = drill(List.of(EMPTY), Map.of());

        assertThat(drill.status()).isEqualTo(1);
        assertThat(drill.err()).contains("restore drill FAILED: the source database has no tenants");
    }

    private static PackagedServer.Run drill(List<String> args, Map<String, String> extra) {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/restore-drill").toString()));
        command.addAll(args);
        Map<String, String> env = new HashMap<>(postgres.libpq());
        env.put("DRILL_PORT", Integer.toString(PackagedServer.freePort()));
        env.put("TMPDIR", folder.toString()); // the dump, kept or not, goes with the test's folder
        env.putAll(extra);
        return PackagedServer.run(command, folder, env, Duration.ofMinutes(5));
    }

    private static List<String> idsIn(String database, String tenant) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = postgres.connect(postgres.url(database)); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT event_id FROM events WHERE tenant_id = '" + tenant
                     + "' ORDER BY global_position")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    private static List<String> ids(List<JsonNode> events) {
        return events.stream().map(event -> event.get("id").asText()).toList();
    }
}
