package com.salondesk.syncserver;

import static com.salondesk.syncserver.support.TestEvents.bookingConfirmed;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salondesk.domain.shared.UuidV7;
import com.salondesk.syncserver.support.DeskClient;
import com.salondesk.syncserver.support.DeskClient.Answer;
import com.salondesk.syncserver.support.TestChain;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PushAndPullTest {

    private TestChain chain;
    private SyncServer server;
    private DeskClient soho;
    private DeskClient mayfair;
    private DeskClient otherChain;

    @BeforeAll
    void startServer() {
        chain = TestChain.create("push_pull");
        chain.tenant("acme");
        chain.tenant("rival");
        server = chain.startServer();
        soho = new DeskClient(server.port(), chain.enrol("acme", "soho", "desk-soho-1").token());
        mayfair = new DeskClient(server.port(), chain.enrol("acme", "mayfair", "desk-mayfair-1").token());
        otherChain = new DeskClient(server.port(), chain.enrol("rival", "leeds", "desk-leeds-1").token());
    }

    @AfterAll
    void stop() throws Exception {
        chain.close();
    }

    private static String stream() {
        return "booking-" + UuidV7.next();
    }

    @Test
    void acceptedEventsGetConsecutivePositionsAndArePulledInOrderWithTheHead() {
        String booking = stream();
        long before = soho.pull(0, 1000).body().get("head").asLong();
        Answer push = soho.push(List.of(bookingConfirmed("acme", "desk-soho-1", booking, 1),
                bookingConfirmed("acme", "desk-soho-1", booking, 2)));

        assertThat(push.status()).isEqualTo(200);
        assertThat(push.body().get("results")).extracting(r -> r.get("status").asText()).containsExactly("accepted", "accepted");
        assertThat(push.body().get("results").get(0).get("globalPosition").asLong()).isEqualTo(before + 1);
        assertThat(push.body().get("results").get(1).get("globalPosition").asLong()).isEqualTo(before + 2);
        assertThat(push.body().get("head").asLong()).isEqualTo(before + 2);

        Answer pulled = mayfair.pull(before, 10);
        assertThat(pulled.status()).isEqualTo(200);
        assertThat(pulled.body().get("events")).extracting(e -> e.get("globalPosition").asLong())
                .containsExactly(before + 1, before + 2);
        assertThat(pulled.body().get("events").get(0).get("streamId").asText()).isEqualTo(booking);
        assertThat(pulled.body().get("head").asLong()).isEqualTo(before + 2);
    }

    @Test
    void aRetriedBatchIsAnsweredAsDuplicatesWithTheOriginalPositionsAndMayContinueWithNewVersions() {
        String booking = stream();
        ObjectNode first = bookingConfirmed("acme", "desk-soho-1", booking, 1);
        long position = soho.push(List.of(first)).body().get("results").get(0).get("globalPosition").asLong();

        Answer retry = soho.push(List.of(first.deepCopy(), bookingConfirmed("acme", "desk-soho-1", booking, 2)));

        assertThat(retry.status()).isEqualTo(200);
        JsonNode results = retry.body().get("results");
        assertThat(results.get(0).get("status").asText()).isEqualTo("duplicate");
        assertThat(results.get(0).get("globalPosition").asLong()).isEqualTo(position);
        assertThat(results.get(1).get("status").asText()).isEqualTo("accepted");
    }

    @Test
    void aRetryOfAnEventWithNanosecondsIsADuplicateAndComesBackToTheMicrosecond() {
        String booking = stream();
        ObjectNode precise = bookingConfirmed("acme", "desk-soho-1", booking, 1);
        precise.put("timestamp", "2026-11-26T10:15:30.123456789Z");
        long position = soho.push(List.of(precise)).body().get("results").get(0).get("globalPosition").asLong();

        Answer retry = soho.push(List.of(precise.deepCopy()));

        assertThat(retry.body().get("results").get(0).get("status").asText()).isEqualTo("duplicate");
        JsonNode pulled = soho.pull(position - 1, 1).body().get("events").get(0);
        assertThat(pulled.get("timestamp").asText()).isEqualTo("2026-11-26T10:15:30.123456Z");
    }

    @Test
    void anAmountWithMoreDigitsThanADoubleHoldsIsStoredAndPulledDigitForDigit() {
        String amount = "12345678901234567.89";
        ObjectNode priceChanged = bookingConfirmed("acme", "desk-soho-1", "service-cut-" + UuidV7.next(), 1);
        priceChanged.put("type", "service.price-changed");
        priceChanged.putObject("payload").put("serviceId", "cut").putObject("price")
                .put("amount", new BigDecimal(amount)).put("currency", "GBP");
        Answer push = soho.push(List.of(priceChanged));
        assertThat(push.status()).isEqualTo(200);
        long position = push.body().get("results").get(0).get("globalPosition").asLong();

        Answer pulled = mayfair.pull(position - 1, 1);

        assertThat(pulled.text()).contains("\"amount\":" + amount + ",");
        assertThat(pulled.body().get("events").get(0).get("payload").get("price").get("amount").decimalValue())
                .isEqualTo(new BigDecimal(amount));
    }

    @Test
    void aStreamThatMovedOnIsAConflictWithItsCurrentVersionAndNoneOfItsEventsIsStored() {
        String schedule = "schedule-st7-" + UuidV7.next();
        String unrelated = stream();
        soho.push(List.of(bookingConfirmed("acme", "desk-soho-1", schedule, 1)));
        long head = soho.pull(0, 1).body().get("head").asLong();

        Answer late = mayfair.push(List.of(bookingConfirmed("acme", "desk-mayfair-1", schedule, 1),
                bookingConfirmed("acme", "desk-mayfair-1", schedule, 2),
                bookingConfirmed("acme", "desk-mayfair-1", unrelated, 1)));

        JsonNode results = late.body().get("results");
        for (int i = 0; i < 2; i++) {
            assertThat(results.get(i).get("status").asText()).isEqualTo("conflict");
            assertThat(results.get(i).get("streamId").asText()).isEqualTo(schedule);
            assertThat(results.get(i).get("currentVersion").asLong()).isEqualTo(1);
            assertThat(results.get(i).has("globalPosition")).isFalse();
        }
        assertThat(results.get(2).get("status").asText()).as("other streams are independent").isEqualTo("accepted");
        assertThat(results.get(2).get("globalPosition").asLong()).isEqualTo(head + 1);
    }

    @Test
    void anIdStoredWithDifferentContentIsA409ForTheWholeBatchAndStoresNothing() {
        String booking = stream();
        UUID id = UuidV7.next();
        soho.push(List.of(bookingConfirmed(id, "acme", "desk-soho-1", booking, 1)));
        long count = chain.store().events().count();

        ObjectNode changed = bookingConfirmed(id, "acme", "desk-soho-1", booking, 1);
        ((ObjectNode) changed.get("payload")).put("bookingId", "something-else");
        Answer answer = soho.push(List.of(bookingConfirmed("acme", "desk-soho-1", stream(), 1), changed));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("status").asInt()).isEqualTo(409);
        assertThat(answer.body().get("errors")).extracting(e -> e.get("id").asText()).containsExactly(id.toString());
        assertThat(chain.store().events().count()).isEqualTo(count);
    }

    @Test
    void checksRunInProtocolOrderAuthenticationThenContentTypeThenSizeThenShapeThenTenant() {
        DeskClient stranger = new DeskClient(server.port(), "A".repeat(43));
        String oversized = "{\"events\":[" + "x".repeat(1024 * 1024 + 10) + "]}";

        HttpRequest unauthenticatedWrongType = stranger.request("/api/v1/events").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(oversized)).build();
        assertThat(stranger.send(unauthenticatedWrongType).status()).isEqualTo(401);

        HttpRequest wrongTypeOversized = soho.request("/api/v1/events").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(oversized)).build();
        assertThat(soho.send(wrongTypeOversized).status()).isEqualTo(415);

        assertThat(soho.push(oversized).status()).isEqualTo(413);

        ObjectNode foreignAndBroken = bookingConfirmed("rival", "desk-soho-1", stream(), 1);
        foreignAndBroken.remove("timestamp");
        assertThat(soho.push(List.of(foreignAndBroken)).status()).as("shape before tenant").isEqualTo(400);

        Answer foreign = soho.push(List.of(bookingConfirmed("rival", "desk-soho-1", stream(), 1)));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.body().get("type").asText()).isEqualTo("urn:salondesk:problem:tenant-mismatch");
        assertThat(foreign.body().get("errors").get(0).get("field").asText()).isEqualTo("metadata.tenantId");
    }

    @Test
    void aBatchOverTheEventLimitIsRefusedWith413() {
        String booking = stream();
        List<ObjectNode> events = new ArrayList<>();
        for (int v = 1; v <= 501; v++) {
            events.add(bookingConfirmed("acme", "desk-soho-1", booking, v));
        }
        Answer answer = soho.push(events);
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body().get("detail").asText()).contains("501").contains("500");
    }

    @Test
    void aDeviceCannotPushForAnotherDeviceOfItsTenant() {
        Answer answer = soho.push(List.of(bookingConfirmed("acme", "desk-mayfair-1", stream(), 1)));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.body().get("errors").get(0).get("field").asText()).isEqualTo("metadata.deviceId");
    }

    @Test
    void pullsAreScopedToTheTokensTenant() {
        String secret = stream();
        otherChain.push(List.of(bookingConfirmed("rival", "desk-leeds-1", secret, 1)));
        JsonNode acmeEvents = soho.pull(0, 1000).body().get("events");
        assertThat(acmeEvents).noneMatch(e -> e.get("streamId").asText().equals(secret));
        assertThat(acmeEvents).allMatch(e -> e.get("metadata").get("tenantId").asText().equals("acme"));
        assertThat(otherChain.pull(0, 1000).body().get("events")).extracting(e -> e.get("streamId").asText())
                .contains(secret);
    }

    @Test
    void pullLimitsAreValidatedAndCappedAtOneThousand() {
        assertThat(soho.get("/api/v1/events?after=-1").status()).isEqualTo(400);
        assertThat(soho.get("/api/v1/events?after=0&limit=0").status()).isEqualTo(400);
        assertThat(soho.get("/api/v1/events?after=abc").status()).isEqualTo(400);
        assertThat(soho.get("/api/v1/events?after=0&limit=2.5").status()).isEqualTo(400);

        String booking = stream();
        List<ObjectNode> batch = new ArrayList<>();
        for (int v = 1; v <= 500; v++) {
            batch.add(bookingConfirmed("acme", "desk-soho-1", booking, v));
        }
        soho.push(batch);
        soho.push(List.of(bookingConfirmed("acme", "desk-soho-1", booking, 501)));
        soho.push(batch.subList(0, 0));
        String booking2 = stream();
        List<ObjectNode> batch2 = new ArrayList<>();
        for (int v = 1; v <= 500; v++) {
            batch2.add(bookingConfirmed("acme", "desk-soho-1", booking2, v));
        }
        soho.push(batch2);
        assertThat(soho.get("/api/v1/events?after=0&limit=5000").body().get("events").size()).isEqualTo(1000);
        assertThat(soho.get("/api/v1/events?after=0").body().get("events").size()).isEqualTo(500);
    }

    @Test
    void meNamesTheTokensTenantBranchAndDevice() {
        Answer me = mayfair.me();
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("tenantId").asText()).isEqualTo("acme");
        assertThat(me.body().get("branchId").asText()).isEqualTo("mayfair");
        assertThat(me.body().get("deviceId").asText()).isEqualTo("desk-mayfair-1");
    }

    @Test
    void aRevokedDeviceIsRefusedWith403AndAnUnknownTokenWith401() {
        var enrolled = chain.enrol("acme", "soho", "desk-soho-old");
        DeskClient old = new DeskClient(server.port(), enrolled.token());
        assertThat(old.me().status()).isEqualTo(200);

        chain.store().directory().revokeDevice("desk-soho-old");

        Answer revoked = old.me();
        assertThat(revoked.status()).isEqualTo(403);
        assertThat(revoked.body().get("type").asText()).isEqualTo("urn:salondesk:problem:device-revoked");
        assertThat(new DeskClient(server.port(), null).me().status()).isEqualTo(401);
        assertThat(new DeskClient(server.port(), "short").me().status()).isEqualTo(401);
    }

    @Test
    void healthAndMetricsAnswerWithoutAToken() {
        DeskClient anonymous = new DeskClient(server.port(), null);
        Answer health = anonymous.get("/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().get("status").asText()).isEqualTo("UP");

        soho.push(List.of(bookingConfirmed("acme", "desk-soho-1", stream(), 1)));
        Answer metrics = anonymous.get("/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text()).contains("salondesk_pushes_total ").contains("salondesk_pulls_total ")
                .contains("salondesk_conflicts_total ").contains("salondesk_refusals_total")
                .contains("salondesk_connected_desks ")
                // Micrometer writes labels in alphabetical order; Prometheus does not care about their order.
                .contains("salondesk_device_lag_events{device=\"desk-soho-1\",tenant=\"acme\"}");
    }

    @Test
    void unknownRoutesAreProblems() {
        Answer answer = soho.get("/api/v1/nothing-here");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("status").asInt()).isEqualTo(404);
    }
}
