package com.salondesk.app.wiring;

import com.google.common.eventbus.Subscribe;
import com.salondesk.app.port.Waitlist;
import com.salondesk.app.port.WaitlistItem;
import com.salondesk.domain.waitlist.WaitlistEvent;
import com.salondesk.domain.waitlist.Wish;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.DeskIdentity;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.desk.EventsRecorded;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.read.WaitlistEntryView;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The waitlist of this desk's branch through the desk's waitlist commands and read model, and the offers this desk
 * makes as news: an offer recorded here is read back (names and all) on a thread of its own once the read model has
 * it, so the thread that recorded it is not held up.
 */
final class DeskWaitlist implements Waitlist, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeskWaitlist.class);

    private final DeskBackEnd local;
    private final DeskIdentity identity;
    private final Supplier<EventContext> command;
    private final List<Consumer<WaitlistItem>> listeners = new CopyOnWriteArrayList<>();
    private final NewsLookups lookups;

    DeskWaitlist(DeskBackEnd local, DeskIdentity identity, Supplier<EventContext> command) {
        this.local = local;
        this.identity = identity;
        this.command = command;
        // News is a courtesy: the offer stays on the waitlist screen whatever happens to its notice.
        this.lookups = new NewsLookups(local, "waitlist-offers-news", LOG, "could not tell of a waitlist offer: {}");
        local.bus().register(this);
    }

    @Override
    public String branchId() {
        return identity.branchId();
    }

    @Override
    public List<WaitlistItem> open() {
        return local.waitlistQueries().open(identity.branchId()).stream().map(DeskWaitlist::item).toList();
    }

    @Override
    public String join(Wish wish) {
        return Writes.run(local, () -> local.waitlist().join(command.get(), wish));
    }

    @Override
    public void leave(String entryId) {
        Writes.run(local, () -> local.waitlist().leave(command.get(), entryId, ""));
    }

    @Override
    public void decline(String entryId) {
        Writes.run(local, () -> local.waitlist().decline(command.get(), entryId, ""));
    }

    @Override
    public String bookOffer(String entryId) {
        return Writes.run(local, () -> local.waitlist().bookOffer(command.get(), entryId));
    }

    @Override
    public Runnable listenForOffers(Consumer<WaitlistItem> offered) {
        listeners.add(offered);
        return () -> listeners.remove(offered);
    }

    @Subscribe
    public void onRecorded(EventsRecorded recorded) {
        if (listeners.isEmpty()) {
            return;
        }
        for (RecordedEvent e : recorded.events()) {
            if (e.event() instanceof WaitlistEvent.SlotOffered offer
                    && identity.deviceId().equals(e.envelope().metadata().deviceId())) {
                lookups.submit(() -> tell(offer.entryId(), e.position()));
            }
        }
    }

    private void tell(String entryId, long position) {
        if (!lookups.awaitReadModels(position)) {
            return;
        }
        local.waitlistQueries().entry(entryId).filter(entry -> entry.offer().isPresent()).map(DeskWaitlist::item)
                .ifPresent(item -> listeners.forEach(l -> l.accept(item)));
    }

    static WaitlistItem item(WaitlistEntryView e) {
        return new WaitlistItem(e.entryId(), e.customerName(), e.serviceName(), e.staffName(), e.wantedFrom(),
                e.wantedTo(), e.earliest(), e.latest(), e.note(),
                e.offer().map(o -> new WaitlistItem.Offer(o.staffName(), o.start(), o.end())));
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
