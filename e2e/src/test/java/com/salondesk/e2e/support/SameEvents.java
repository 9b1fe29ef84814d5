package com.salondesk.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.desk.SyncStatus;
import com.salondesk.persistence.event.EventEnvelope;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Asserts that a desk's log and the server's store hold the same events: each once, at the same global position. */
public final class SameEvents {

    private SameEvents() {
    }

    /**
     * {@code desk} (a desk's log as envelopes, in local order) holds exactly the server's events, each once, with
     * the server's global position and content, and nothing else.
     */
    public static void assertDeskHoldsTheServersEvents(String deskName, List<EventEnvelope> desk,
                                                       List<EventEnvelope> server) {
        Map<UUID, Long> copies = desk.stream().collect(Collectors.groupingBy(EventEnvelope::id, Collectors.counting()));
        assertThat(copies.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList())
                .as("events %s holds more than once", deskName).isEmpty();
        Map<UUID, EventEnvelope> onDesk = desk.stream().collect(Collectors.toMap(EventEnvelope::id, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
        Map<UUID, EventEnvelope> onServer = server.stream().collect(Collectors.toMap(EventEnvelope::id,
                Function.identity(), (a, b) -> a, LinkedHashMap::new));
        assertThat(server.stream().map(EventEnvelope::globalPosition).distinct().count())
                .as("the server's positions are unique").isEqualTo(server.size());
        assertThat(onDesk.keySet()).as("ids of the events %s holds, against the server's", deskName)
                .containsExactlyInAnyOrderElementsOf(onServer.keySet());
        for (EventEnvelope expected : server) {
            EventEnvelope actual = onDesk.get(expected.id());
            assertThat(actual.globalPosition()).as("global position of %s on %s", expected.id(), deskName)
                    .isEqualTo(expected.globalPosition());
            assertThat(actual).as("event %s on %s", expected.id(), deskName).isEqualTo(expected);
        }
    }

    /** As above, for a desk's log read in this JVM; every event must also be SYNCED. */
    public static void assertLogHoldsTheServersEvents(String deskName, List<RecordedEvent> log,
                                                      List<EventEnvelope> server) {
        assertThat(log).as("events of %s not SYNCED", deskName).allSatisfy(e ->
                assertThat(e.syncStatus()).as("%s %s", e.type(), e.id()).isEqualTo(SyncStatus.SYNCED));
        assertDeskHoldsTheServersEvents(deskName, log.stream().map(RecordedEvent::envelope).toList(), server);
    }
}
