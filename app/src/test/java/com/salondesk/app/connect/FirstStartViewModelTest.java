package com.salondesk.app.connect;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.ChainServerStandIn;
import com.salondesk.app.TestSalon;
import com.salondesk.app.demo.DemoChain;
import com.salondesk.app.port.BranchView;
import com.salondesk.app.task.CurrentThreadTaskExecutor;
import com.salondesk.app.wiring.DeskOpening;
import com.salondesk.app.wiring.FirstStart;
import com.salondesk.app.wiring.FrontDesk;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.DeskIdentity;
import com.salondesk.persistence.sync.SyncSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first start on an empty data folder, answered by a sync server over real HTTP: each refusal beside its field
 * with nothing stored, a chain's history downloaded before the desk is ready, or the demo chain.
 */
class FirstStartViewModelTest {

    @TempDir
    Path root;
    private Path folder;
    private FirstStart first;
    private FirstStartViewModel screen;
    private final AtomicInteger ready = new AtomicInteger();
    private ChainServerStandIn server;

    @BeforeEach
    void anEmptyFolder() {
        folder = root.resolve("desk");
        first = (FirstStart) DeskOpening.begin(folder, TestSalon.clock(), step -> { });
        screen = new FirstStartViewModel(first, new CurrentThreadTaskExecutor(), Runnable::run, ready::incrementAndGet);
    }

    @AfterEach
    void close() {
        first.close();
        if (server != null) {
            server.close();
        }
    }

    private void connectTo(URI address, String token) {
        screen.form().serverTextProperty().set(address.toString());
        screen.form().tokenTextProperty().set(token);
        screen.form().connect();
    }

    private void nothingWasStored() {
        assertThat(SyncSettings.read(folder)).isEmpty();
        assertThat(first.connection().connected()).isFalse();
        assertThat(first.connection().deviceId()).as("no identity taken").isEmpty();
        assertThat(screen.stepProperty().get()).isEqualTo(FirstStartViewModel.Step.CHOOSING);
        assertThat(ready.get()).isZero();
    }

    @Test
    void noServerAtTheAddressIsSaidBesideTheAddress() {
        server = ChainServerStandIn.empty();
        URI gone = server.address();
        server.close();
        server = null;

        connectTo(gone, ChainServerStandIn.TOKEN);

        assertThat(screen.form().serverErrorProperty().get()).as(screen.form().connectErrorProperty().get()).isEqualTo(
                "No sync server answers at this address. Check the address and the internet connection, then try again.");
        assertThat(screen.form().tokenErrorProperty().get()).isEmpty();
        nothingWasStored();
    }

    @Test
    void anUnknownOrRevokedTokenIsSaidBesideTheToken() {
        server = ChainServerStandIn.empty();

        connectTo(server.address(), "typed");
        assertThat(screen.form().tokenErrorProperty().get()).startsWith("This is not an enrolment token");
        nothingWasStored();

        connectTo(server.address(), ChainServerStandIn.TOKEN.replace('c', 'd'));
        assertThat(screen.form().tokenErrorProperty().get()).isEqualTo(
                "The sync server does not know this token. Check it against the printout, or ask headquarters for a new one.");
        nothingWasStored();

        server.answerTokenWith(403);
        connectTo(server.address(), ChainServerStandIn.TOKEN);
        assertThat(screen.form().tokenErrorProperty().get())
                .isEqualTo("Headquarters has revoked this token. Ask them for a new one.");
        assertThat(screen.form().serverErrorProperty().get()).isEmpty();
        nothingWasStored();
    }

    @Test
    void fieldsThatCannotBeUsedAreSaidBeforeAnythingIsAsked() {
        screen.form().connect();
        assertThat(screen.form().serverErrorProperty().get())
                .isEqualTo("Enter the sync server's address, as headquarters gave it.");
        assertThat(screen.form().tokenErrorProperty().get())
                .isEqualTo("Enter the enrolment token headquarters printed for this desk.");
        screen.form().serverTextProperty().set("ftp://sync.example.com");
        assertThat(screen.form().serverErrorProperty().get()).as("a changed field drops its old error").isEmpty();
        screen.form().connect();
        assertThat(screen.form().serverErrorProperty().get()).startsWith("This is not a web address.");
        nothingWasStored();

        assertThat(ConnectFormViewModel.server("sync.example.com")).contains(URI.create("https://sync.example.com"));
        assertThat(ConnectFormViewModel.server(" http://10.0.0.5:8080 ")).contains(URI.create("http://10.0.0.5:8080"));
        assertThat(ConnectFormViewModel.server("https://")).isEmpty();
    }

    @Test
    void connectingTakesTheTokensIdentityDownloadsTheChainsHistoryAndThenTheDeskIsReady() {
        Path salon = root.resolve("salon");
        TestSalon.recordWithoutIdentity(salon);
        try (DeskBackEnd recorded = DeskBackEnd.open(salon, TestSalon.clock())) {
            server = ChainServerStandIn.withHistory(recorded.log().readAfter(0, 10_000));
        }

        connectTo(server.address(), "  " + ChainServerStandIn.TOKEN + " ");

        assertThat(screen.stepProperty().get()).isEqualTo(FirstStartViewModel.Step.READY);
        assertThat(ready.get()).isEqualTo(1);
        assertThat(screen.connectedToProperty().get()).isEqualTo("Connected to chain test-salons as branch soho, "
                + "device desk-soho-new (" + server.address() + ").");
        int history = server.eventCount();
        assertThat(screen.receivedProperty().get())
                .isEqualTo(history + " of " + history + " events received");
        assertThat(screen.downloadedProperty().get()).isEqualTo(1.0);
        assertThat(SyncSettings.read(folder)).hasValueSatisfying(s -> assertThat(s.server()).isEqualTo(server.address()));

        try (FrontDesk desk = first.open()) {
            assertThat(desk.identity()).isEqualTo(new DeskIdentity("test-salons", "soho", "desk-soho-new"));
            assertThat(desk.days().branches()).extracting(BranchView::name).containsExactly("Soho");
            assertThat(desk.local().log().count()).isEqualTo(history);
            assertThat(desk.connecting().connection().server()).isEqualTo(server.address());
        }
    }

    @Test
    void aDownloadCutShortSaysSoAndTheBookOpensOnWhatCame() {
        Path salon = root.resolve("salon");
        TestSalon.recordWithoutIdentity(salon);
        try (DeskBackEnd recorded = DeskBackEnd.open(salon, TestSalon.clock())) {
            server = ChainServerStandIn.withHistory(recorded.log().readAfter(0, 10_000));
        }
        server.failPullsFrom(3);

        connectTo(server.address(), ChainServerStandIn.TOKEN);

        assertThat(screen.stepProperty().get()).isEqualTo(FirstStartViewModel.Step.DOWNLOADING);
        assertThat(screen.downloadProblemProperty().get()).isEqualTo("The download stopped before the end; the desk "
                + "fetches the rest by itself when the server can be reached. The sync server cannot be reached just "
                + "now. The desk keeps trying by itself.");
        assertThat(ready.get()).isZero();
        assertThat(SyncSettings.read(folder)).as("the desk is connected all the same").isPresent();

        screen.openWithWhatCame();

        assertThat(screen.stepProperty().get()).isEqualTo(FirstStartViewModel.Step.READY);
        assertThat(ready.get()).isEqualTo(1);
        try (FrontDesk desk = first.open()) {
            assertThat(desk.local().log().count()).isEqualTo(3);
        }
    }

    @Test
    void workingStandaloneRecordsTheDemoChain() {
        screen.workStandalone();

        assertThat(screen.stepProperty().get()).isEqualTo(FirstStartViewModel.Step.READY);
        assertThat(ready.get()).isEqualTo(1);
        assertThat(SyncSettings.read(folder)).isEmpty();
        try (FrontDesk desk = first.open()) {
            assertThat(desk.identity().tenantId()).isEqualTo(DemoChain.TENANT);
            assertThat(desk.sync().connection().connected()).isFalse();
        }
    }

    @Test
    void theTimeLeftIsSaidInMinutesAndSeconds() {
        assertThat(FirstStartViewModel.timeLeft(null)).isEqualTo("Working out the time left…");
        assertThat(FirstStartViewModel.timeLeft(Duration.ofMillis(300))).isEqualTo("About 1 s left");
        assertThat(FirstStartViewModel.timeLeft(Duration.ZERO)).isEqualTo("Almost done");
        assertThat(FirstStartViewModel.timeLeft(Duration.ofSeconds(65))).isEqualTo("About 1 min 05 s left");
    }
}
