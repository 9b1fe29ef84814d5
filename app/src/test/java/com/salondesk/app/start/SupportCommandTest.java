package com.salondesk.app.start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salondesk.app.TestSalon;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupportCommandTest {

    @TempDir
    Path home;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void isWantedOnlyWhenTheFirstWordIsACommand() {
        assertThat(SupportCommand.isWanted(List.of("status"))).isTrue();
        assertThat(SupportCommand.isWanted(List.of("rebuild", "all", "--data-dir", "x"))).isTrue();
        assertThat(SupportCommand.isWanted(List.of())).isFalse();
        assertThat(SupportCommand.isWanted(List.of("--data-dir", "status"))).as("a folder named status").isFalse();
    }

    @Test
    void findsTheDataFolderAsTheDeskDoes() {
        Path fromEnv = home.resolve("from-env");
        Map<String, String> env = Map.of(StartOptions.ENVIRONMENT_VARIABLE, fromEnv.toString());

        assertThat(SupportCommand.read(List.of("status"), Map.of(), home).dataFolder())
                .isEqualTo(home.resolve(".salondesk/demo"));
        assertThat(SupportCommand.read(List.of("status"), env, home).dataFolder()).isEqualTo(fromEnv);
        SupportCommand rebuild = SupportCommand.read(List.of("rebuild", "--data-dir", home.resolve("a").toString(),
                "booking_projections"), env, home);
        assertThat(rebuild.words()).containsExactly("rebuild", "booking_projections");
        assertThat(rebuild.dataFolder()).isEqualTo(home.resolve("a"));
        assertThat(SupportCommand.read(List.of("status", "--data-dir=" + home.resolve("b")), env, home).dataFolder())
                .isEqualTo(home.resolve("b"));
    }

    @Test
    void handsACommandItsOwnOptionsAsTyped() {
        SupportCommand log = SupportCommand.read(List.of("log", "--after", "12", "--data-dir", home.toString()),
                Map.of(), home);
        assertThat(log.words()).containsExactly("log", "--after", "12");
        assertThat(log.dataFolder()).isEqualTo(home);
        assertThat(SupportCommand.read(List.of("log", "--after=-1"), Map.of(), home).words())
                .containsExactly("log", "--after=-1");
        assertThat(SupportCommand.read(List.of("connect", "--server", "https://sync.example", "--token", "abc"),
                Map.of(), home).words()).containsExactly("connect", "--server", "https://sync.example", "--token", "abc");
        assertThatThrownBy(() -> SupportCommand.read(List.of("status", "--after", "3"), Map.of(), home))
                .as("only the command that has it").isInstanceOf(BadStartOptions.class)
                .hasMessage("Unknown option '--after'.");
    }

    @Test
    void refusesWhatTheDeskWouldRefuse() {
        assertThatThrownBy(() -> SupportCommand.read(List.of("status", "--data-dir"), Map.of(), home))
                .isInstanceOf(BadStartOptions.class).hasMessageStartingWith("--data-dir needs a folder");
        assertThatThrownBy(() -> SupportCommand.read(List.of("status", "--verbose"), Map.of(), home))
                .isInstanceOf(BadStartOptions.class).hasMessage("Unknown option '--verbose'.");
    }

    @Test
    void runsTheMaintenanceToolOnTheFolderAndReturnsItsStatus() {
        Path folder = home.resolve("desk");
        TestSalon.open(folder).local().close();

        int status = SupportCommand.read(List.of("status", "--data-dir", folder.toString()), Map.of(), home)
                .run(print(out), print(err));

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("read model booking_projections: at 8, 0 behind")
                .contains("dead letters waiting for a person: 0");

        status = SupportCommand.read(List.of("rebuild", "nothing-like-it", "--data-dir", folder.toString()), Map.of(), home)
                .run(print(out), print(err));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("There is no read model named 'nothing-like-it'");
    }

    @Test
    void aFolderWithoutADeskIsReportedAndLeftAlone() {
        Path missing = home.resolve("nowhere");

        int status = SupportCommand.read(List.of("status"), Map.of(StartOptions.ENVIRONMENT_VARIABLE, missing.toString()),
                home).run(print(out), print(err));

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("There is no SalonDesk data in " + missing);
        assertThat(Files.exists(missing)).isFalse();
    }

    @Test
    void helpShowsTheSupportCommands() {
        int status = SupportCommand.read(List.of("status", "--help"), Map.of(), home).run(print(out), print(err));

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("salondesk rebuild <read model>|all");
    }

    @Test
    void helpOnACommandShowsThatCommandsOwnHelp() {
        int status = SupportCommand.read(List.of("rebuild", "--help"), Map.of(), home).run(print(out), print(err));

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: salondesk rebuild")
                .contains("<read model>|all").contains("--data-dir=<folder>");
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
