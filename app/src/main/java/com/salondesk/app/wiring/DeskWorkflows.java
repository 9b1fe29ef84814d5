package com.salondesk.app.wiring;

import com.salondesk.app.port.BookingWorkflows;
import com.salondesk.domain.bookingsaga.SagaProgress;
import com.salondesk.persistence.read.SagaQueries;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Bookings' confirmation workflows, read from the desk: the saga stream for one, the saga read model for many. */
final class DeskWorkflows implements BookingWorkflows {

    private final SagaQueries sagas;

    DeskWorkflows(SagaQueries sagas) {
        this.sagas = sagas;
    }

    @Override
    public Optional<SagaProgress> workflowOf(String bookingId) {
        return sagas.progress(bookingId);
    }

    @Override
    public Set<String> awaitingDeposit(Collection<String> bookingIds) {
        return sagas.stages(bookingIds).entrySet().stream()
                .filter(e -> e.getValue() == SagaProgress.Stage.WAITING_FOR_DEPOSIT)
                .map(java.util.Map.Entry::getKey).collect(Collectors.toSet());
    }
}
