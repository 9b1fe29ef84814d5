package com.salondesk.persistence.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salondesk.domain.customer.CustomerDetails;
import com.salondesk.persistence.TestChain;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.event.EventEnvelope;
import com.salondesk.persistence.event.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogCommandTest {

    private static final ObjectMapper JSON = Json.mapper();

    @TempDir
    Path folder;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return DeskMaintenance.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<JsonNode> lines() throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).lines().toList()) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    @Test
    void printsEveryEventAsOneLineInTheProtocolsShapeInLocalOrder() throws IOException {
        List<RecordedEvent> recorded;
        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC())) {
            TestChain.setUp(desk);
            // As if the server had accepted the first two events.
            desk.database().dsl().execute("UPDATE events SET global_position = local_seq + 40, sync_status = 'SYNCED'"
                                          + " WHERE local_seq <= 2");
            recorded = desk.log().readAfter(0, 100);
        }

        assertThat(run("log", "--data-dir", folder.toString())).isZero();

        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(recorded.size()).hasSizeGreaterThan(4);
        for (int i = 0; i < lines.size(); i++) {
            ObjectNode line = (ObjectNode) lines.get(i);
            RecordedEvent event = recorded.get(i);
            assertThat(line.get("localPosition").asLong()).isEqualTo(event.position()).isEqualTo(i + 1);
            assertThat(line.get("syncStatus").asText()).isEqualTo(i < 2 ? "SYNCED" : "PENDING");
            assertThat(line.has("globalPosition")).as("only where the server gave one").isEqualTo(i < 2);
            assertThat(line.get("id").asText()).isEqualTo(event.id().toString());
            assertThat(line.get("version").asLong()).isEqualTo(event.version());
            assertThat(line.get("metadata").get("deviceId").asText()).isEqualTo(TestChain.DESK.deviceId());
            assertThat(Instant.parse(line.get("timestamp").asText())).isEqualTo(event.recordedAt());
            // Without the desk's own fields, the line is exactly the envelope the desk pushes.
            line.remove(List.of("localPosition", "syncStatus"));
            assertThat(JSON.treeToValue(line, EventEnvelope.class)).isEqualTo(event.envelope());
        }
        assertThat(lines.get(1).get("globalPosition").asLong()).isEqualTo(42);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void afterSkipsWhatWasSeenAndPagesThroughALongLog() throws IOException {
        int customers = LogCommand.PAGE + 150;
        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC())) {
            TestChain.setUp(desk);
            for (int i = 0; i < customers; i++) {
                desk.setup().registerCustomer(TestChain.ctx(), new CustomerDetails("Customer " + i, "", "c" + i + "@example.com", "", false),
                        Instant.parse("2026-11-01T08:00:00Z"));
            }
        }
        long head = customers + 5;

        assertThat(run("log", "--data-dir", folder.toString())).isZero();
        List<JsonNode> all = lines();
        assertThat(all).hasSize((int) head);
        assertThat(all).extracting(l -> l.get("localPosition").asLong())
                .as("every position once, in order, across pages").isSorted().doesNotHaveDuplicates();
        assertThat(all.getLast().get("payload").get("name").asText())
                .isEqualTo("Customer " + (customers - 1));

        assertThat(run("log", "--after", "1000", "--data-dir", folder.toString())).isZero();
        List<JsonNode> tail = lines();
        assertThat(tail).hasSize((int) head - 1000);
        assertThat(tail.getFirst().get("localPosition").asLong()).isEqualTo(1001);
        assertThat(tail).isEqualTo(all.subList(1000, all.size()));

        assertThat(run("log", "--after=" + head, "--data-dir", folder.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void badInputGetsAPlainAnswerAndCreatesNothing() throws IOException {
        Path nowhere = folder.resolve("nowhere");
        assertThat(run("log", "--data-dir", nowhere.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("There is no SalonDesk data in " + nowhere);
        assertThat(nowhere).doesNotExist();

        Path empty = Files.createDirectory(folder.resolve("empty"));
        assertThat(run("log", "--data-dir", empty.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("There is no SalonDesk data in " + empty);
        try (Stream<Path> inside = Files.list(empty)) {
            assertThat(inside).isEmpty();
        }

        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC())) {
            TestChain.setUp(desk);
        }
        assertThat(run("log", "--after", "-1", "--data-dir", folder.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("--after needs a position in the log: a whole number, 0 or more (not '-1').")
                .contains("Usage: salondesk log");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(run("log", "--after", "yesterday", "--data-dir", folder.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("(not 'yesterday')");
        assertThat(run("log", "--data-dir", folder.toString(), "--after")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--after needs a position in the log");
        assertThat(run("log", "everything", "--data-dir", folder.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("log takes no other words.");

        assertThat(run("log", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: salondesk log", "--after=<position>",
                "JSON lines");
    }
}
