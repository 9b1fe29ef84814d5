package com.salondesk.persistence.availability;

import com.google.common.eventbus.EventBus;
import com.google.common.eventbus.Subscribe;
import com.salondesk.persistence.desk.DeskEventLog;
import com.salondesk.persistence.desk.EventsRecorded;
import com.salondesk.persistence.desk.RecordedEvent;
import java.util.List;

/**
 * Keeps an {@link AvailabilityView} current on a desk: folds the whole log in when started (the view lives in memory
 * only, so it starts from the log's beginning every time), then every event the bus announces, local or pulled from
 * the server. Events it has seen are passed over; a gap in the positions (events it missed) is read from the log.
 * After sync has moved events aside, {@link #rebuild()} folds the log in again, as the read models are rebuilt.
 */
public final class AvailabilityFeed implements AutoCloseable {

    private static final int BATCH = 5_000;

    private final DeskEventLog log;
    private final EventBus bus;
    private final AvailabilityView view;
    /** The position of the last event folded in; guarded by this feed's lock. */
    private long position;

    private AvailabilityFeed(DeskEventLog log, EventBus bus, AvailabilityView view) {
        this.log = log;
        this.bus = bus;
        this.view = view;
    }

    /** Folds the log into {@code view} and keeps it following the bus until closed. */
    public static AvailabilityFeed start(DeskEventLog log, EventBus bus, AvailabilityView view) {
        AvailabilityFeed feed = new AvailabilityFeed(log, bus, view);
        // Listening first: whatever commits while the log is read arrives here too, and is passed over if seen.
        bus.register(feed);
        feed.catchUp();
        return feed;
    }

    public AvailabilityView view() {
        return view;
    }

    /** The position of the last event the view has taken. */
    public synchronized long position() {
        return position;
    }

    @Subscribe
    public synchronized void recorded(EventsRecorded recorded) {
        for (RecordedEvent event : recorded.events()) {
            if (event.position() <= position) {
                continue;
            }
            if (event.position() != position + 1) {
                catchUp();
                continue;
            }
            take(event);
        }
    }

    /** Forgets the view and folds the log in again from its start. */
    public synchronized void rebuild() {
        view.clear();
        position = 0;
        catchUp();
    }

    private synchronized void catchUp() {
        List<RecordedEvent> batch;
        do {
            batch = log.readAfter(position, BATCH);
            batch.forEach(this::take);
        } while (batch.size() == BATCH);
    }

    private void take(RecordedEvent event) {
        if (event.event() != null) {
            view.apply(event.event());
        }
        position = event.position();
    }

    @Override
    public void close() {
        bus.unregister(this);
    }
}
