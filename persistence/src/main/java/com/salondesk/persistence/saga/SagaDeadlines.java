package com.salondesk.persistence.saga;

import com.salondesk.persistence.desk.DeskIdentityStore;
import com.salondesk.persistence.read.SagaQueries;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk's clock for its sagas: every {@code period} (and straight after the desk starts, for steps that fell due
 * while it was closed) it finds this desk's sagas whose current step is overdue and tells the saga, which fails and
 * compensates the step through the same path as any other input.
 */
public final class SagaDeadlines implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SagaDeadlines.class);
    public static final Duration STANDARD_PERIOD = Duration.ofSeconds(30);

    private final BookingConfirmationSaga saga;
    private final SagaQueries queries;
    private final DeskIdentityStore identity;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "saga-deadlines");
        t.setDaemon(true);
        return t;
    });

    public SagaDeadlines(BookingConfirmationSaga saga, SagaQueries queries, DeskIdentityStore identity, Clock clock) {
        this.saga = saga;
        this.queries = queries;
        this.identity = identity;
        this.clock = clock;
    }

    /** Looks for overdue steps now and then every {@code period}. */
    public void start(Duration period) {
        timer.scheduleWithFixedDelay(this::safely, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void safely() {
        try {
            checkNow();
        } catch (RuntimeException e) {
            // Tried again on the next tick; a saga that keeps failing shows in the handler's retries too.
            LOG.warn("checking the sagas' deadlines failed; trying again in a while", e);
        }
    }

    /** Tells every saga of this desk whose step is overdue; returns how many were told. */
    public int checkNow() {
        var desk = identity.read();
        if (desk.isEmpty()) {
            return 0;
        }
        var overdue = queries.overdue(desk.get().deviceId(), clock.instant());
        overdue.forEach(saga::deadlinePassed);
        return overdue.size();
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
