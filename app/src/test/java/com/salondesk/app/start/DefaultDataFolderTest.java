package com.salondesk.app.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultDataFolderTest {

    private final Path home = Path.of("/home/anna");

    @Test
    void aDeskFromACheckoutKeepsTheDemoFolderInTheHomeOnEverySystem() {
        for (String os : new String[] {"Linux", "Windows 11", "Mac OS X"}) {
            assertThat(DefaultDataFolder.of(os, false, Map.of("LOCALAPPDATA", "C:\\Users\\anna\\AppData\\Local"), home))
                    .isEqualTo(home.resolve(".salondesk/demo"));
        }
    }

    @Test
    void anInstalledDeskOnLinuxUsesTheXdgDataFolder() {
        assertThat(DefaultDataFolder.of("Linux", true, Map.of(), home))
                .isEqualTo(Path.of("/home/anna/.local/share/SalonDesk"));
        assertThat(DefaultDataFolder.of("Linux", true, Map.of("XDG_DATA_HOME", "/srv/data"), home))
                .isEqualTo(Path.of("/srv/data/SalonDesk"));
        assertThat(DefaultDataFolder.of("Linux", true, Map.of("XDG_DATA_HOME", "relative/data"), home))
                .as("a relative XDG_DATA_HOME is ignored, as the XDG rules say")
                .isEqualTo(Path.of("/home/anna/.local/share/SalonDesk"));
    }

    @Test
    void anInstalledDeskOnMacOsUsesApplicationSupport() {
        assertThat(DefaultDataFolder.of("Mac OS X", true, Map.of("XDG_DATA_HOME", "/srv/data"), home))
                .isEqualTo(Path.of("/home/anna/Library/Application Support/SalonDesk"));
    }

    @Test
    void anInstalledDeskOnWindowsUsesTheLocalAppDataFolder() {
        // Run on Linux, a Windows path is one name; what counts is that the folder is LOCALAPPDATA's.
        Path local = Path.of("/users/anna/AppData/Local");
        assertThat(DefaultDataFolder.of("Windows 11", true, Map.of("LOCALAPPDATA", local.toString()), home))
                .isEqualTo(local.resolve("SalonDesk"));
        assertThat(DefaultDataFolder.of("Windows 11", true, Map.of(), home))
                .as("without LOCALAPPDATA: where Windows keeps it in the profile")
                .isEqualTo(Path.of("/home/anna/AppData/Local/SalonDesk"));
    }

    @Test
    void theStartOptionsUseItWhenNothingNamesAFolder(@TempDir Path someHome) {
        String before = System.getProperty(DefaultDataFolder.INSTALLED_PROPERTY);
        System.setProperty(DefaultDataFolder.INSTALLED_PROPERTY, "true");
        try {
            Path folder = StartOptions.read(List.of(), Map.of(), someHome).dataFolder();
            assertThat(folder).isEqualTo(DefaultDataFolder.of(System.getProperty("os.name"), true, Map.of(), someHome));
            assertThat(folder.getFileName()).hasToString("SalonDesk");
        } finally {
            if (before == null) {
                System.clearProperty(DefaultDataFolder.INSTALLED_PROPERTY);
            } else {
                System.setProperty(DefaultDataFolder.INSTALLED_PROPERTY, before);
            }
        }
    }
}
