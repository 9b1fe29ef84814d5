package com.salondesk.persistence.notify;

import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.notification.NotificationKind;
import com.salondesk.domain.notification.NotificationPolicy;
import com.salondesk.persistence.command.NotificationDesk;
import com.salondesk.persistence.desk.DeskIdentity;
import com.salondesk.persistence.desk.DeskIdentityStore;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.event.EventMetadata;
import com.salondesk.persistence.runtime.EventHandler;
import com.salondesk.persistence.runtime.HandlerContext;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Queues the customer's message for each event that is news to them (a booking made, confirmed or cancelled), on the
 * desk that recorded the event only: every desk takes every event, and the customer must hear it once. The message is
 * the same for the same event, so an event handled again queues nothing twice. Sending is
 * {@link NotificationSender}'s.
 */
public final class CustomerNotifier implements EventHandler {

    public static final String NAME = "customer-notifier";

    private static final Logger LOG = LoggerFactory.getLogger(CustomerNotifier.class);

    private final NotificationDesk notifications;
    private final DeskIdentityStore identity;

    public CustomerNotifier(NotificationDesk notifications, DeskIdentityStore identity) {
        this.notifications = notifications;
        this.identity = identity;
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
    public void handle(HandlerContext context, RecordedEvent event) {
        Optional<DeskIdentity> me = identity.read();
        EventMetadata metadata = event.envelope().metadata();
        if (me.isEmpty() || !me.get().deviceId().equals(metadata.deviceId())) {
            return;
        }
        switch (event.event()) {
            case BookingEvent.Created c -> announce(me.get(), event, NotificationKind.BOOKING_CREATED, c.bookingId());
            case BookingEvent.Confirmed c -> announce(me.get(), event, NotificationKind.BOOKING_CONFIRMED, c.bookingId());
            case BookingEvent.Cancelled c -> announce(me.get(), event, NotificationKind.BOOKING_CANCELLED, c.bookingId());
            default -> {
            }
        }
    }

    private void announce(DeskIdentity me, RecordedEvent event, NotificationKind kind, String bookingId) {
        EventMetadata metadata = event.envelope().metadata();
        var context = new EventContext(me.tenantId(), me.branchId(), me.deviceId(), NAME,
                metadata.correlationId() == null ? event.id().toString() : metadata.correlationId(),
                event.id().toString());
        var outcome = notifications.announceBooking(context, kind, bookingId, event.id().toString(),
                event.recordedAt(), null);
        if (outcome instanceof NotificationPolicy.Outcome.Skip skip) {
            // Not an error: a customer without an address, or news that is old, simply gets no message.
            LOG.info("no {} message for booking {}: {}", kind, bookingId, skip.reason());
        }
    }
}
