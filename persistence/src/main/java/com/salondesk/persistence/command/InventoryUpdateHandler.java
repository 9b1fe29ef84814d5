package com.salondesk.persistence.command;

import com.salondesk.domain.booking.BookedService;
import com.salondesk.domain.booking.Booking;
import com.salondesk.domain.booking.BookingDecider;
import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.checkout.CheckoutEvent;
import com.salondesk.domain.checkout.ProductUse;
import com.salondesk.domain.service.SalonService;
import com.salondesk.domain.service.ServiceDecider;
import com.salondesk.domain.service.ServiceEvent;
import com.salondesk.domain.stock.StockCommand;
import com.salondesk.domain.stock.StockEvent;
import com.salondesk.domain.stock.StockLine;
import com.salondesk.domain.stock.StockReservation;
import com.salondesk.domain.stock.StockReservationDecider;
import com.salondesk.persistence.desk.DeskIdentity;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.event.EventMetadata;
import com.salondesk.persistence.runtime.EventHandler;
import com.salondesk.persistence.runtime.HandlerContext;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Records the back-bar products a booking's service used, and lets go of what it no longer needs: at checkout
 * ({@code checkout.completed}) the amounts the stylist gave for each booking, releasing what was reserved and not
 * used; on {@code booking.completed} with no use recorded yet, the services' planned amounts; on a cancellation or
 * a no-show, the reservation is released. Only the desk that recorded the triggering event acts, so it happens once
 * across the chain; each command is a no-op once done, so a redelivered event changes nothing.
 */
public final class InventoryUpdateHandler implements EventHandler {

    public static final String NAME = "inventory-update";
    /** Who the events this handler records are by. */
    static final String ACTOR = "inventory";

    private static final BookingDecider BOOKINGS = new BookingDecider();
    private static final ServiceDecider SERVICES = new ServiceDecider();
    private static final StockReservationDecider RESERVATIONS = new StockReservationDecider();

    private final StockDesk stock;
    private final AggregateStore store;
    private final Supplier<Optional<DeskIdentity>> identity;

    public InventoryUpdateHandler(StockDesk stock, AggregateStore store, Supplier<Optional<DeskIdentity>> identity) {
        this.stock = stock;
        this.store = store;
        this.identity = identity;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of("checkout.completed", "booking.completed", "booking.cancelled", "booking.no-show");
    }

    @Override
    public void handle(HandlerContext context, RecordedEvent recorded) {
        EventMetadata metadata = recorded.envelope().metadata();
        // A desk without an identity yet (the demo is recorded before it gets one) has never synced: every event in
        // its log is its own.
        String thisDevice = identity.get().map(DeskIdentity::deviceId).orElse(metadata.deviceId());
        if (!thisDevice.equals(metadata.deviceId())) {
            return;  // another desk's event: that desk updates the stock, once, and its events reach us by sync
        }
        EventContext caused = new EventContext(metadata.tenantId(), metadata.branchId(), thisDevice, ACTOR,
                metadata.correlationId(), recorded.id().toString());
        var now = recorded.recordedAt();
        switch (recorded.event()) {
            case CheckoutEvent.Completed checkout -> {
                Map<String, Map<String, BigDecimal>> perBooking = usedPerBooking(checkout.productsUsed());
                for (String bookingId : checkout.bookingIds()) {
                    Map<String, BigDecimal> used = perBooking.get(bookingId);
                    if (used != null) {
                        stock.useInService(caused, new StockCommand.UseInService(bookingId, checkout.branchId(),
                                lines(used), ACTOR, now));
                    }
                }
            }
            case BookingEvent.Completed completed -> useAsPlanned(caused, completed.bookingId(), now);
            case BookingEvent.Cancelled cancelled -> stock.release(caused,
                    new StockCommand.Release(cancelled.bookingId(), "cancelled", ACTOR, now));
            case BookingEvent.NoShowRecorded noShow -> stock.release(caused,
                    new StockCommand.Release(noShow.bookingId(), "no-show", ACTOR, now));
            default -> {
            }
        }
    }

    /**
     * The stylist's amounts per booking and product; zeros kept out of the lines but the booking kept in the map,
     * so "nothing used" is recorded as such. A booking the checkout gave no amounts for is left to
     * {@code booking.completed}, which records the planned amounts.
     */
    private static Map<String, Map<String, BigDecimal>> usedPerBooking(List<ProductUse> uses) {
        Map<String, Map<String, BigDecimal>> perBooking = new LinkedHashMap<>();
        for (ProductUse use : uses) {
            Map<String, BigDecimal> used = perBooking.computeIfAbsent(use.bookingId(), b -> new LinkedHashMap<>());
            if (use.quantity().signum() > 0) {
                used.merge(use.productId(), use.quantity(), BigDecimal::add);
            }
        }
        return perBooking;
    }

    private void useAsPlanned(EventContext caused, String bookingId, java.time.Instant now) {
        StockReservation reservation = store.load(StockReservationDecider.streamId(bookingId), RESERVATIONS,
                StockEvent.ReservationEvent.class).state();
        if (reservation instanceof StockReservation.Used) {
            return;  // the checkout recorded what was used
        }
        if (!(store.load(BookingDecider.streamId(bookingId), BOOKINGS, BookingEvent.class).state()
                instanceof Booking.Existing booking)) {
            return;
        }
        Map<String, BigDecimal> planned = new LinkedHashMap<>();
        for (BookedService service : booking.details().services()) {
            if (store.load(ServiceDecider.streamId(service.serviceId()), SERVICES, ServiceEvent.class).state()
                    instanceof SalonService.Offered offered) {
                offered.productsUsed().forEach(l -> planned.merge(l.productId(), l.quantity(), BigDecimal::add));
            }
        }
        if (planned.isEmpty() && reservation instanceof StockReservation.None) {
            return;  // a service that uses no products: nothing to record
        }
        stock.useInService(caused, new StockCommand.UseInService(bookingId, booking.details().branchId(),
                lines(planned), ACTOR, now));
    }

    private static List<StockLine> lines(Map<String, BigDecimal> quantities) {
        return quantities.entrySet().stream().map(e -> new StockLine(e.getKey(), e.getValue())).toList();
    }
}
