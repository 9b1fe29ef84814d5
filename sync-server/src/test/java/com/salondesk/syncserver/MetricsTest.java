package com.salondesk.syncserver;

import static com.salondesk.syncserver.support.TestEvents.bookingConfirmed;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salondesk.domain.shared.UuidV7;
import com.salondesk.syncserver.support.DeskClient;
import com.salondesk.syncserver.support.DeskClient.Answer;
import com.salondesk.syncserver.support.TestChain;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code GET /metrics} of a running server, as Prometheus scrapes it: JVM, HTTP and SalonDesk series. */
class MetricsTest {

    @Test
    void aScrapeHoldsTheJvmTheHttpRequestsAndTheSalonDeskCounters() throws Exception {
        try (TestChain chain = TestChain.create("metrics")) {
            chain.tenant("acme");
            SyncServer server = chain.startServer();
            DeskClient desk = new DeskClient(server.port(), chain.enrol("acme", "soho", "desk-1").token());
            DeskClient anonymous = new DeskClient(server.port(), null);
            ObjectNode confirmed = bookingConfirmed("acme", "desk-1", "booking-" + UuidV7.next(), 1);
            assertThat(desk.push(List.of(confirmed)).status()).isEqualTo(200);
            assertThat(desk.push(List.of(confirmed)).status()).as("the same event again").isEqualTo(200);
            assertThat(desk.pull(0, 100).status()).isEqualTo(200);
            assertThat(anonymous.me().status()).isEqualTo(401);
            assertThat(anonymous.get("/no/such/page/42").status()).isEqualTo(404);

            Answer scrape = anonymous.get("/metrics");

            assertThat(scrape.status()).isEqualTo(200);
            List<String> lines = scrape.text().lines().toList();
            assertThat(lines).as("JVM memory, GC, threads, class loading, processor")
                    .anyMatch(l -> l.startsWith("jvm_memory_used_bytes{"))
                    .anyMatch(l -> l.startsWith("jvm_gc_"))
                    .anyMatch(l -> l.startsWith("jvm_threads_live_threads "))
                    .anyMatch(l -> l.startsWith("jvm_classes_loaded_classes "))
                    .anyMatch(l -> l.startsWith("system_cpu_count "));
            assertThat(lines).as("HTTP requests by method, route template and status")
                    .anyMatch(l -> l.startsWith("http_server_requests_seconds_count{")
                            && l.contains("method=\"POST\"") && l.contains("status=\"200\"")
                            && l.contains("uri=\"/api/v1/events\"") && l.endsWith(" 2"))
                    .anyMatch(l -> l.startsWith("http_server_requests_seconds_count{")
                            && l.contains("status=\"401\"") && l.contains("uri=\"/api/v1/me\""))
                    .anyMatch(l -> l.startsWith("http_server_requests_seconds_count{")
                            && l.contains("status=\"404\"") && l.contains("uri=\"NOT_FOUND\""))
                    .noneMatch(l -> l.contains("/no/such/page"));
            assertThat(lines).as("SalonDesk's series, names as before")
                    .contains("salondesk_pushes_total 2.0", "salondesk_pulls_total 1.0", "salondesk_pulled_events_total 1.0",
                            "salondesk_pushed_events_total{result=\"accepted\"} 1.0",
                            "salondesk_pushed_events_total{result=\"duplicate\"} 1.0",
                            "salondesk_pushed_events_total{result=\"conflict\"} 0.0",
                            "salondesk_conflicts_total 0.0", "salondesk_refusals_total{status=\"401\"} 1.0",
                            "salondesk_connected_desks 0.0",
                            "salondesk_device_lag_events{device=\"desk-1\",tenant=\"acme\"} 0.0")
                    .anyMatch(l -> l.startsWith("salondesk_pushes_written_together_total "))
                    .anyMatch(l -> l.startsWith("salondesk_head_announcements_total "))
                    .anyMatch(l -> l.startsWith("salondesk_jvm_heap_used_bytes "));
        }
    }
}
