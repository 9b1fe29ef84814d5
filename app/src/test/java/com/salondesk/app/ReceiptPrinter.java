package com.salondesk.app;

import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.runtime.EventHandler;
import com.salondesk.persistence.runtime.HandlerContext;
import com.salondesk.persistence.runtime.RetryPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A test event handler that prints a receipt for every booking event, and can be told to fail (out of paper)
 * for chosen events or to stall until released. It remembers what it printed, in order.
 */
public final class ReceiptPrinter implements EventHandler {

    public static final String NAME = "receipts";
    /**
     * Gives up after two attempts, without waiting between them: the test salon's clock stands still, so a
     * retry due "later" would never come.
     */
    private static final RetryPolicy QUICK = new RetryPolicy(2, Duration.ZERO, Duration.ZERO);

    public final List<UUID> printed = new CopyOnWriteArrayList<>();
    private volatile Predicate<RecordedEvent> outOfPaperFor = e -> false;
    private volatile CountDownLatch stall = new CountDownLatch(0);

    /** Fails every event that matches from now on. */
    public void failFor(Predicate<RecordedEvent> events) {
        outOfPaperFor = events;
    }

    /** The paper is refilled: nothing fails any more. */
    public void refill() {
        outOfPaperFor = e -> false;
    }

    /** Holds every event until {@link #release()}, so the handler falls behind the log. */
    public void stall() {
        stall = new CountDownLatch(1);
    }

    public void release() {
        stall.countDown();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of("booking.created", "booking.confirmed", "booking.cancelled");
    }

    @Override
    public RetryPolicy retryPolicy() {
        return QUICK;
    }

    @Override
    public Duration timeout() {
        return Duration.ofSeconds(60);
    }

    @Override
    public void handle(HandlerContext context, RecordedEvent event) throws Exception {
        if (!stall.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the receipt printer was never released");
        }
        if (outOfPaperFor.test(event)) {
            throw new IllegalStateException("Receipt printer out of paper for " + event.streamId());
        }
        printed.add(event.envelope().id());
    }
}
