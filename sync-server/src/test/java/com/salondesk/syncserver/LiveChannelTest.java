package com.salondesk.syncserver;

import static com.salondesk.syncserver.support.TestEvents.bookingConfirmed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salondesk.domain.shared.UuidV7;
import com.salondesk.syncserver.config.SyncServerConfig;
import com.salondesk.syncserver.support.DeskClient;
import com.salondesk.syncserver.support.LiveChannel;
import com.salondesk.syncserver.support.TestChain;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveChannelTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private TestChain chain;
    private SyncServer first;
    private SyncServer second;
    private String sohoToken;
    private String mayfairToken;

    @BeforeAll
    void start() {
        chain = TestChain.create("live");
        chain.tenant("acme");
        chain.tenant("rival");
        SyncServerConfig quick = SyncServerConfig.defaults(Path.of("unused"))
                .withLive(new SyncServerConfig.Live(Duration.ofMillis(300), Duration.ofSeconds(3), Duration.ofSeconds(2)));
        first = chain.startServer(quick);
        second = chain.startServer(quick);
        sohoToken = chain.enrol("acme", "soho", "desk-soho-1").token();
        mayfairToken = chain.enrol("acme", "mayfair", "desk-mayfair-1").token();
    }

    @AfterAll
    void stop() throws Exception {
        chain.close();
    }

    @Test
    void aDeskIsToldTheHeadOnConnectAndWhenAnotherDeskPushes() throws Exception {
        DeskClient soho = new DeskClient(first.port(), sohoToken);
        DeskClient mayfair = new DeskClient(first.port(), mayfairToken);
        long head = soho.pull(0, 1).body().get("head").asLong();
        try (LiveChannel live = mayfair.live()) {
            assertThat(live.nextHead(WAIT)).isEqualTo(head);

            long pushed = soho.push(List.of(bookingConfirmed("acme", "desk-soho-1", "booking-" + UuidV7.next(), 1)))
                    .body().get("head").asLong();

            assertThat(live.awaitHead(pushed, WAIT)).as("announcement of head %d", pushed).isNotNull();
        }
    }

    @Test
    void aDeskListeningOnOneInstanceIsToldOfEventsPushedThroughAnother() throws Exception {
        DeskClient pushThroughSecond = new DeskClient(second.port(), sohoToken);
        DeskClient listenOnFirst = new DeskClient(first.port(), mayfairToken);
        try (LiveChannel live = listenOnFirst.live()) {
            live.nextHead(WAIT);
            long pushed = pushThroughSecond.push(List.of(
                    bookingConfirmed("acme", "desk-soho-1", "booking-" + UuidV7.next(), 1))).body().get("head").asLong();

            Duration took = live.awaitHead(pushed, WAIT);
            assertThat(took).as("head %d announced on the other instance", pushed).isNotNull();
        }
    }

    @Test
    void onlyTheDevicesOwnTenantIsAnnounced() throws Exception {
        String rivalToken = chain.enrol("rival", "leeds", "desk-leeds-live").token();
        try (LiveChannel rival = new DeskClient(first.port(), rivalToken).live()) {
            long rivalHead = rival.nextHead(WAIT);
            new DeskClient(first.port(), sohoToken).push(List.of(
                    bookingConfirmed("acme", "desk-soho-1", "booking-" + UuidV7.next(), 1)));
            assertThat(rival.nextHead(Duration.ofMillis(700))).as("no announcement of acme's head").isEqualTo(-1);
            assertThat(rivalHead).isZero();
        }
    }

    @Test
    void unknownAndRevokedTokensAreRefusedAtTheUpgrade() {
        var enrolled = chain.enrol("acme", "soho", "desk-revoked-before");
        chain.store().directory().revokeDevice("desk-revoked-before");

        assertThatThrownBy(() -> new DeskClient(first.port(), "B".repeat(43)).live())
                .isInstanceOfSatisfying(LiveChannel.Refused.class, r -> assertThat(r.status()).isEqualTo(401));
        assertThatThrownBy(() -> new DeskClient(first.port(), enrolled.token()).live())
                .isInstanceOfSatisfying(LiveChannel.Refused.class, r -> assertThat(r.status()).isEqualTo(403));
    }

    @Test
    void aDeviceRevokedWhileConnectedIsDisconnectedWithinFiveSeconds() throws Exception {
        var enrolled = chain.enrol("acme", "soho", "desk-revoked-live");
        try (LiveChannel live = new DeskClient(second.port(), enrolled.token()).live()) {
            live.nextHead(WAIT);
            long revokedAt = System.nanoTime();
            chain.store().directory().revokeDevice("desk-revoked-live");

            assertThat(live.awaitClosed(Duration.ofSeconds(5))).as("closed by the server").isNotNull();
            assertThat(Duration.ofNanos(System.nanoTime() - revokedAt)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void aDeskThatAnswersPingsStaysConnectedAndASilentOneIsDropped() throws Exception {
        try (LiveChannel answering = new DeskClient(first.port(), sohoToken).live();
             Socket silent = new Socket("127.0.0.1", first.port())) {
            upgradeWithoutEverAnswering(silent, mayfairToken);
            silent.setSoTimeout(10_000);
            long registered = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            while (first.connectedDesks() < 2 && System.nanoTime() < registered) {
                Thread.sleep(10);
            }
            assertThat(first.connectedDesks()).as("both desks registered").isGreaterThanOrEqualTo(2);

            // Silence timeout is 3 s with pings every 0.3 s: the silent desk must be gone well before 8 s.
            long end = System.nanoTime() + Duration.ofSeconds(8).toNanos();
            int read = 0;
            while (System.nanoTime() < end && read >= 0) {
                read = silent.getInputStream().read(new byte[4096]);
            }
            assertThat(read).as("the server closed the silent desk's connection").isEqualTo(-1);
            assertThat(answering.isClosed()).as("the answering desk is still connected").isFalse();
        }
    }

    /** A WebSocket handshake by hand, after which this desk never reads or answers a ping. */
    private static void upgradeWithoutEverAnswering(Socket socket, String token) throws Exception {
        String key = Base64.getEncoder().encodeToString(UuidV7.next().toString().substring(0, 16).getBytes(StandardCharsets.US_ASCII));
        OutputStream out = socket.getOutputStream();
        out.write(("GET /api/v1/live HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\nAuthorization: Bearer " + token
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        String status = in.readLine();
        assertThat(status).contains("101");
    }
}
