package com.salondesk.persistence.read;

import java.time.Instant;

/** A customer a search found, with the start of their next booking (null when none is coming). */
public record CustomerMatch(CustomerView customer, Instant nextBooking) {
}
