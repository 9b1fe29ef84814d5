package com.salondesk.app.port;

import com.salondesk.domain.booking.BookingStatus;
import com.salondesk.domain.booking.CancelReason;
import com.salondesk.domain.shared.Money;
import java.time.Instant;

/**
 * One booking in the appointment book, with the names the book shows. A cancelled booking has its cancel category
 * and note (the note may be blank); otherwise both are null. {@code timeLost}: the booking lost its time to another
 * desk's booking and holds none, so the book draws it aside like a cancelled one, never over the booking that won. {@code notes}: the desk's notes, empty when none.
 */
public record BookingView(String bookingId, String customerId, String customerName, String branchId, String staffId,
                          String serviceId, String serviceName, BookingStatus status, Instant start, Instant end,
                          Money price, String cancelReason, CancelReason.Category cancelCategory, boolean timeLost,
                          String notes) {
    public BookingView {
        notes = notes == null ? "" : notes;
    }

    /** A booking without notes. */
    public BookingView(String bookingId, String customerId, String customerName, String branchId, String staffId,
                       String serviceId, String serviceName, BookingStatus status, Instant start, Instant end,
                       Money price, String cancelReason, CancelReason.Category cancelCategory, boolean timeLost) {
        this(bookingId, customerId, customerName, branchId, staffId, serviceId, serviceName, status, start, end, price,
                cancelReason, cancelCategory, timeLost, "");
    }

}
