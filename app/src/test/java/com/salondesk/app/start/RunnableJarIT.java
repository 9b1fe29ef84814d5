package com.salondesk.app.start;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged desk as a person or an installer's CI would: {@code java -jar app/target/salondesk-app.jar}
 * with nothing but its {@code lib} folder beside it. A failsafe test, run by {@code verify} after
 * {@code package}, because only then does the jar exist.
 */
class RunnableJarIT {

    private static final Path JAR = Path.of(System.getProperty("salondesk.jar", "target/salondesk-app.jar"));

    @TempDir
    Path home;

    private record Run(int exitCode, String stdout, String stderr) {
    }

    private Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-Duser.language=en", "-Duser.country=GB", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove(StartOptions.ENVIRONMENT_VARIABLE);
        builder.environment().put("DISPLAY", "");
        Process process = builder.redirectError(home.resolve("stderr.txt").toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(150, TimeUnit.SECONDS)).as("the desk gave up in time").isTrue();
        return new Run(process.exitValue(), out,
                java.nio.file.Files.readString(home.resolve("stderr.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void printsItsVersionAndListsTheSupportCommands() throws Exception {
        assertThat(JAR).isRegularFile();

        Run version = java("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.stdout().strip()).isEqualTo(StartOptions.versionLine());

        Run help = java("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.stdout()).contains("--self-check", "salondesk sync", "salondesk log", "salondesk demo");
    }

    @Test
    void recordsTheDemoPrintsItsLogAndPassesTheSelfCheck() throws Exception {
        String folder = home.resolve("desk").toString();

        Run demo = java("demo", "--data-dir", folder);
        assertThat(demo.exitCode()).as(demo.stderr()).isZero();
        assertThat(demo.stdout()).contains("Recorded the demo chain: ");

        Run log = java("log", "--after", "10", "--data-dir", folder);
        assertThat(log.exitCode()).as(log.stderr()).isZero();
        ObjectMapper json = new ObjectMapper();
        List<String> lines = log.stdout().lines().toList();
        assertThat(lines).hasSizeGreaterThan(1000);
        JsonNode first = json.readTree(lines.getFirst());
        assertThat(first.get("localPosition").asLong()).isEqualTo(11);
        assertThat(first.get("syncStatus").asText()).isEqualTo("PENDING");
        assertThat(first.get("metadata").get("tenantId").asText()).isEqualTo("demo-salons");

        Run again = java("demo", "--data-dir", folder);
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.stderr()).contains("already holds " + (lines.size() + 10) + " events");

        Run bad = java("log", "--after", "-3", "--data-dir", folder);
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.stderr()).contains("--after needs a position in the log");

        // JavaFX from the plain class path, on its headless platform: the real window on the demo desk.
        Run selfCheck = java("--self-check", "--data-dir", folder);
        assertThat(selfCheck.exitCode()).as(selfCheck.stderr()).isZero();
        assertThat(selfCheck.stdout()).startsWith("Self-check passed");
        // From a jar too, the start knows the log's schema is current without Flyway (MigrationIndex).
        assertThat(selfCheck.stderr()).doesNotContain("could not list this build's migrations");
    }
}
