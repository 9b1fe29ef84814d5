package com.salondesk.domain.booking;

import java.time.LocalDateTime;

/**
 * What the front desk fills in to book: a customer with a stylist for a service, from a start to an end
 * in the branch's local time. {@code overbook} records a manager's deliberate double booking (of the
 * stylist, and of the customer). Ids and times may be missing while a form is being filled in;
 * {@link BookingPolicy} says what is missing.
 */
public record NewBooking(String customerId, String branchId, String staffId, String serviceId,
                         LocalDateTime start, LocalDateTime end, boolean overbook) {
}
