package com.salondesk.app.wiring;

import com.salondesk.persistence.backend.DeskBackEnd;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;

/**
 * The thread on which news for the staff is looked up (names, levels, offers) once the read models have the events it
 * is about, so the thread that recorded them is not held up. News is a courtesy: a lookup that fails is logged and
 * costs one notice; once closed, no more news.
 */
final class NewsLookups implements AutoCloseable {

    private final DeskBackEnd local;
    private final Logger log;
    private final String failure;
    private final ExecutorService lookups;

    /** {@code failure} is the log line for a lookup that failed, with one {@code {}} for the error. */
    NewsLookups(DeskBackEnd local, String threadName, Logger log, String failure) {
        this.local = local;
        this.log = log;
        this.failure = failure;
        this.lookups = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    void submit(Runnable lookup) {
        try {
            lookups.execute(() -> {
                try {
                    lookup.run();
                } catch (RuntimeException e) {
                    log.warn(failure, e.toString());
                }
            });
        } catch (RejectedExecutionException closed) {
            // The desk is closing: no more news.
        }
    }

    /** Waits (ten seconds at most) until the read models have {@code position}; false when interrupted. */
    boolean awaitReadModels(long position) {
        try {
            local.runtime().projections().awaitPosition(position, Duration.ofSeconds(10));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        lookups.shutdownNow();
        try {
            // A lookup under way finishes before the back end it reads closes.
            lookups.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
