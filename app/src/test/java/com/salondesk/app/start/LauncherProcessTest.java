package com.salondesk.app.start;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.SalonDeskLauncher;
import com.salondesk.app.TestSalon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the launcher as a person would, in its own JVM, and checks what a bad command line leaves behind. */
class LauncherProcessTest {

    @TempDir
    Path home;

    @Test
    void anUnknownOptionExitsWithAMessageAndWritesNothing() throws Exception {
        Run run = launch("--colour", "blue");

        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.stderr()).contains("salondesk: Unknown option '--colour'.").contains("Usage: salondesk");
        assertThat(run.stdout()).isEmpty();
        assertThat(everythingIn(home)).isEmpty();
    }

    @Test
    void aDataDirThatIsAFileExitsWithAMessageAndWritesNothing() throws Exception {
        Path file = Files.writeString(home.resolve("salondesk.txt"), "a file");

        Run run = launch("--data-dir", file.toString());

        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.stderr()).contains("is a file, not a folder");
        assertThat(everythingIn(home)).containsExactly(file);
    }

    @Test
    void aMissingValueExitsWithAMessage() throws Exception {
        Run run = launch("--data-dir");

        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.stderr()).contains("--data-dir needs a folder");
        assertThat(everythingIn(home)).isEmpty();
    }

    @Test
    void aSupportCommandRunsWithoutAWindowAndExitsWithTheToolsStatus() throws Exception {
        Path folder = home.resolve("desk");
        TestSalon.open(folder).local().close();

        Run status = launch(Map.of(StartOptions.ENVIRONMENT_VARIABLE, folder.toString()), "status");

        assertThat(status.exitCode()).isZero();
        assertThat(status.stdout()).contains("read model booking_projections: at 8, 0 behind");

        Run rebuild = launch("rebuild", "all", "--data-dir", folder.toString());

        assertThat(rebuild.exitCode()).isZero();
        assertThat(rebuild.stdout()).contains("rebuilt booking_projections").contains("rebuilt directory");
    }

    @Test
    void aSupportCommandTheToolRefusesExitsWithItsStatusAndTouchesNothing() throws Exception {
        Run run = launch("rebuild", "all", "--data-dir", home.resolve("nowhere").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("There is no SalonDesk data in " + home.resolve("nowhere"));
        assertThat(everythingIn(home)).isEmpty();

        Run typo = launch("status", "--data-dri", "x");
        assertThat(typo.exitCode()).isEqualTo(64);
        assertThat(typo.stderr()).contains("Unknown option '--data-dri'.").contains("Support commands");
    }

    @Test
    void versionPrintsTheBuildsVersionAndWritesNothing() throws Exception {
        Run run = launch("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout().strip()).isEqualTo(StartOptions.versionLine()).doesNotContain("${");
        assertThat(everythingIn(home)).isEmpty();
    }

    @Test
    void helpListsTheVersionAndTheSelfCheck() throws Exception {
        Run run = launch("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).contains("--version", "--self-check", "salondesk status");
    }

    @Test
    void aSelfCheckShowsTheBookOnDemoDataWithoutADisplayAndLeavesNothingBehind() throws Exception {
        Path everyday = home.resolve("everyday");
        Path temporary = Files.createDirectory(home.resolve("tmp"));

        // No fx.test.args here: the launcher itself must choose JavaFX's headless platform.
        Run run = launch(Map.of(StartOptions.ENVIRONMENT_VARIABLE, everyday.toString(), "DISPLAY", ""),
                "-Djava.io.tmpdir=" + temporary, "--self-check");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).startsWith("Self-check passed: the appointment book showed on demo data in "
                + temporary.resolve("salondesk-self-check-")).contains("and the desk closed cleanly.");
        // JavaFX unpacks its native libraries into ~/.openjfx when run from jars: its cache, not the desk's data.
        assertThat(everythingIn(home).stream().filter(p -> !p.startsWith(home.resolve(".openjfx"))))
                .as("the temporary folder is gone; the everyday one untouched").containsExactly(temporary);
    }

    @Test
    void aSelfCheckOnABrokenDataFolderFailsWithThePlainReason() throws Exception {
        Path folder = Files.createDirectory(home.resolve("broken"));
        // Where the event log's file belongs, a folder: H2 cannot open the log.
        Files.createDirectory(folder.resolve("salondesk.mv.db"));

        Run run = launch(Map.of("DISPLAY", ""), "--self-check", "--data-dir", folder.toString());

        assertThat(run.exitCode()).isEqualTo(70);
        assertThat(run.stderr()).contains("salondesk: Self-check failed: SalonDesk cannot open its data folder (")
                .contains("Details are in " + folder.resolve("salondesk.log"));
        assertThat(run.stdout()).doesNotContain("Self-check passed");

        Path file = Files.writeString(home.resolve("salondesk.txt"), "a file");
        Run onAFile = launch("--self-check", "--data-dir", file.toString());
        assertThat(onAFile.exitCode()).isEqualTo(64);
        assertThat(onAFile.stderr()).contains("is a file, not a folder");
    }

    private record Run(int exitCode, String stdout, String stderr) {
    }

    private Run launch(String... args) throws IOException, InterruptedException {
        return launch(Map.of(), args);
    }

    private Run launch(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-cp", System.getProperty("java.class.path")));
        // Leading -D options go to the JVM, the rest to the launcher.
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty() && rest.getFirst().startsWith("-D")) {
            command.add(rest.removeFirst());
        }
        command.add(SalonDeskLauncher.class.getName());
        command.addAll(rest);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("SALONDESK_DATA_DIR");
        builder.environment().putAll(environment);
        Process process = builder.start();
        // A self-check records the demo chain and gives itself 120 s; the others take a few seconds.
        assertThat(process.waitFor(150, TimeUnit.SECONDS)).as("the launcher gave up in time").isTrue();
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes()),
                new String(process.getErrorStream().readAllBytes()));
    }

    private static List<Path> everythingIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> !p.equals(folder)).toList();
        }
    }
}
