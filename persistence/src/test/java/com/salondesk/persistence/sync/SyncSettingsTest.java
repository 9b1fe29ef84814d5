package com.salondesk.persistence.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncSettingsTest {

    private static final String TOKEN = "kVL3QIfwe_uK-mWeMsXTWILSfJ0PBo6kbEuHc_GQJWg";

    @TempDir
    Path folder;

    @Test
    void keptInTheDataFolderAndReadBack() {
        SyncSettings settings = SyncSettings.of(" https://sync.example.com/ ", TOKEN + "\n");

        settings.save(folder);

        assertThat(SyncSettings.read(folder)).contains(settings);
        assertThat(settings.server()).isEqualTo(URI.create("https://sync.example.com"));
        assertThat(settings.resolve(SyncApi.ME)).isEqualTo(URI.create("https://sync.example.com/api/v1/me"));
        assertThat(settings.token()).isEqualTo(TOKEN);
        try (var files = java.util.stream.Stream.of(folder.toFile().list())) {
            assertThat(files).containsExactly(SyncSettings.FILE); // no temporary file left behind
        }
    }

    @Test
    void onlyItsOwnerMayReadTheFile() throws Exception {
        assumeTrue(Files.getFileStore(folder).supportsFileAttributeView("posix"), "a file system with POSIX permissions");
        SyncSettings.of("http://127.0.0.1:8081", TOKEN).save(folder);
        SyncSettings.of("http://127.0.0.1:8082", TOKEN).save(folder); // replacing keeps it private too

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(SyncSettings.FILE))))
                .isEqualTo("rw-------");
        assertThat(SyncSettings.read(folder).orElseThrow().server()).isEqualTo(URI.create("http://127.0.0.1:8082"));
    }

    @Test
    void aStandaloneDeskHasNoneAndForgettingMakesItStandalone() {
        assertThat(SyncSettings.read(folder)).isEmpty();
        SyncSettings.of("https://sync.example.com", TOKEN).save(folder);

        SyncSettings.forget(folder);

        assertThat(SyncSettings.read(folder)).isEmpty();
    }

    @Test
    void addressesThatAreNotAServersAreRefusedInPlainWords() {
        assertThatThrownBy(() -> SyncSettings.of("ftp://sync.example.com", TOKEN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must begin with https://");
        assertThatThrownBy(() -> SyncSettings.of("sync.example.com", TOKEN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must begin with https://");
        assertThatThrownBy(() -> SyncSettings.of("https://sync example", TOKEN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a web address");
        assertThatThrownBy(() -> SyncSettings.of("https://sync.example.com/?x=1", TOKEN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has more");
    }

    @Test
    void tokensThatCannotBeDeviceTokensAreRefusedWithoutBeingShown() {
        assertThatThrownBy(() -> SyncSettings.of("https://sync.example.com", "short"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a device token");
        String withSpace = TOKEN.substring(0, 20) + " " + TOKEN.substring(20);
        assertThatThrownBy(() -> SyncSettings.of("https://sync.example.com", withSpace))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining(TOKEN.substring(0, 20));
        assertThat(SyncSettings.of("https://sync.example.com", TOKEN).toString()).doesNotContain(TOKEN.substring(0, 39));
    }

    @Test
    void aDamagedFileSaysSoAndHowToMendIt() throws Exception {
        Files.writeString(folder.resolve(SyncSettings.FILE), "server=https://sync.example.com\ntoken=nope\n");

        assertThatThrownBy(() -> SyncSettings.read(folder)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("damaged").hasMessageContaining("Connect the desk again");

        Files.writeString(folder.resolve(SyncSettings.FILE), "server=https://sync.example.com\n");
        assertThatThrownBy(() -> SyncSettings.read(folder)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("incomplete");
    }
}
