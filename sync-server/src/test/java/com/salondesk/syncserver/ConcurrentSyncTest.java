package com.salondesk.syncserver;

import static com.salondesk.syncserver.support.TestEvents.bookingConfirmed;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salondesk.syncserver.support.DeskClient;
import com.salondesk.syncserver.support.TestChain;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * 16 desks push to overlapping streams while 4 desks catch up by pulling: no reader may skip an event or see
 * one twice, all readers see the same order, and no stream gets a gap or a repeated version.
 */
class ConcurrentSyncTest {

    private static final int PUSHERS = 16;
    private static final int READERS = 4;
    private static final int PUSHES_EACH = 40;
    private static final int STREAMS = 6;

    @Test
    void everyReaderSeesEveryEventOnceInTheSameOrderAndStreamsHaveNoGaps() throws Exception {
        try (TestChain chain = TestChain.create("concurrency")) {
            chain.tenant("acme");
            SyncServer server = chain.startServer();
            HttpClient http = HttpClient.newHttpClient();
            List<DeskClient> pushers = new ArrayList<>();
            for (int i = 0; i < PUSHERS; i++) {
                pushers.add(new DeskClient(http, server.port(), chain.enrol("acme", "soho", "pusher-" + i).token()));
            }
            List<DeskClient> readers = new ArrayList<>();
            for (int i = 0; i < READERS; i++) {
                readers.add(new DeskClient(http, server.port(), chain.enrol("acme", "soho", "reader-" + i).token()));
            }

            Set<String> acceptedIds = ConcurrentHashMap.newKeySet();
            AtomicBoolean pushing = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(PUSHERS + READERS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> pushing16 = new ArrayList<>();
            for (int p = 0; p < PUSHERS; p++) {
                DeskClient desk = pushers.get(p);
                String deviceId = "pusher-" + p;
                long seed = p;
                pushing16.add(pool.submit(() -> {
                    go.await();
                    Random random = new Random(seed);
                    Map<String, Long> known = new HashMap<>();
                    for (int n = 0; n < PUSHES_EACH; n++) {
                        String stream = "schedule-st" + random.nextInt(STREAMS) + "-2026-11-26";
                        long next = known.getOrDefault(stream, 0L) + 1;
                        int count = 1 + random.nextInt(3);
                        List<ObjectNode> batch = new ArrayList<>();
                        for (int k = 0; k < count; k++) {
                            batch.add(bookingConfirmed("acme", deviceId, stream, next + k));
                        }
                        JsonNode answer = desk.push(batch).body();
                        for (JsonNode r : answer.get("results")) {
                            switch (r.get("status").asText()) {
                                case "accepted" -> {
                                    acceptedIds.add(r.get("id").asText());
                                    known.put(stream, next + count - 1);
                                }
                                case "conflict" -> known.put(stream, r.get("currentVersion").asLong());
                                default -> throw new AssertionError("unexpected result " + r);
                            }
                        }
                    }
                    return null;
                }));
            }
            List<Future<List<JsonNode>>> reading = new ArrayList<>();
            for (DeskClient reader : readers) {
                reading.add(pool.submit(() -> {
                    go.await();
                    List<JsonNode> seen = new ArrayList<>();
                    long after = 0;
                    while (true) {
                        boolean wasPushing = pushing.get();
                        JsonNode page = reader.pull(after, 37).body();
                        for (JsonNode e : page.get("events")) {
                            seen.add(e);
                            after = e.get("globalPosition").asLong();
                        }
                        if (!wasPushing && page.get("events").isEmpty() && after == page.get("head").asLong()) {
                            return seen;
                        }
                    }
                }));
            }
            go.countDown();
            for (Future<?> f : pushing16) {
                f.get(120, TimeUnit.SECONDS);
            }
            pushing.set(false);
            List<List<JsonNode>> views = new ArrayList<>();
            for (Future<List<JsonNode>> f : reading) {
                views.add(f.get(120, TimeUnit.SECONDS));
            }
            pool.shutdown();

            List<String> reference = ids(views.getFirst());
            assertThat(reference).hasSameSizeAs(new HashSet<>(reference)).as("no event twice");
            assertThat(new HashSet<>(reference)).isEqualTo(acceptedIds);
            for (List<JsonNode> view : views) {
                assertThat(ids(view)).as("every reader sees the same events in the same order").isEqualTo(reference);
                List<Long> positions = view.stream().map(e -> e.get("globalPosition").asLong()).toList();
                for (int i = 0; i < positions.size(); i++) {
                    assertThat(positions.get(i)).as("positions without gaps").isEqualTo(i + 1L);
                }
            }
            Map<String, Long> lastVersion = new HashMap<>();
            for (JsonNode e : views.getFirst()) {
                long previous = lastVersion.getOrDefault(e.get("streamId").asText(), 0L);
                assertThat(e.get("version").asLong()).as("stream %s continues without gap or repeat", e.get("streamId"))
                        .isEqualTo(previous + 1);
                lastVersion.put(e.get("streamId").asText(), e.get("version").asLong());
            }
            assertThat(acceptedIds).hasSizeGreaterThan(PUSHERS * 2);
        }
    }

    private static List<String> ids(List<JsonNode> events) {
        return events.stream().map(e -> e.get("id").asText()).toList();
    }
}
