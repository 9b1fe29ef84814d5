package com.salondesk.persistence.notify;

import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.bookingsaga.BookingSagaEvent;
import com.salondesk.domain.checkout.CheckoutEvent;
import com.salondesk.domain.notification.NotificationKind;
import com.salondesk.domain.notification.NotificationPolicy;
import com.salondesk.domain.payment.PaymentEvent;
import com.salondesk.persistence.command.NotificationDesk;
import com.salondesk.persistence.desk.DeskIdentity;
import com.salondesk.persistence.desk.DeskIdentityStore;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.event.EventMetadata;
import com.salondesk.persistence.saga.BookingConfirmationSaga;
import com.salondesk.persistence.runtime.EventHandler;
import com.salondesk.persistence.runtime.HandlerContext;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Queues the customer's message for each event that is news to them (a booking made, confirmed or cancelled, a
 * payment's receipt: a checkout's, or a payment's of its own such as a deposit), on the
 * desk that recorded the event only: every desk takes every event, and the customer must hear it once. The message is
 * the same for the same event, so an event handled again queues nothing twice. Sending is
 * {@link NotificationSender}'s.
 */
public final class CustomerNotifier implements EventHandler {

    public static final String NAME = "customer-notifier";

    private static final Logger LOG = LoggerFactory.getLogger(CustomerNotifier.class);

    private final NotificationDesk notifications;
    private final DeskIdentityStore identity;
    private final BooleanSupplier sendsEmail;
    private final Set<String> types;

    private static final String SAGA_COMPLETED = "booking-saga.completed";
    private static final Set<String> ANNOUNCED = Set.of("booking.created", "booking.confirmed", "booking.cancelled",
            "payment.taken", "checkout.completed");

    /**
     * @param sendsEmail whether the desk has e-mail settings: a desk that sends no e-mail queues nothing, rather than
     *                   fill the chain's log with messages that may never go (e-mail starts with the news after it
     *                   is set up)
     */
    public CustomerNotifier(NotificationDesk notifications, DeskIdentityStore identity, BooleanSupplier sendsEmail,
                            Set<String> registered) {
        this.notifications = notifications;
        this.identity = identity;
        this.sendsEmail = sendsEmail;
        Set<String> types = new java.util.HashSet<>(ANNOUNCED);
        // The saga's completion is announced once the saga's events are registered (its branch merged).
        if (registered.contains(SAGA_COMPLETED)) {
            types.add(SAGA_COMPLETED);
        }
        this.types = Set.copyOf(types);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> eventTypes() {
        return types;
    }

    @Override
    public void handle(HandlerContext context, RecordedEvent event) {
        Optional<DeskIdentity> me = identity.read();
        EventMetadata metadata = event.envelope().metadata();
        if (me.isEmpty() || !me.get().deviceId().equals(metadata.deviceId()) || !sendsEmail.getAsBoolean()) {
            return;
        }
        switch (event.event()) {
            case BookingEvent.Created c -> announce(me.get(), event, NotificationKind.BOOKING_CREATED, c.bookingId());
            // The saga's own confirmation is followed at once by its final confirmation, which says it all; a
            // confirmation by a person at the desk gets a message of its own.
            case BookingEvent.Confirmed c when BookingConfirmationSaga.ACTOR.equals(metadata.userId()) -> {
            }
            case BookingEvent.Confirmed c -> announce(me.get(), event, NotificationKind.BOOKING_CONFIRMED, c.bookingId());
            case BookingEvent.Cancelled c -> announce(me.get(), event, NotificationKind.BOOKING_CANCELLED, c.bookingId());
            case BookingSagaEvent.Completed c -> announce(me.get(), event, NotificationKind.FINAL_CONFIRMATION,
                    c.bookingId());
            // A checkout's receipt covers its payments; a payment on its own (a deposit, a voucher sold) gets one.
            case CheckoutEvent.Completed c -> said(NotificationKind.PAYMENT_RECEIPT, c.checkoutId(),
                    notifications.announceReceipt(context(me.get(), event), c.customerId(), c.branchId(),
                            c.bookingIds().size() == 1 ? c.bookingIds().getFirst() : null, c.paid(),
                            event.id().toString(), event.recordedAt()));
            case PaymentEvent.Taken t when t.checkoutId() == null || t.checkoutId().isBlank() ->
                    said(NotificationKind.PAYMENT_RECEIPT, t.paymentId(), notifications.announceReceipt(
                            context(me.get(), event), t.customerId(), t.branchId(), t.bookingId(), t.amount(),
                            event.id().toString(), event.recordedAt()));
            default -> {
            }
        }
    }

    private void announce(DeskIdentity me, RecordedEvent event, NotificationKind kind, String bookingId) {
        said(kind, bookingId, notifications.announceBooking(context(me, event), kind, bookingId, event.id().toString(),
                event.recordedAt()));
    }

    /** The notifier's events carry the announced event's correlation, and that event as their cause. */
    private static EventContext context(DeskIdentity me, RecordedEvent event) {
        EventMetadata metadata = event.envelope().metadata();
        return new EventContext(me.tenantId(), me.branchId(), me.deviceId(), NAME,
                metadata.correlationId() == null ? event.id().toString() : metadata.correlationId(),
                event.id().toString());
    }

    private static void said(NotificationKind kind, String about, NotificationPolicy.Outcome outcome) {
        if (outcome instanceof NotificationPolicy.Outcome.Skip skip) {
            // Not an error: a customer without an address, or news that is old, simply gets no message.
            LOG.info("no {} message about {}: {}", kind, about, skip.reason());
        }
    }
}
