package com.salondesk.syncserver;

import static com.salondesk.syncserver.support.TestEvents.bookingConfirmed;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salondesk.domain.shared.UuidV7;
import com.salondesk.syncserver.config.SyncServerConfig;
import com.salondesk.syncserver.support.DeskClient;
import com.salondesk.syncserver.support.DeskClient.Answer;
import com.salondesk.syncserver.support.TestChain;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Thousands of generated bad pushes: each is refused with the status PROTOCOL.md names, as problem+json
 * listing the offending event ids, nothing is stored, and the server stays up.
 */
class BadBatchProperties {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static TestChain chain;
    private static SyncServer server;
    private static HttpClient http;
    private static String token;
    private static String revokedToken;
    private static UUID storedId;
    private static String storedStream;

    @BeforeContainer
    static void start() {
        chain = TestChain.create("bad_batches");
        chain.tenant("acme");
        chain.tenant("rival");
        // Small limits keep oversized bodies cheap to generate.
        server = chain.startServer(SyncServerConfig.defaults(Path.of("unused"))
                .withLimits(new SyncServerConfig.Limits(20, 16 * 1024, 8)));
        token = chain.enrol("acme", "soho", "desk-soho-1").token();
        revokedToken = chain.enrol("acme", "soho", "desk-soho-gone").token();
        chain.store().directory().revokeDevice("desk-soho-gone");
        http = HttpClient.newHttpClient();
        storedId = UuidV7.next();
        storedStream = "booking-" + UuidV7.next();
        Answer seeded = new DeskClient(http, server.port(), token)
                .push(List.of(bookingConfirmed(storedId, "acme", "desk-soho-1", storedStream, 1)));
        assertThat(seeded.status()).isEqualTo(200);
    }

    @AfterContainer
    static void stop() throws Exception {
        chain.close();
    }

    /** One way of spoiling an otherwise valid batch, and what the server must answer. */
    enum Spoiler {
        MALFORMED_JSON(400), WRONG_CONTENT_TYPE(415), NO_CONTENT_TYPE(415), TOO_MANY_EVENTS(413), TOO_MANY_BYTES(413),
        NOT_A_BATCH(400), UNKNOWN_TYPE(400), UNKNOWN_SCHEMA_VERSION(400), MISSING_FIELD(400), WRONG_FIELD_TYPE(400),
        UNKNOWN_FIELD(400), GLOBAL_POSITION_SENT(400), BAD_STREAM_ID(400), LOCAL_TIMESTAMP(400), BAD_PAYLOAD(400),
        VERSION_GAP_IN_BATCH(400), VERSIONS_OUT_OF_ORDER(400), SAME_ID_TWICE(400), ZERO_VERSION(400),
        OTHER_TENANT(403), OTHER_DEVICE(403), MISSING_TENANT(400), INVENTED_TOKEN(401), NO_TOKEN(401),
        REVOKED_TOKEN(403), STORED_ID_OTHER_CONTENT(409);

        final int status;

        Spoiler(int status) {
            this.status = status;
        }
    }

    record BadPush(Spoiler spoiler, int size, int victim, long seed) {
    }

    @Provide
    Arbitrary<BadPush> badPushes() {
        return Combinators.combine(Arbitraries.of(Spoiler.class), Arbitraries.integers().between(1, 6),
                        Arbitraries.integers().between(0, 5), Arbitraries.longs())
                .as((spoiler, size, victim, seed) -> new BadPush(spoiler, size, Math.min(victim, size - 1), seed));
    }

    @Property(tries = 2500)
    void aBadPushIsRefusedWholeAndStoresNothing(@ForAll("badPushes") BadPush bad) {
        long eventsBefore = chain.store().events().count();
        long headBefore = chain.store().events().head("acme");

        List<ObjectNode> events = validBatch(bad.size());
        ObjectNode victim = events.get(bad.victim());
        String contentType = "application/json";
        String bearer = token;
        String body = null;
        java.util.Random random = new java.util.Random(bad.seed());
        switch (bad.spoiler()) {
            case MALFORMED_JSON -> {
                String text = batch(events);
                body = text.substring(0, 1 + random.nextInt(text.length() - 1));
            }
            case WRONG_CONTENT_TYPE -> contentType = List.of("text/plain", "application/xml", "application/jsonx",
                    "multipart/form-data").get(random.nextInt(4));
            case NO_CONTENT_TYPE -> contentType = null;
            case TOO_MANY_EVENTS -> events = validBatch(21);
            case TOO_MANY_BYTES -> ((ObjectNode) victim.get("metadata")).put("userId", "x".repeat(199))
                    .put("correlationId", "y".repeat(16 * 1024));
            case NOT_A_BATCH -> body = List.of("[]", "{}", "{\"events\":{}}", "\"events\"", "null", "42")
                    .get(random.nextInt(6));
            case UNKNOWN_TYPE -> victim.put("type", List.of("booking.teleported", "Booking.Created", "", "booking")
                    .get(random.nextInt(4)));
            case UNKNOWN_SCHEMA_VERSION -> ((ObjectNode) victim.get("metadata")).put("schemaVersion", 2 + random.nextInt(1000));
            case MISSING_FIELD -> {
                List<String> required = List.of("type", "streamId", "version", "timestamp", "payload", "metadata");
                victim.remove(required.get(random.nextInt(required.size())));
            }
            case WRONG_FIELD_TYPE -> {
                List<String> fields = List.of("type", "streamId", "version", "timestamp", "payload", "metadata");
                String field = fields.get(random.nextInt(fields.size()));
                victim.set(field, random.nextBoolean() ? NODES.arrayNode() : NODES.booleanNode(true));
            }
            case UNKNOWN_FIELD -> victim.put("aggregateId", "booking-1");
            case GLOBAL_POSITION_SENT -> victim.put("globalPosition", random.nextInt(100));
            case BAD_STREAM_ID -> victim.put("streamId", List.of("1booking", "booking 1", "bøoking", "x".repeat(201),
                    "-booking").get(random.nextInt(5)));
            case LOCAL_TIMESTAMP -> victim.put("timestamp", List.of("2026-11-26T10:15:30+01:00", "2026-11-26 10:15:30",
                    "yesterday", "2026-11-26T10:15:30").get(random.nextInt(4)));
            case BAD_PAYLOAD -> {
                ObjectNode payload = (ObjectNode) victim.get("payload");
                if (random.nextBoolean()) {
                    payload.put("tip", 5);
                } else {
                    payload.remove("bookingId");
                    payload.put("booking", "b-1");
                }
            }
            case VERSION_GAP_IN_BATCH, VERSIONS_OUT_OF_ORDER -> {
                if (events.size() < 2) {
                    events = validBatch(2);
                }
                ObjectNode second = events.get(1);
                second.put("version", bad.spoiler() == Spoiler.VERSION_GAP_IN_BATCH ? 3 + random.nextInt(10) : 1);
            }
            case SAME_ID_TWICE -> {
                if (events.size() < 2) {
                    events = validBatch(2);
                }
                events.get(1).put("id", events.get(0).get("id").asText());
            }
            case ZERO_VERSION -> victim.put("version", -random.nextInt(3));
            case OTHER_TENANT -> ((ObjectNode) victim.get("metadata")).put("tenantId", "rival");
            case OTHER_DEVICE -> ((ObjectNode) victim.get("metadata")).put("deviceId", "desk-mayfair-1");
            case MISSING_TENANT -> ((ObjectNode) victim.get("metadata")).remove("tenantId");
            case INVENTED_TOKEN -> bearer = java.util.Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(UuidV7.next().toString().repeat(2).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            case NO_TOKEN -> bearer = null;
            case REVOKED_TOKEN -> bearer = revokedToken;
            case STORED_ID_OTHER_CONTENT -> {
                ObjectNode reused = bookingConfirmed(storedId, "acme", "desk-soho-1", storedStream, 1);
                ((ObjectNode) reused.get("payload")).put("bookingId", "another-" + random.nextInt(1000));
                events.add(reused);
                victim = reused;
            }
        }
        if (body == null) {
            body = batch(events);
        }
        String offendingId = victimId(victim);

        HttpRequest.Builder request = new DeskClient(http, server.port(), bearer).request("/api/v1/events")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        Answer answer = new DeskClient(http, server.port(), bearer).send(request.build());

        assertThat(answer.status()).as("%s answered %s", bad.spoiler(), answer.text()).isEqualTo(bad.spoiler().status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("status").asInt()).isEqualTo(answer.status());
        assertThat(answer.body().get("type").asText()).startsWith("urn:salondesk:problem:");
        if (Set.of(Spoiler.UNKNOWN_TYPE, Spoiler.UNKNOWN_SCHEMA_VERSION, Spoiler.MISSING_FIELD, Spoiler.UNKNOWN_FIELD,
                Spoiler.GLOBAL_POSITION_SENT, Spoiler.BAD_STREAM_ID, Spoiler.LOCAL_TIMESTAMP, Spoiler.BAD_PAYLOAD,
                Spoiler.OTHER_TENANT, Spoiler.OTHER_DEVICE, Spoiler.STORED_ID_OTHER_CONTENT, Spoiler.ZERO_VERSION,
                Spoiler.WRONG_FIELD_TYPE, Spoiler.MISSING_TENANT).contains(bad.spoiler())) {
            assertThat(answer.body().get("errors")).as("errors name the offending event")
                    .anySatisfy(e -> assertThat(e.get("id").asText()).isEqualTo(offendingId));
        }
        assertThat(chain.store().events().count()).as("nothing stored").isEqualTo(eventsBefore);
        assertThat(chain.store().events().head("acme")).isEqualTo(headBefore);
        assertThat(new DeskClient(http, server.port(), null).get("/health").status()).isEqualTo(200);
    }

    private static String victimId(ObjectNode victim) {
        JsonNode id = victim.get("id");
        return id == null ? null : id.asText();
    }

    private static List<ObjectNode> validBatch(int size) {
        List<ObjectNode> events = new ArrayList<>();
        String stream = "booking-" + UuidV7.next();
        for (int v = 1; v <= size; v++) {
            events.add(bookingConfirmed("acme", "desk-soho-1", stream, v));
        }
        return events;
    }

    private static String batch(List<ObjectNode> events) {
        ObjectNode root = NODES.objectNode();
        ArrayNode array = root.putArray("events");
        events.forEach(array::add);
        return root.toString();
    }
}
