package com.salondesk.app.port;

import java.time.Instant;

/**
 * One side of a Needs-attention entry: a booking with who, what, with whom, when, and the desk that made it.
 * The customer's phone and e-mail are there so the desk can call them.
 */
public record ContestedBooking(String bookingId, String customerId, String customerName, String phone, String email,
                               String branchId, String staffId, String staffName, String serviceId,
                               String serviceName, Instant start, Instant end, String deviceId) {
}
