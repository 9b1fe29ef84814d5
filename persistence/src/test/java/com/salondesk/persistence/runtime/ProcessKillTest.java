package com.salondesk.persistence.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.projection.BookingProjection;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real desk process (SIGKILL) while it records events and its handler and projections work,
 * then starts the desk again on the same folder: it continues from its checkpoints, every committed
 * event is handled exactly once, and no transaction is half there.
 */
class ProcessKillTest {

    private static final Pattern PROGRESS = Pattern.compile("recorded (\\d+) handled (\\d+)");

    @TempDir
    Path folder;

    @Test
    void aKilledDeskContinuesFromItsCheckpointsLosingAndDoublingNothing() throws Exception {
        Process desk = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingDesk.class.getName(), folder.toString())
                .redirectErrorStream(true).start();
        long handledBeforeKill = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(desk.getInputStream(), StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            String line;
            while ((line = out.readLine()) != null && System.nanoTime() < deadline) {
                Matcher m = PROGRESS.matcher(line);
                if (m.find() && Long.parseLong(m.group(2)) >= 300) {
                    handledBeforeKill = Long.parseLong(m.group(2));
                    break;
                }
            }
            desk.destroyForcibly();
            assertThat(desk.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(handledBeforeKill).as("the desk process got far enough to be killed mid-work").isGreaterThanOrEqualTo(300);

        try (DeskBackEnd reopened = DeskBackEnd.open(folder, Clock.systemUTC(), List.of(CrashingDesk.handler(Duration.ZERO)))) {
            long head = reopened.log().headPosition();
            assertThat(reopened.runtime().handlers().awaitPosition(head, Duration.ofSeconds(60))).isTrue();
            reopened.awaitProjections();

            List<RecordedEvent> log = reopened.log().readAfter(0, Integer.MAX_VALUE);
            assertThat(log).hasSizeGreaterThan((int) handledBeforeKill);
            // Atomic appends: every booking stream has all three of its events or none.
            Map<String, Long> perStream = log.stream().collect(Collectors.groupingBy(RecordedEvent::streamId, Collectors.counting()));
            assertThat(perStream.values()).containsOnly(3L);
            // Exactly once: one effect per event, for every event, before and after the kill.
            Map<UUID, Long> handled = reopened.database().dsl()
                    .fetch("SELECT event_id FROM handled WHERE handler = ?", CrashingDesk.HANDLER).stream()
                    .collect(Collectors.groupingBy((Record r) -> r.get(0, UUID.class), Collectors.counting()));
            assertThat(handled).hasSize(log.size());
            assertThat(handled.values()).containsOnly(1L);
            assertThat(log).allSatisfy(e -> assertThat(handled).containsKey(e.envelope().id()));
            // The projection caught up from its checkpoint too: one row per booking.
            assertThat(reopened.queries().bookingCount()).isEqualTo(perStream.size());
            assertThat(reopened.runtime().projections().position(BookingProjection.NAME)).isEqualTo(head);
        }
    }
}
