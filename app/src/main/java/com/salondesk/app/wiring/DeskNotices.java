package com.salondesk.app.wiring;

import com.google.common.eventbus.Subscribe;
import com.salondesk.app.port.StaffNotice;
import com.salondesk.app.port.StaffNotices;
import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.stock.StockEvent;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.EventsRecorded;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.read.CustomerView;
import com.salondesk.persistence.read.StockLevelView;
import com.salondesk.persistence.read.StaffView;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns bookings made and cancelled — on this desk, or pulled from the chain's other desks — and products of this
 * branch going below their low-stock threshold into news for the staff. The names are looked up on a thread of its
 * own, so the thread that recorded the events is not held up. Bookings already over are no news; a burst of more than
 * {@link #SINGLE_NOTICES} becomes one notice; a product low already is news again only once it was restocked.
 */
final class DeskNotices implements StaffNotices, AutoCloseable {

    static final int SINGLE_NOTICES = 3;

    private static final Logger LOG = LoggerFactory.getLogger(DeskNotices.class);

    private final DeskBackEnd local;
    private final String branchId;
    private final Clock clock;
    /** Products of the branch low when last looked; read on the lookups thread only (null until first looked). */
    private Set<String> low;
    private final List<Consumer<StaffNotice>> listeners = new CopyOnWriteArrayList<>();
    private final NewsLookups lookups;

    DeskNotices(DeskBackEnd local, String branchId, Clock clock) {
        this.local = local;
        this.branchId = branchId;
        this.clock = clock;
        this.lookups = new NewsLookups(local, "staff-notices", LOG, "could not look up news for the staff: {}");
        local.bus().register(this);
        submit(() -> low = lowProducts().keySet());
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
        if (!news.isEmpty()) {
            submit(() -> tell(news));
        }
        if (recorded.events().stream().anyMatch(e -> e.event() instanceof StockEvent)) {
            long position = recorded.lastPosition();
            submit(() -> lookForLowStock(position));
        }
    }

    private void submit(Runnable lookup) {
        lookups.submit(lookup);
    }

    /** Once the stock read model has the movements, tells of each product that is newly low. */
    private void lookForLowStock(long position) {
        if (!lookups.awaitReadModels(position)) {
            return;
        }
        Map<String, StockLevelView> now = lowProducts();
        Set<String> before = low == null ? Set.of() : low;
        low = now.keySet();
        now.forEach((productId, level) -> {
            if (!before.contains(productId)) {
                StaffNotice notice = StaffNotice.lowStock(level.name(), level.onHand());
                listeners.forEach(l -> l.accept(notice));
            }
        });
    }

    private Map<String, StockLevelView> lowProducts() {
        Map<String, StockLevelView> levels = new LinkedHashMap<>();
        local.stockQueries().lowStock(branchId).forEach(level -> levels.put(level.productId(), level));
        return levels;
    }

    private void tell(List<RecordedEvent> news) {
        List<StaffNotice> notices = new ArrayList<>();
        Instant now = clock.instant();
        for (RecordedEvent e : news) {
            StaffNotice notice = switch (e.event()) {
                case BookingEvent.Created c when c.end().isAfter(now) -> StaffNotice.booking(
                        StaffNotice.Kind.NEW_BOOKING, customer(c.customerId()), stylist(c.staffId()), c.start());
                case BookingEvent.Cancelled c -> local.queries().booking(c.bookingId())
                        .filter(b -> b.end().isAfter(now))
                        .map(b -> StaffNotice.booking(StaffNotice.Kind.CANCELLED_BOOKING, b.customerName(),
                                stylist(b.staffId()), b.start())).orElse(null);
                default -> null;
            };
            if (notice != null) {
                notices.add(notice);
            }
        }
        if (notices.size() > SINGLE_NOTICES) {
            notices = List.of(StaffNotice.manyBookings(notices.size()));
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
        lookups.close();
    }
}
