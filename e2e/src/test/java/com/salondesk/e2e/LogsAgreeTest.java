package com.salondesk.e2e;

import static com.salondesk.e2e.support.ChainData.ANNA;
import static com.salondesk.e2e.support.ChainData.BEN;
import static com.salondesk.e2e.support.ChainData.CARA;
import static com.salondesk.e2e.support.ChainData.JANE;
import static com.salondesk.e2e.support.ChainData.JOHN;
import static com.salondesk.e2e.support.ChainData.LONDON;
import static com.salondesk.e2e.support.ChainData.MAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salondesk.app.SalonDeskLauncher;
import com.salondesk.e2e.support.Chain;
import com.salondesk.e2e.support.Desk;
import com.salondesk.e2e.support.JavaProcesses;
import com.salondesk.e2e.support.SameEvents;
import com.salondesk.e2e.support.SyncServerProcess;
import com.salondesk.persistence.event.EventEnvelope;
import com.salondesk.persistence.event.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end 5: after a day of three desks booking, cancelling and one of them working offline for a while,
 * {@code salondesk log} of every desk lists exactly the server's events, each once, with the server's global
 * positions and content, all of them synced.
 */
class LogsAgreeTest {

    private static final ObjectMapper JSON = Json.mapper();

    @TempDir
    static Path folder;
    static SyncServerProcess server;

    @BeforeAll
    static void startTheServer() {
        server = SyncServerProcess.shared();
    }

    @Test
    void everyDesksLogHoldsTheServersEventsAtTheServersPositions() {
        List<EventEnvelope> stored;
        try (Chain chain = Chain.create(server, folder.resolve("chain"), "desk-a", "desk-b", "desk-c")) {
            Desk a = chain.founder("desk-a");
            Desk b = chain.joiner("desk-b");
            Desk c = chain.joiner("desk-c");
            LocalDate day = LocalDate.now(LONDON).plusDays(3);

            String annaJane = a.book(ANNA, JANE, day, "09:00", "09:45");
            b.book(BEN, JOHN, day, "09:00", "09:45");
            a.awaitInStepWith(chain.events());
            c.awaitInStepWith(chain.events());
            c.cancel(annaJane, "Jane called to cancel");
            c.book(ANNA, MAY, day, "09:00", "09:45");
            b.goOffline();
            String offline = b.book(CARA, JANE, day, "11:00", "11:45");
            b.confirm(offline);
            a.book(CARA, JOHN, day, "12:00", "12:45");
            b.startSync();

            chain.awaitConverged(a, b, c);
            stored = chain.events().all();
        }
        // The desks are closed (the support command needs the data folder to itself).
        for (String desk : List.of("desk-a", "desk-b", "desk-c")) {
            List<ObjectNode> lines = supportLog(folder.resolve("chain").resolve(desk));
            assertThat(lines).as("syncStatus of every line of %s", desk)
                    .allSatisfy(line -> assertThat(line.path("syncStatus").asText()).isEqualTo("SYNCED"));
            List<EventEnvelope> envelopes = lines.stream().map(LogsAgreeTest::envelope).toList();
            SameEvents.assertDeskHoldsTheServersEvents(desk, envelopes, stored);
        }
    }

    /** {@code salondesk log --data-dir DIR}, one JSON object a line. */
    private static List<ObjectNode> supportLog(Path deskFolder) {
        JavaProcesses.Finished log = JavaProcesses.run(List.of(), SalonDeskLauncher.class.getName(),
                List.of("log", "--data-dir", deskFolder.toString()), Map.of());
        assertThat(log.exitCode()).as(log.err()).isZero();
        return log.out().lines().filter(line -> !line.isBlank()).map(line -> {
            try {
                return (ObjectNode) JSON.readTree(line);
            } catch (IOException e) {
                throw new UncheckedIOException("not a JSON line: " + line, e);
            }
        }).toList();
    }

    /** The protocol's envelope of a log line: the line without the desk's own two fields. */
    private static EventEnvelope envelope(ObjectNode line) {
        ObjectNode copy = line.deepCopy();
        copy.remove(List.of("localPosition", "syncStatus"));
        try {
            return JSON.treeToValue(copy, EventEnvelope.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not an event envelope: " + line, e);
        }
    }
}
