package com.salondesk.app.wiring;

import com.salondesk.app.port.CustomerRecords;
import com.salondesk.domain.customer.CustomerDetails;
import com.salondesk.domain.customer.CustomerImport;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.read.CustomerVisit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The customer screens' port on the desk: its customer read model and customer commands. */
final class DeskCustomerRecords implements CustomerRecords {

    private static final java.time.Duration IMPORT_CATCH_UP = java.time.Duration.ofMinutes(5);

    private final DeskBackEnd local;
    private final Supplier<EventContext> command;
    private final Clock clock;

    DeskCustomerRecords(DeskBackEnd local, Supplier<EventContext> command, Clock clock) {
        this.local = local;
        this.command = command;
        this.clock = clock;
    }

    @Override
    public List<Match> search(String text, int limit) {
        return local.customerQueries().search(text, limit, clock.instant()).stream()
                .map(m -> new Match(ReadViews.of(m.customer()), m.nextBooking())).toList();
    }

    @Override
    public Optional<Profile> profile(String customerId) {
        return local.customerQueries().profile(customerId, clock.instant()).map(p -> new Profile(
                ReadViews.of(p.customer()), p.mergedIds(), visits(p.history()), visits(p.upcoming()), p.noShows(),
                p.cancellations(), p.spend()));
    }

    private static List<Visit> visits(List<CustomerVisit> visits) {
        return visits.stream().map(v -> new Visit(v.bookingId(), v.start(), v.zone(), v.branchName(), v.staffName(),
                v.serviceName(), v.status(), v.cancelCategory(), v.cancelReason(), v.price(), v.spend())).toList();
    }

    @Override
    public void change(String customerId, CustomerDetails before, CustomerDetails after) {
        Writes.run(local, () -> local.customers().change(command.get(), customerId, before, after));
    }

    @Override
    public void merge(String survivorId, String duplicateId, CustomerDetails keep) {
        Writes.run(local, () -> local.customers().merge(command.get(), survivorId, duplicateId, keep));
    }

    @Override
    public CustomerImport.Outcome previewImport(Path file) {
        return local.customers().preview(read(file));
    }

    @Override
    public CustomerImport.Outcome importFile(Path file) {
        CustomerImport.Outcome outcome = local.customers().importFile(command.get(), read(file));
        // A list of thousands takes the read models a while; the imported customers are searchable once it returns.
        try {
            if (!local.runtime().projections().awaitPosition(local.log().headPosition(), IMPORT_CATCH_UP)) {
                throw new IllegalStateException("the read models did not take the imported customers within "
                                                + IMPORT_CATCH_UP);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the read models took the imported customers", e);
        }
        return outcome;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }
}
