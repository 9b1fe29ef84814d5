package com.salondesk.syncserver;

import com.salondesk.persistence.sync.PushResponse;
import com.salondesk.persistence.sync.PushResult;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/** The server's counters, rendered in the Prometheus text format on {@code GET /metrics}. */
public final class SyncMetrics {

    /** How far one device is behind its tenant's head. */
    public record DeviceLag(String tenantId, String deviceId, long lag) {
    }

    private final LongAdder pushes = new LongAdder();
    private final LongAdder pulls = new LongAdder();
    private final LongAdder pulledEvents = new LongAdder();
    private final Map<PushResult.Status, LongAdder> pushedEvents = new ConcurrentHashMap<>();
    private final Map<Integer, LongAdder> refusals = new ConcurrentHashMap<>();
    private final LongAdder announcements = new LongAdder();
    /** Read from the store when rendered: pushes written in one transaction with others. */
    private final LongSupplier pushesWrittenTogether;

    public SyncMetrics(LongSupplier pushesWrittenTogether) {
        this.pushesWrittenTogether = pushesWrittenTogether;
    }

    public void pushed(PushResponse response) {
        pushes.increment();
        for (PushResult r : response.results()) {
            pushedEvents.computeIfAbsent(r.status(), s -> new LongAdder()).increment();
        }
    }

    public void pulled(int events) {
        pulls.increment();
        pulledEvents.add(events);
    }

    public void refused(int status) {
        refusals.computeIfAbsent(status, s -> new LongAdder()).increment();
    }

    public void announced() {
        announcements.increment();
    }

    public long refusals(int status) {
        LongAdder a = refusals.get(status);
        return a == null ? 0 : a.sum();
    }

    public String render(int connectedDesks, List<DeviceLag> lags) {
        StringBuilder out = new StringBuilder(1024);
        counter(out, "salondesk_pushes_total", "Push requests answered 200.", pushes.sum());
        out.append("# HELP salondesk_pushed_events_total Pushed events by outcome.\n")
                .append("# TYPE salondesk_pushed_events_total counter\n");
        for (PushResult.Status s : PushResult.Status.values()) {
            LongAdder a = pushedEvents.get(s);
            out.append("salondesk_pushed_events_total{result=\"").append(s.name().toLowerCase(java.util.Locale.ROOT))
                    .append("\"} ").append(a == null ? 0 : a.sum()).append('\n');
        }
        LongAdder conflicts = pushedEvents.get(PushResult.Status.CONFLICT);
        counter(out, "salondesk_conflicts_total", "Pushed events answered as a version conflict.",
                conflicts == null ? 0 : conflicts.sum());
        counter(out, "salondesk_pushes_written_together_total",
                "Pushes of a tenant written in one transaction with others that arrived meanwhile.",
                pushesWrittenTogether.getAsLong());
        counter(out, "salondesk_pulls_total", "Pull requests answered 200.", pulls.sum());
        counter(out, "salondesk_pulled_events_total", "Events served by pulls.", pulledEvents.sum());
        counter(out, "salondesk_head_announcements_total", "Head announcements sent to live desks.", announcements.sum());
        out.append("# HELP salondesk_refusals_total Requests refused, by HTTP status.\n")
                .append("# TYPE salondesk_refusals_total counter\n");
        new TreeMap<>(refusals).forEach((status, a) ->
                out.append("salondesk_refusals_total{status=\"").append(status).append("\"} ").append(a.sum()).append('\n'));
        out.append("# HELP salondesk_connected_desks Desks connected to this instance's live channel.\n")
                .append("# TYPE salondesk_connected_desks gauge\n")
                .append("salondesk_connected_desks ").append(connectedDesks).append('\n');
        java.lang.management.MemoryUsage heap = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        out.append("# HELP salondesk_jvm_heap_used_bytes Heap in use by this server instance.\n")
                .append("# TYPE salondesk_jvm_heap_used_bytes gauge\n")
                .append("salondesk_jvm_heap_used_bytes ").append(heap.getUsed()).append('\n');
        out.append("# HELP salondesk_device_lag_events Events of its tenant a device has not pulled yet.\n")
                .append("# TYPE salondesk_device_lag_events gauge\n");
        for (DeviceLag lag : lags) {
            out.append("salondesk_device_lag_events{tenant=\"").append(escape(lag.tenantId()))
                    .append("\",device=\"").append(escape(lag.deviceId())).append("\"} ").append(lag.lag()).append('\n');
        }
        return out.toString();
    }

    private static void counter(StringBuilder out, String name, String help, long value) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n')
                .append("# TYPE ").append(name).append(" counter\n")
                .append(name).append(' ').append(value).append('\n');
    }

    private static String escape(String label) {
        return label.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
