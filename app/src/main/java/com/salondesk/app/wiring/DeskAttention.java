package com.salondesk.app.wiring;

import com.salondesk.app.port.AttentionEntry;
import com.salondesk.app.port.ContestedBooking;
import com.salondesk.app.port.NeedsAttention;
import com.salondesk.domain.attention.AttentionKind;
import com.salondesk.domain.booking.BookingDecider;
import com.salondesk.domain.booking.CancelReason;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.DeskIdentity;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.read.AttentionView;
import com.salondesk.persistence.read.BookingView;
import com.salondesk.persistence.read.CustomerView;
import com.salondesk.persistence.read.DeskQueries;
import com.salondesk.persistence.read.StaffView;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;

/**
 * This desk's Needs-attention list, read from its read model with each side's names and the desk that booked it,
 * and settling an entry as the person at the desk, through the back end's {@code AttentionDesk}.
 */
final class DeskAttention implements NeedsAttention {

    private final DeskBackEnd local;
    private final Supplier<EventContext> command;
    private final DeskIdentity identity;

    DeskAttention(DeskBackEnd local, Supplier<EventContext> command, DeskIdentity identity) {
        this.local = local;
        this.command = command;
        this.identity = identity;
    }

    @Override
    public List<AttentionEntry> open() {
        return local.queries().openAttention(identity.deviceId()).stream().map(this::entry).toList();
    }

    @Override
    public int openCount() {
        return local.queries().openAttentionCount(identity.deviceId());
    }

    @Override
    public void move(String entryId, String staffId, LocalDateTime start, LocalDateTime end) {
        Writes.run(local, () -> local.attention().move(command.get(), entryId, staffId, start, end));
    }

    @Override
    public void keepAsOverbook(String entryId) {
        Writes.run(local, () -> local.attention().keepAsOverbook(command.get(), entryId));
    }

    @Override
    public void cancel(String entryId, CancelReason reason) {
        Writes.run(local, () -> local.attention().cancel(command.get(), entryId, reason));
    }

    @Override
    public void dismiss(String entryId) {
        Writes.run(local, () -> local.attention().dismiss(command.get(), entryId));
    }

    private AttentionEntry entry(AttentionView view) {
        AttentionEntry.Kind kind = view.kind() == AttentionKind.BOOKING_TIME_LOST
                ? AttentionEntry.Kind.BOOKING_TIME_LOST : AttentionEntry.Kind.CHANGE_REFUSED;
        ContestedBooking lost = view.bookingId().isEmpty() ? null : contested(view.bookingId());
        // Several bookings may hold the time the lost one asked for; the first is shown beside it.
        ContestedBooking rival = view.rivalBookingIds().stream().map(this::contested)
                .filter(b -> b != null).findFirst().orElse(null);
        return new AttentionEntry(view.entryId(), kind, view.raisedAt(), view.rejection(), view.supersededType(),
                lost, rival);
    }

    /** A booking with its names, the customer's contact and the desk that booked it; null when it is not known. */
    private ContestedBooking contested(String bookingId) {
        DeskQueries queries = local.queries();
        BookingView booking = queries.booking(bookingId).orElse(null);
        if (booking == null) {
            return null;
        }
        CustomerView customer = queries.customer(booking.customerId()).orElse(null);
        String staffName = queries.staffMember(booking.staffId()).map(StaffView::name).orElse(booking.staffId());
        return new ContestedBooking(booking.bookingId(), booking.customerId(), booking.customerName(),
                customer == null ? "" : customer.phone(), customer == null ? "" : customer.email(),
                booking.branchId(), booking.staffId(), staffName, booking.serviceId(), booking.serviceName(),
                booking.start(), booking.end(), bookedOn(bookingId));
    }

    /** The device that recorded the booking's first event. */
    private String bookedOn(String bookingId) {
        List<RecordedEvent> events = local.log().readStream(BookingDecider.streamId(bookingId));
        return events.isEmpty() ? "" : events.getFirst().envelope().metadata().deviceId();
    }
}
