package com.salondesk.persistence.command;

import com.salondesk.domain.customer.Customer;
import com.salondesk.domain.customer.CustomerCommand;
import com.salondesk.domain.customer.CustomerDecider;
import com.salondesk.domain.customer.CustomerDetails;
import com.salondesk.domain.customer.CustomerEvent;
import com.salondesk.domain.customer.CustomerImport;
import com.salondesk.domain.shared.UuidV7;
import com.salondesk.persistence.command.AggregateStore.Step;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.read.CustomerQueries;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The desk's customer commands beyond registering one: change details, merge two records, import a list. */
public final class CustomerDesk {

    private static final CustomerDecider CUSTOMERS = new CustomerDecider();

    private final AggregateStore store;
    private final CustomerQueries queries;
    private final Clock clock;

    public CustomerDesk(AggregateStore store, CustomerQueries queries, Clock clock) {
        this.store = store;
        this.queries = queries;
        this.clock = clock;
    }

    /** Changes the fields of a customer's details that differ from {@code before} (what the person saw). */
    public void change(EventContext context, String customerId, CustomerDetails before, CustomerDetails after) {
        store.execute(context, CustomerDecider.streamId(customerId), CUSTOMERS, CustomerEvent.class,
                CustomerCommand.ChangeFields.between(customerId, before, after, clock.instant()));
    }

    /**
     * Merges the record {@code duplicateId} into {@code survivorId}'s, which keeps {@code keep}: both records' events
     * in one transaction ({@code customer.merged} on the survivor, {@code customer.merged-into} on the duplicate).
     */
    public void merge(EventContext context, String survivorId, String duplicateId, CustomerDetails keep) {
        Customer duplicate = store.load(CustomerDecider.streamId(duplicateId), CUSTOMERS, CustomerEvent.class).state();
        if (duplicate instanceof Customer.MergedInto m && m.survivorId().equals(survivorId)) {
            return;
        }
        var now = clock.instant();
        store.execute(context, List.of(
                Step.on(CustomerDecider.streamId(survivorId), CUSTOMERS, CustomerEvent.class,
                        new CustomerCommand.AbsorbDuplicate(survivorId, duplicateId, keep, now)),
                Step.on(CustomerDecider.streamId(duplicateId), CUSTOMERS, CustomerEvent.class,
                        new CustomerCommand.MergeInto(duplicateId, survivorId, keep.name(), now))));
    }

    /**
     * Which rows of a customer list would be imported and which are refused, and why; reads the file's bytes
     * ({@link CustomerCsv}) and checks them against each other and the customers on file. Records nothing.
     */
    public CustomerImport.Outcome preview(byte[] file) {
        CustomerCsv.Parsed parsed = CustomerCsv.read(file);
        CustomerImport.Outcome checked = CustomerImport.check(parsed.rows(), queries.onFile());
        List<CustomerImport.Refused> refused = new ArrayList<>(parsed.refused());
        refused.addAll(checked.refused());
        refused.sort(java.util.Comparator.comparingInt(CustomerImport.Refused::line));
        return new CustomerImport.Outcome(checked.accepted(), refused);
    }

    /**
     * Checks the list again (as {@link #preview}) and registers every accepted row in one transaction — all of them
     * or, if anything fails, none. Returns what was imported and what was refused.
     */
    public CustomerImport.Outcome importFile(EventContext context, byte[] file) {
        CustomerImport.Outcome outcome = preview(file);
        var now = clock.instant();
        importRows(context, outcome.accepted().stream()
                .map(row -> new CustomerCommand.Register(UuidV7.next().toString(), row.details(), now)).toList());
        return outcome;
    }

    /** Registers these customers, in one transaction: all of them, or (a rejection, a failure) none. */
    public void importRows(EventContext context, List<CustomerCommand.Register> registrations) {
        if (registrations.isEmpty()) {
            return;
        }
        for (CustomerCommand.Register r : registrations) {
            // Refuse before anything is decided, with the row's own words.
            r.details().validate();
        }
        store.execute(context, registrations.stream()
                .map(r -> Step.onNew(CustomerDecider.streamId(r.customerId()), CUSTOMERS, CustomerEvent.class, r))
                .toList());
    }
}
