package com.salondesk.domain.booking;

import com.salondesk.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Who is booked with whom, for which services, when, and at what total price, with the desk's notes (empty when
 * there are none; a booking gets notes only by {@link BookingEvent.DetailsChanged}). Services are done one
 * after another in the order listed.
 */
public record BookingDetails(String customerId, String branchId, String staffId, List<BookedService> services,
                             Instant start, Instant end, Money price, String notes) {
    public BookingDetails {
        notes = notes == null ? "" : notes;
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(branchId, "branchId");
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(price, "price");
        services = List.copyOf(services);
        if (services.isEmpty()) {
            throw new IllegalArgumentException("a booking holds at least one service");
        }
    }

    /** Details without notes, as a booking is made. */
    public BookingDetails(String customerId, String branchId, String staffId, List<BookedService> services,
                          Instant start, Instant end, Money price) {
        this(customerId, branchId, staffId, services, start, end, price, "");
    }

    /** The same booking with {@code staffId} from {@code start} to {@code end}. */
    public BookingDetails at(String staffId, Instant start, Instant end) {
        return new BookingDetails(customerId, branchId, staffId, services, start, end, price, notes);
    }

    /** The same booking, at the same time, for {@code services} at {@code price}, with {@code notes}. */
    public BookingDetails with(List<BookedService> services, Money price, String notes) {
        return new BookingDetails(customerId, branchId, staffId, services, start, end, price, notes);
    }

    /** A booking for one service that fills the whole time, at the given price. */
    public static BookingDetails single(String customerId, String branchId, String staffId, String serviceId,
                                        Instant start, Instant end, Money price) {
        int minutes = (int) Math.max(1, Duration.between(start, end).toMinutes());
        return new BookingDetails(customerId, branchId, staffId, List.of(new BookedService(serviceId, minutes, price)),
                start, end, price);
    }

    /** The first (main) service; the appointment book shows it. */
    public String mainServiceId() {
        return services.getFirst().serviceId();
    }
}
