package com.salondesk.app.wiring;

import com.google.common.eventbus.Subscribe;
import com.salondesk.app.port.StaffNotice;
import com.salondesk.app.port.StaffNotices;
import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.EventsRecorded;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.read.CustomerView;
import com.salondesk.persistence.read.StaffView;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * Turns bookings made and cancelled — on this desk, or pulled from the chain's other desks — into news for the
 * staff. The names are looked up on a thread of its own, so the thread that recorded the events is not held up.
 * Bookings already over are no news; a burst of more than {@link #SINGLE_NOTICES} becomes one notice.
 */
final class DeskNotices implements StaffNotices, AutoCloseable {

    static final int SINGLE_NOTICES = 3;

    private final DeskBackEnd local;
    private final Clock clock;
    private final List<Consumer<StaffNotice>> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService lookups = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "staff-notices");
        t.setDaemon(true);
        return t;
    });

    DeskNotices(DeskBackEnd local, Clock clock) {
        this.local = local;
        this.clock = clock;
        local.bus().register(this);
    }

    @Override
    public Runnable listen(Consumer<StaffNotice> notice) {
        listeners.add(notice);
        return () -> listeners.remove(notice);
    }

    @Subscribe
    public void onRecorded(EventsRecorded recorded) {
        if (listeners.isEmpty()) {
            return;
        }
        List<RecordedEvent> news = recorded.events().stream().filter(e -> e.event() instanceof BookingEvent.Created
                || e.event() instanceof BookingEvent.Cancelled).toList();
        if (news.isEmpty()) {
            return;
        }
        try {
            lookups.execute(() -> tell(news));
        } catch (RejectedExecutionException closed) {
            // The desk is closing: no more news.
        }
    }

    private void tell(List<RecordedEvent> news) {
        List<StaffNotice> notices = new ArrayList<>();
        Instant now = clock.instant();
        for (RecordedEvent e : news) {
            StaffNotice notice = switch (e.event()) {
                case BookingEvent.Created c when c.end().isAfter(now) -> new StaffNotice(StaffNotice.Kind.NEW_BOOKING,
                        customer(c.customerId()), stylist(c.staffId()), c.start(), 1);
                case BookingEvent.Cancelled c -> local.queries().booking(c.bookingId())
                        .filter(b -> b.end().isAfter(now))
                        .map(b -> new StaffNotice(StaffNotice.Kind.CANCELLED_BOOKING, b.customerName(),
                                stylist(b.staffId()), b.start(), 1)).orElse(null);
                default -> null;
            };
            if (notice != null) {
                notices.add(notice);
            }
        }
        if (notices.size() > SINGLE_NOTICES) {
            notices = List.of(new StaffNotice(StaffNotice.Kind.MANY_BOOKINGS, "", "", null, notices.size()));
        }
        for (StaffNotice notice : notices) {
            listeners.forEach(l -> l.accept(notice));
        }
    }

    private String customer(String customerId) {
        return local.queries().customer(customerId).map(CustomerView::name).orElse("");
    }

    private String stylist(String staffId) {
        return local.queries().staffMember(staffId).map(StaffView::name).orElse("");
    }

    @Override
    public void close() {
        try {
            local.bus().unregister(this);
        } catch (IllegalArgumentException notRegistered) {
            // Already closed.
        }
        lookups.shutdownNow();
    }
}
