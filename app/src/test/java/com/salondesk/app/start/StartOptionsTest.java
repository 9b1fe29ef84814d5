package com.salondesk.app.start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartOptionsTest {

    @TempDir
    Path home;

    @Test
    void defaultsToADemoFolderInTheHome() {
        StartOptions options = StartOptions.read(List.of(), Map.of(), home);

        assertThat(options.dataFolder()).isEqualTo(home.resolve(".salondesk/demo").toAbsolutePath());
        assertThat(Files.exists(options.dataFolder())).as("reading options creates nothing").isFalse();
    }

    @Test
    void takesTheEnvironmentOverTheDefaultAndTheCommandLineOverBoth() {
        Map<String, String> env = Map.of(StartOptions.ENVIRONMENT_VARIABLE, home.resolve("from-env").toString());

        assertThat(StartOptions.read(List.of(), env, home).dataFolder()).isEqualTo(home.resolve("from-env"));
        assertThat(StartOptions.read(List.of("--data-dir", home.resolve("a").toString()), env, home).dataFolder())
                .isEqualTo(home.resolve("a"));
        assertThat(StartOptions.read(List.of("--data-dir=" + home.resolve("b")), env, home).dataFolder())
                .isEqualTo(home.resolve("b"));
    }

    @Test
    void ignoresTheEmptyArgumentMavenPassesWhenNoOptionsAreGiven() {
        assertThat(StartOptions.read(List.of(""), Map.of(), home).dataFolder()).isEqualTo(home.resolve(".salondesk/demo"));
    }

    @Test
    void ignoresABlankEnvironmentVariable() {
        Map<String, String> env = Map.of(StartOptions.ENVIRONMENT_VARIABLE, "  ");

        assertThat(StartOptions.read(List.of(), env, home).dataFolder()).isEqualTo(home.resolve(".salondesk/demo"));
    }

    @Test
    void refusesAnUnknownOption() {
        assertThatThrownBy(() -> StartOptions.read(List.of("--date-dir", "x"), Map.of(), home))
                .isInstanceOf(BadStartOptions.class).hasMessage("Unknown option '--date-dir'.");
    }

    @Test
    void refusesADataDirWithoutAFolder() {
        assertThatThrownBy(() -> StartOptions.read(List.of("--data-dir"), Map.of(), home))
                .isInstanceOf(BadStartOptions.class).hasMessageStartingWith("--data-dir needs a folder");
        assertThatThrownBy(() -> StartOptions.read(List.of("--data-dir", "--help"), Map.of(), home))
                .isInstanceOf(BadStartOptions.class).hasMessageStartingWith("--data-dir needs a folder");
        assertThatThrownBy(() -> StartOptions.read(List.of("--data-dir="), Map.of(), home))
                .isInstanceOf(BadStartOptions.class).hasMessageStartingWith("--data-dir needs a folder");
    }

    @Test
    void refusesAFileWhereTheFolderShouldBe() throws IOException {
        Path file = Files.writeString(home.resolve("notes.txt"), "not a folder");

        assertThatThrownBy(() -> StartOptions.read(List.of("--data-dir", file.toString()), Map.of(), home))
                .isInstanceOf(BadStartOptions.class).hasMessage("The data folder " + file + " is a file, not a folder.");
        assertThatThrownBy(() -> StartOptions.read(List.of("--data-dir", file.resolve("inside").toString()),
                Map.of(), home))
                .isInstanceOf(BadStartOptions.class).hasMessageContaining(file + " is a file");
    }

    @Test
    void asksForHelp() {
        assertThat(StartOptions.read(List.of("--help"), Map.of(), home).helpWanted()).isTrue();
    }

    @Test
    void asksForTheVersionWhichTheBuildFilledIn() {
        StartOptions options = StartOptions.read(List.of("--version"), Map.of(), home);

        assertThat(options.versionWanted()).isTrue();
        assertThat(options.helpWanted()).isFalse();
        assertThat(options.dataFolder()).isNull();
        assertThat(StartOptions.read(List.of("-V"), Map.of(), home).versionWanted()).isTrue();
        assertThat(StartOptions.versionLine()).matches("SalonDesk \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void aPersonIsAskedOnAFirstStartUnlessStandaloneOrASelfCheckIsAskedFor() {
        Map<String, String> env = Map.of(StartOptions.ENVIRONMENT_VARIABLE, home.resolve("everyday").toString());

        assertThat(StartOptions.read(List.of(), env, home).standalone()).as("a person at the desk is asked").isFalse();
        assertThat(StartOptions.read(List.of("--standalone"), env, home).standalone()).isTrue();
        assertThat(StartOptions.read(List.of("--self-check"), env, home).standalone())
                .as("nobody is there to answer a self-check").isTrue();
        assertThat(StartOptions.usage()).contains("--standalone");
    }

    @Test
    void aSelfCheckUsesOnlyTheDataDirGivenOnTheCommandLine() throws IOException {
        Map<String, String> env = Map.of(StartOptions.ENVIRONMENT_VARIABLE, home.resolve("everyday").toString());

        StartOptions temporary = StartOptions.read(List.of("--self-check"), env, home);
        assertThat(temporary.selfCheck()).isTrue();
        assertThat(temporary.dataFolder()).as("the launcher makes a temporary folder").isNull();

        StartOptions given = StartOptions.read(List.of("--self-check", "--data-dir", home.resolve("ci").toString()),
                env, home);
        assertThat(given.selfCheck()).isTrue();
        assertThat(given.dataFolder()).isEqualTo(home.resolve("ci"));
        assertThat(StartOptions.read(List.of(), env, home).selfCheck()).isFalse();

        Path file = Files.writeString(home.resolve("notes.txt"), "not a folder");
        assertThatThrownBy(() -> StartOptions.read(List.of("--self-check", "--data-dir", file.toString()), env, home))
                .isInstanceOf(BadStartOptions.class).hasMessage("The data folder " + file + " is a file, not a folder.");
    }

    @Test
    void saysHowASelfCheckEnded() {
        Path log = home.resolve("salondesk.log");

        assertThat(StartOptions.selfCheckPassed(home)).isEqualTo("Self-check passed: the appointment book showed on "
                + "demo data in " + home + ", and the desk closed cleanly.");
        assertThat(StartOptions.selfCheckFailed("The data folder is in use.", log))
                .isEqualTo("Self-check failed: The data folder is in use. Details are in " + log + ".");
        assertThat(StartOptions.selfCheckTooSlow(120, log)).isEqualTo("Self-check failed: the appointment book did "
                + "not show within 120 seconds. Details are in " + log + ".");
    }

    @Test
    void showsItsHelpAndRefusesInTheLanguageOfTheMachine() {
        assertThat(StartOptions.usage()).startsWith("Usage: salondesk").contains("--data-dir=<folder>")
                .contains("$SALONDESK_DATA_DIR").contains("-V, --version").contains("--self-check");
        assertThat(StartOptions.cannotOpenWindow("Unable to open DISPLAY", home.resolve("salondesk.log")))
                .startsWith("Cannot open a window (Unable to open DISPLAY). SalonDesk needs a desktop session;")
                .endsWith("Details are in " + home.resolve("salondesk.log") + ".");
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            assertThat(StartOptions.usage()).startsWith("Aufruf: salondesk").contains("Ereignisprotokoll")
                    .contains("Selbsttest", "Die Version");
            assertThat(StartOptions.selfCheckTooSlow(120, home)).startsWith("Selbsttest fehlgeschlagen:");
            assertThatThrownBy(() -> StartOptions.read(List.of("--date-dir", "x"), Map.of(), home))
                    .isInstanceOf(BadStartOptions.class).hasMessage("Unbekannte Option '--date-dir'.");
            assertThat(StartOptions.cannotOpenWindow("Unable to open DISPLAY", home.resolve("salondesk.log")))
                    .isEqualTo("Es lässt sich kein Fenster öffnen (Unable to open DISPLAY). SalonDesk braucht eine"
                               + " Desktop-Sitzung, unter Linux außerdem GTK 3 (libgtk-3-0). Einzelheiten stehen in "
                               + home.resolve("salondesk.log") + ".");
        } finally {
            Locale.setDefault(before);
        }
    }
}
