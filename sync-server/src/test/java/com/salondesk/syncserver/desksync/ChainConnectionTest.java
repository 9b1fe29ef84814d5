package com.salondesk.syncserver.desksync;

import static com.salondesk.syncserver.desksync.Desks.book;
import static com.salondesk.syncserver.desksync.Desks.newBookingId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salondesk.persistence.backend.ChainConnection;
import com.salondesk.persistence.backend.ConnectRefused;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.DeskIdentity;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.event.EventEnvelope;
import com.salondesk.persistence.event.Json;
import com.salondesk.persistence.sync.DeviceIdentity;
import com.salondesk.persistence.sync.PullResponse;
import com.salondesk.persistence.sync.SyncServerApi;
import com.salondesk.persistence.sync.SyncSettings;
import com.salondesk.persistence.sync.TokenRefused;
import com.salondesk.persistence.tools.DeskMaintenance;
import com.salondesk.syncserver.SyncServer;
import com.salondesk.syncserver.support.TestChain;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Connecting desks to a chain (ChainConnection and 'salondesk connect' / 'salondesk sync') against a real server. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChainConnectionTest {

    private static final AtomicInteger TENANTS = new AtomicInteger();

    private TestChain chain;
    private SyncServer server;
    private Locale locale;

    @TempDir
    Path folder;

    @BeforeAll
    void start() {
        locale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        chain = TestChain.create("connect");
        server = chain.startServer();
    }

    @AfterAll
    void stop() throws Exception {
        Locale.setDefault(locale);
        chain.close();
    }

    private String newTenant() {
        String tenant = "joining-" + TENANTS.incrementAndGet();
        chain.tenant(tenant);
        return tenant;
    }

    private String url() {
        return "http://127.0.0.1:" + server.port();
    }

    /** A tenant whose first desk has pushed {@code events} bookings. */
    private String tenantWithHistory(int events) {
        String tenant = newTenant();
        String token = chain.enrol(tenant, "hq", tenant + "-first").token();
        try (DeskBackEnd first = Desks.open(folder.resolve(tenant + "-first"), tenant, tenant + "-first")) {
            for (int i = 0; i < events; i++) {
                book(first, newBookingId());
            }
            first.openSync(Desks.settings(server, token)).runRound();
        }
        return tenant;
    }

    private List<EventEnvelope> serverLog(String token) {
        try (SyncServerApi api = new SyncServerApi(Desks.settings(server, token), Json.mapper())) {
            PullResponse all = api.pull(0, 1000);
            return all.events();
        }
    }

    @Test
    void aStandaloneDeskWithDataIsRefusedByATenantWithHistoryAndNothingChanges() {
        String tenant = tenantWithHistory(1);
        String token = chain.enrol(tenant, "soho", tenant + "-soho").token();
        Path data = folder.resolve("standalone");
        try (DeskBackEnd desk = Desks.open(data, "demo", "demo-desk")) {
            RecordedEvent mine = book(desk, newBookingId());

            assertThatThrownBy(() -> ChainConnection.connect(desk, data, Desks.settings(server, token).server(), token))
                    .isInstanceOf(ConnectRefused.class)
                    .satisfies(e -> assertThat(((ConnectRefused) e).reason()).isEqualTo(ConnectRefused.TENANT_HAS_HISTORY))
                    .hasMessageContaining("Nothing was changed");

            assertThat(desk.identity().read()).contains(new DeskIdentity("demo", "soho", "demo-desk"));
            assertThat(desk.log().readStream(mine.streamId())).containsExactly(mine);
            assertThat(SyncSettings.read(data)).isEmpty();
        }
    }

    @Test
    void aStandaloneDeskJoinsAnEmptyTenantAndItsEventsAreUploadedAsTheNewDevices() {
        String tenant = newTenant();
        String device = tenant + "-soho";
        String token = chain.enrol(tenant, "soho", device).token();
        Path data = folder.resolve("standalone");
        try (DeskBackEnd desk = Desks.open(data, "demo", "demo-desk")) {
            RecordedEvent first = book(desk, newBookingId());
            RecordedEvent second = book(desk, newBookingId());

            DeviceIdentity joined = ChainConnection.connect(desk, data, Desks.settings(server, token).server(), token);

            assertThat(joined).isEqualTo(new DeviceIdentity(tenant, "soho", device));
            assertThat(desk.identity().read()).contains(new DeskIdentity(tenant, "soho", device));
            assertThat(SyncSettings.read(data)).contains(Desks.settings(server, token));
            desk.openSync(SyncSettings.read(data).orElseThrow()).runRound();
        }
        List<EventEnvelope> uploaded = serverLog(token);
        assertThat(uploaded).hasSize(2);
        assertThat(uploaded).allSatisfy(e -> {
            assertThat(e.metadata().tenantId()).isEqualTo(tenant);
            assertThat(e.metadata().deviceId()).isEqualTo(device);
        });
    }

    @Test
    void anUnknownTokenChangesNothing() {
        Path data = folder.resolve("desk");
        String unknown = "A".repeat(43);
        try (DeskBackEnd desk = DeskBackEnd.open(data, Clock.systemUTC())) {
            assertThatThrownBy(() -> ChainConnection.connect(desk, data, Desks.settings(server, unknown).server(), unknown))
                    .isInstanceOf(TokenRefused.class);
            assertThat(desk.identity().read()).isEmpty();
        }
        assertThat(SyncSettings.read(data)).isEmpty();
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return DeskMaintenance.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void fromTheCommandLineANewDeskConnectsDownloadsTheChainAndSyncs() throws Exception {
        String tenant = tenantWithHistory(1200);
        String device = tenant + "-mayfair";
        String token = chain.enrol(tenant, "mayfair", device).token();
        Path data = folder.resolve("new-desk");

        assertThat(run("connect", "--server", url(), "--token", token, "--data-dir", data.toString()))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("connected: chain " + tenant + ", branch mayfair, device " + device);
        assertThat(printed).contains("downloading: ").contains("of 1200 events").contains("downloaded 1200 events");
        try (DeskBackEnd desk = DeskBackEnd.open(data, Clock.systemUTC())) {
            assertThat(desk.log().count()).isEqualTo(1200);
            assertThat(desk.log().pulledThrough()).isEqualTo(1200);
            assertThat(desk.identity().read()).contains(new DeskIdentity(tenant, "mayfair", device));
            book(desk, newBookingId());
        }

        assertThat(run("sync", "--data-dir", data.toString())).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("pushed 1, pulled 0, pending 0, conflicts 0");

        chain.store().directory().revokeDevice(device);
        assertThat(run("sync", "--data-dir", data.toString())).isEqualTo(5);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("revoked");
    }

    @Test
    void theCommandLineSaysWhatIsWrongWithItsInput() {
        Path data = folder.resolve("desk");
        String token = "B".repeat(43);

        assertThat(run("connect", "--server", "sync.example.com", "--token", token, "--data-dir", data.toString()))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not a sync server's address");
        assertThat(run("connect", "--server", url(), "--token", "short", "--data-dir", data.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("This is not a device token");
        assertThat(run("connect", "--token", token, "--data-dir", data.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--server");
        assertThat(run("connect", "--server", url(), "--token", token, "--data-dir", data.toString())).isEqualTo(5);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("does not accept this desk's token");
        // Nobody listens on port 9 (discard) of this machine: the server cannot be reached.
        assertThat(run("connect", "--server", "http://127.0.0.1:9", "--token", token, "--data-dir", data.toString()))
                .isEqualTo(4);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot be reached");
        assertThat(SyncSettings.read(data)).isEmpty();
        assertThat(run("sync", "--data-dir", data.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not connected to a sync server");
    }
}
