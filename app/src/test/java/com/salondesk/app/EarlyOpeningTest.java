package com.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salondesk.app.wiring.DeskOpening;
import com.salondesk.app.wiring.FirstStart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EarlyOpeningTest {

    @TempDir
    Path home;

    @Test
    void theApplicationTakesTheOpeningBegunForItsFolder() throws Exception {
        Path folder = home.resolve("desk");
        EarlyOpening.begin(folder, Clock.systemUTC());

        EarlyOpening early = EarlyOpening.take(folder);

        assertThat(early).isNotNull();
        DeskOpening.Opening opening = early.await();
        assertThat(opening).as("a new folder: a first start").isInstanceOf(FirstStart.class);
        ((FirstStart) opening).close();
        assertThat(EarlyOpening.take(folder)).as("taken once").isNull();
    }

    @Test
    void anOpeningForAnotherFolderIsClosedNotHandedOver() throws Exception {
        Path other = home.resolve("other");
        EarlyOpening.begin(other, Clock.systemUTC());

        assertThat(EarlyOpening.take(home.resolve("desk"))).isNull();

        // Closed in the background: the log in the other folder can be opened again once it is.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            try {
                DeskOpening.Opening reopened = DeskOpening.begin(other, Clock.systemUTC(), step -> { });
                assertThat(reopened).isInstanceOf(FirstStart.class);
                ((FirstStart) reopened).close();
                break;
            } catch (DeskOpening.UnusableDataFolder stillOpen) {
                if (Instant.now().isAfter(deadline)) {
                    throw stillOpen;
                }
                Thread.sleep(100);
            }
        }
    }

    @Test
    void aFailedOpeningThrowsWhatMadeItFail() throws Exception {
        Path file = Files.writeString(home.resolve("a-file"), "not a folder");
        EarlyOpening.begin(file, Clock.systemUTC());

        EarlyOpening early = EarlyOpening.take(file);

        assertThatThrownBy(early::await).isNotInstanceOf(java.util.concurrent.CompletionException.class)
                .isInstanceOf(RuntimeException.class);
    }
}
