package com.salondesk.persistence.read;

import com.salondesk.domain.booking.BookingStatus;
import com.salondesk.domain.booking.CancelReason;
import com.salondesk.domain.shared.Money;
import java.time.Instant;

/**
 * One booking in the appointment book, with the names the book shows. A cancelled booking has its cancel category
 * (OTHER when it was cancelled before categories existed) and note; otherwise both are null.
 */
public record BookingView(String bookingId, String customerId, String customerName, String branchId, String staffId,
                          String serviceId, String serviceName, BookingStatus status, Instant start, Instant end,
                          Money price, String cancelReason, CancelReason.Category cancelCategory) {
}
