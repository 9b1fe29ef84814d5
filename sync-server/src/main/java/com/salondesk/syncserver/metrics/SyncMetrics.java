package com.salondesk.syncserver.metrics;

import com.salondesk.persistence.sync.PushResponse;
import com.salondesk.persistence.sync.PushResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * The server's meters in one Micrometer Prometheus registry, scraped on {@code GET /metrics}: the JVM's
 * (memory, GC, threads, class loading, processor), HTTP requests by method, route and status, and
 * SalonDesk's own {@code salondesk_*} series, whose names dashboards already use.
 */
public final class SyncMetrics implements AutoCloseable {

    /** How far one device is behind its tenant's head. */
    public record DeviceLag(String tenantId, String deviceId, long lag) {
    }

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final Counter pushes;
    private final Counter pulls;
    private final Counter pulledEvents;
    private final Counter announcements;
    private final Map<PushResult.Status, Counter> pushedEvents = new EnumMap<>(PushResult.Status.class);
    private final AtomicInteger connectedDesks = new AtomicInteger();
    private final MultiGauge deviceLag;

    /** {@code pushesWrittenTogether} is read from the store at each scrape. */
    public SyncMetrics(LongSupplier pushesWrittenTogether) {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);

        pushes = Counter.builder("salondesk.pushes").description("Push requests answered 200.").register(registry);
        for (PushResult.Status status : PushResult.Status.values()) {
            pushedEvents.put(status, Counter.builder("salondesk.pushed.events").description("Pushed events by outcome.")
                    .tag("result", status.name().toLowerCase(Locale.ROOT)).register(registry));
        }
        Counter conflicts = pushedEvents.get(PushResult.Status.CONFLICT);
        FunctionCounter.builder("salondesk.conflicts", conflicts, Counter::count)
                .description("Pushed events answered as a version conflict.").register(registry);
        FunctionCounter.builder("salondesk.pushes.written.together", pushesWrittenTogether, LongSupplier::getAsLong)
                .description("Pushes of a tenant written in one transaction with others that arrived meanwhile.")
                .register(registry);
        pulls = Counter.builder("salondesk.pulls").description("Pull requests answered 200.").register(registry);
        pulledEvents = Counter.builder("salondesk.pulled.events").description("Events served by pulls.").register(registry);
        announcements = Counter.builder("salondesk.head.announcements")
                .description("Head announcements sent to live desks.").register(registry);
        Gauge.builder("salondesk.connected.desks", connectedDesks, AtomicInteger::get)
                .description("Desks connected to this instance's live channel.").register(registry);
        Gauge.builder("salondesk.jvm.heap.used", ManagementFactory.getMemoryMXBean(),
                        (MemoryMXBean memory) -> memory.getHeapMemoryUsage().getUsed())
                .baseUnit("bytes").description("Heap in use by this server instance.").register(registry);
        deviceLag = MultiGauge.builder("salondesk.device.lag.events")
                .description("Events of its tenant a device has not pulled yet.").register(registry);
    }

    public void pushed(PushResponse response) {
        pushes.increment();
        for (PushResult r : response.results()) {
            pushedEvents.get(r.status()).increment();
        }
    }

    public void pulled(int events) {
        pulls.increment();
        pulledEvents.increment(events);
    }

    public void refused(int status) {
        refusals(status).increment();
    }

    public void announced() {
        announcements.increment();
    }

    private Counter refusals(int status) {
        return Counter.builder("salondesk.refusals").description("Requests refused, by HTTP status.")
                .tag("status", Integer.toString(status)).register(registry);
    }

    /** Times one answered HTTP request under its route template (not its path, which holds ids). */
    public void request(String method, String route, int status, Duration took) {
        String outcome = status < 400 ? "SUCCESS" : status < 500 ? "CLIENT_ERROR" : "SERVER_ERROR";
        Timer.builder("http.server.requests").description("HTTP requests answered, by method, route and status.")
                .tags(Tags.of("method", method, "uri", route, "status", Integer.toString(status), "outcome", outcome))
                .register(registry).record(took);
    }

    /** Every meter in the Prometheus text format, with the live desks and device lags as of now. */
    public synchronized String scrape(int connected, List<DeviceLag> lags) {
        connectedDesks.set(connected);
        deviceLag.register(lags.stream()
                .map(l -> MultiGauge.Row.of(Tags.of("tenant", l.tenantId(), "device", l.deviceId()), l.lag()))
                .toList(), true);
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
