package com.salondesk.syncserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.syncserver.store.CentralDatabase;
import com.salondesk.syncserver.store.CentralStore;
import com.salondesk.syncserver.support.DeskClient;
import com.salondesk.syncserver.support.TestPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdminCommandLineTest {

    private Map<String, String> environment;
    private CentralDatabase.ConnectionSettings database;

    /** What one command printed and returned. */
    record Outcome(int status, List<String> out, String err) {
    }

    @BeforeEach
    void freshDatabase() {
        database = TestPostgres.get().freshDatabase("cli", 2);
        environment = new HashMap<>();
        environment.put("SALONDESK_DATABASE_URL", database.jdbcUrl());
        if (database.user() != null) {
            environment.put("SALONDESK_DATABASE_USER", database.user());
        }
        if (database.password() != null) {
            environment.put("SALONDESK_DATABASE_PASSWORD", database.password());
        }
    }

    private Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Main(environment, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemUTC()).run(args, false);
        return new Outcome(status, out.toString(StandardCharsets.UTF_8).lines().toList(), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void headquartersCreatesATenantEnrolsListsAndRevokesADevice() {
        assertThat(run("tenant", "create", "--id", "acme", "--name", "Acme Salons").status()).isZero();

        Outcome enrol = run("device", "enrol", "--tenant", "acme", "--branch", "soho", "--device", "desk-soho-1",
                "--name", "Soho front desk");
        assertThat(enrol.status()).isZero();
        String token = enrol.out().getLast();
        assertThat(token).matches("[A-Za-z0-9_-]{43,}");

        Outcome list = run("device", "list", "--tenant", "acme");
        assertThat(list.status()).isZero();
        assertThat(list.out()).hasSize(1);
        assertThat(list.out().getFirst().split("\t"))
                .containsExactly("desk-soho-1", "soho", "Soho front desk", "active", "never", "0", "0");

        Outcome revoke = run("device", "revoke", "--device", "desk-soho-1");
        assertThat(revoke.status()).isZero();
        assertThat(run("device", "list", "--tenant", "acme").out().getFirst()).contains("\trevoked\t");
    }

    @Test
    void theTokenPrintedByEnrolmentWorksAtOnceAndStopsWorkingAtRevocation() throws Exception {
        run("tenant", "create", "--id", "acme", "--name", "Acme Salons");
        String token = run("device", "enrol", "--tenant", "acme", "--branch", "soho", "--device", "desk-1",
                "--name", "Desk").out().getLast();
        try (CentralStore store = CentralStore.open(database, Clock.systemUTC(), 1);
             SyncServer server = new SyncServer(com.salondesk.syncserver.config.SyncServerConfig.defaults(Path.of("x")), store).start()) {
            DeskClient desk = new DeskClient(server.port(), token);
            assertThat(desk.me().status()).isEqualTo(200);
            run("device", "revoke", "--device", "desk-1");
            assertThat(desk.me().status()).isEqualTo(403);
        }
    }

    @Test
    void refusalsExitNonZeroWithAClearMessageOnStandardError() {
        run("tenant", "create", "--id", "acme", "--name", "Acme Salons");

        Outcome again = run("tenant", "create", "--id", "acme", "--name", "Acme again");
        assertThat(again.status()).isEqualTo(Main.REFUSED);
        assertThat(again.err()).contains("tenant 'acme' exists already");
        assertThat(again.out()).isEmpty();

        Outcome unknownTenant = run("device", "enrol", "--tenant", "nobody", "--branch", "b", "--device", "d", "--name", "n");
        assertThat(unknownTenant.status()).isEqualTo(Main.REFUSED);
        assertThat(unknownTenant.err()).contains("there is no tenant 'nobody'");

        Outcome unknownDevice = run("device", "revoke", "--device", "ghost");
        assertThat(unknownDevice.status()).isEqualTo(Main.REFUSED);
        assertThat(unknownDevice.err()).contains("there is no device 'ghost'");

        Outcome badId = run("tenant", "create", "--id", "acme salons", "--name", "x");
        assertThat(badId.status()).isEqualTo(Main.REFUSED);
        assertThat(badId.err()).contains("'acme salons' is not");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run().status()).isEqualTo(Main.USAGE);
        Outcome missing = run("device", "list");
        assertThat(missing.status()).isEqualTo(Main.USAGE);
        assertThat(missing.err()).contains("'device list' needs --tenant");
        assertThat(run("tenant", "delete", "--id", "x").status()).isEqualTo(Main.USAGE);
        assertThat(run("device", "list", "--tenant").status()).isEqualTo(Main.USAGE);
    }

    @Test
    void helpOnTheTopAndOnEveryCommandPrintsItsUsageAndExitsWithZero() {
        Outcome top = run("--help");
        assertThat(top.status()).isZero();
        assertThat(String.join("\n", top.out())).contains("Usage: salondesk-sync-server", "--config=<file>",
                "device enrol --tenant <tenantId> --branch <branchId> --device <deviceId> --name <display name>");
        assertThat(top.err()).isEmpty();

        assertThat(String.join("\n", run("serve", "--help").out())).contains("Usage: salondesk-sync-server serve");
        assertThat(String.join("\n", run("tenant", "--help").out())).contains("create");
        assertThat(String.join("\n", run("tenant", "create", "-h").out()))
                .contains("Usage: salondesk-sync-server tenant create", "--id=<tenantId>", "--name=<name>");
        assertThat(String.join("\n", run("device", "enrol", "--help").out())).contains("--branch=<branchId>");
        assertThat(String.join("\n", run("device", "list", "--help").out())).contains("--tenant=<tenantId>");
        Outcome revokeHelp = run("device", "revoke", "--help");
        assertThat(revokeHelp.status()).isZero();
        assertThat(String.join("\n", revokeHelp.out())).contains("--device=<deviceId>");
    }

    @Test
    void versionPrintsTheBuildsVersionAloneWithoutReadingTheConfiguration() {
        environment.put("SALONDESK_CONFIG", "/nowhere/sync-server.properties");

        Outcome version = run("--version");

        assertThat(version.status()).isZero();
        // Filled in from the build's version; the desk's --version prints the same line.
        assertThat(version.out()).singleElement().asString().matches("SalonDesk \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(version.err()).isEmpty();
        assertThat(run("-V").out()).isEqualTo(version.out());
        assertThat(String.join("\n", run("--help").out())).contains("-V, --version");
        assertThat(run("device", "list", "--version").status()).as("only the top-level command has it")
                .isEqualTo(Main.USAGE);
    }

    @Test
    void aUsageErrorSaysWhatIsWrongShowsTheCommandsUsageAndStoresNothing() {
        Outcome unknown = run("tenant", "delete", "--id", "x");
        assertThat(unknown.status()).isEqualTo(Main.USAGE);
        assertThat(unknown.err()).contains("error: unknown command 'tenant delete'", "Usage: salondesk-sync-server tenant");
        assertThat(unknown.out()).isEmpty();

        Outcome blank = run("tenant", "create", "--id", "acme", "--name", " ");
        assertThat(blank.status()).isEqualTo(Main.USAGE);
        assertThat(blank.err()).contains("error: 'tenant create' needs --name", "Usage: salondesk-sync-server tenant create");

        Outcome twice = run("device", "list", "--tenant", "a", "--tenant", "b");
        assertThat(twice.status()).isEqualTo(Main.USAGE);
        assertThat(twice.err()).contains("--tenant");

        Outcome halfCommand = run("device");
        assertThat(halfCommand.status()).isEqualTo(Main.USAGE);
        assertThat(halfCommand.err()).contains("error: 'device' needs one of: enrol, list, revoke");

        assertThat(run("device", "list", "--tenant", "acme").out()).isEmpty();
        assertThat(run("tenant", "create", "--id", "acme", "--name", "Acme").status()).isZero();
    }

    @Test
    void anInvalidConfigurationExitsWithThreeNamingTheSetting() {
        environment.put("SALONDESK_LIMITS_BATCH_EVENTS", "lots");
        Outcome outcome = run("device", "list", "--tenant", "acme");
        assertThat(outcome.status()).isEqualTo(Main.BAD_CONFIGURATION);
        assertThat(outcome.err()).contains("limits.batch-events = 'lots' (from environment variable SALONDESK_LIMITS_BATCH_EVENTS)");
    }

    @Test
    void anUnreachableDatabaseExitsWithFour() {
        environment.put("SALONDESK_DATABASE_URL", "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2");
        Outcome outcome = run("device", "list", "--tenant", "acme");
        assertThat(outcome.status()).isEqualTo(Main.DATABASE_UNAVAILABLE);
        assertThat(outcome.err()).contains("cannot connect to the central store at jdbc:postgresql://127.0.0.1:1/none");
    }
}
