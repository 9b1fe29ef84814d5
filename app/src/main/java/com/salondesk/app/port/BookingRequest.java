package com.salondesk.app.port;

import java.time.LocalDateTime;

/**
 * What the front desk fills in to book: a customer with a stylist for a service, from a start to an end
 * in the branch's local time. {@code overbook} records a manager's deliberate double booking.
 */
public record BookingRequest(String customerId, String branchId, String staffId, String serviceId,
                             LocalDateTime start, LocalDateTime end, boolean overbook) {
}
