package com.salondesk.app.port;

import com.salondesk.domain.bookingsaga.SagaProgress;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** Reads the confirmation workflow (saga) of bookings: one booking's steps, and which bookings wait for a deposit. */
public interface BookingWorkflows {

    /** The booking's workflow steps, how each stands and why it failed; empty when it has none. */
    Optional<SagaProgress> workflowOf(String bookingId);

    /** Those of {@code bookingIds} whose workflow waits for the deposit. */
    Set<String> awaitingDeposit(Collection<String> bookingIds);
}
