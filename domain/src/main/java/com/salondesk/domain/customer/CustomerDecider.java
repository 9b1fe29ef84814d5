package com.salondesk.domain.customer;

import com.salondesk.domain.shared.Decider;
import com.salondesk.domain.shared.DomainRejection;
import java.time.Instant;
import java.util.List;

/** Registers customers, keeps their details, and merges two records of one person. */
public final class CustomerDecider implements Decider<CustomerCommand, Customer, CustomerEvent> {

    public static String streamId(String customerId) {
        return "customer-" + customerId;
    }

    @Override
    public Customer initialState() {
        return new Customer.Unknown();
    }

    @Override
    public List<CustomerEvent> decide(CustomerCommand command, Customer state) {
        if (state instanceof Customer.MergedInto merged && !isRepeatOf(command, merged)) {
            // A merged-away record lives on only so that its old bookings keep a name; the survivor is the one to change.
            throw new DomainRejection("customer.merged-away", merged.details().name(), merged.survivorName());
        }
        return switch (command) {
            case CustomerCommand.Register r -> switch (state) {
                case Customer.Unknown u -> {
                    r.details().validate();
                    CustomerDetails d = r.details();
                    yield List.of(new CustomerEvent.Registered(r.customerId(), d.name(), d.phone(), d.email(),
                            d.notes(), d.marketingConsent()));
                }
                case Customer.Registered c when c.details().equals(r.details()) -> List.of();
                case Customer.Registered c -> throw new DomainRejection("customer.already-registered", c.customerId());
                case Customer.MergedInto m -> List.of();
            };
            case CustomerCommand.ChangeDetails c -> switch (state) {
                case Customer.Unknown u -> throw new DomainRejection("customer.not-found", c.customerId());
                case Customer.Registered reg when reg.details().equals(c.details()) -> List.of();
                case Customer.Registered reg -> changed(reg, c.details());
                case Customer.MergedInto m -> List.of();
            };
            case CustomerCommand.ChangeFields c -> switch (state) {
                case Customer.Unknown u -> throw new DomainRejection("customer.not-found", c.customerId());
                case Customer.Registered reg when reg.details().equals(c.over(reg.details())) -> List.of();
                case Customer.Registered reg -> changed(reg, c.over(reg.details()));
                case Customer.MergedInto m -> List.of();
            };
            case CustomerCommand.AbsorbDuplicate a -> switch (state) {
                case Customer.Unknown u -> throw new DomainRejection("customer.not-found", a.customerId());
                case Customer.Registered reg when reg.customerId().equals(a.duplicateId()) ->
                        throw new DomainRejection("customer.merge-with-itself", reg.details().name());
                case Customer.Registered reg -> {
                    a.details().validate();
                    CustomerDetails d = a.details();
                    yield List.of(new CustomerEvent.Merged(reg.customerId(), a.duplicateId(), d.name(), d.phone(),
                            d.email(), d.notes(), d.marketingConsent()));
                }
                case Customer.MergedInto m -> List.of();
            };
            case CustomerCommand.MergeInto m -> switch (state) {
                case Customer.Unknown u -> throw new DomainRejection("customer.not-found", m.customerId());
                case Customer.Registered reg when reg.customerId().equals(m.survivorId()) ->
                        throw new DomainRejection("customer.merge-with-itself", reg.details().name());
                case Customer.Registered reg ->
                        List.of(new CustomerEvent.MergedInto(reg.customerId(), m.survivorId(), m.survivorName()));
                case Customer.MergedInto already -> List.of();
            };
        };
    }

    /** Merging a record again into the survivor it was merged into already changes nothing. */
    private static boolean isRepeatOf(CustomerCommand command, Customer.MergedInto merged) {
        return command instanceof CustomerCommand.MergeInto m && m.survivorId().equals(merged.survivorId());
    }

    private static List<CustomerEvent> changed(Customer.Registered reg, CustomerDetails d) {
        d.validate();
        return List.of(new CustomerEvent.DetailsChanged(reg.customerId(), d.name(), d.phone(), d.email(), d.notes(),
                d.marketingConsent()));
    }

    /**
     * The command that recorded {@code event}, to decide again on a newer state: a registration as it was, a change
     * of details as only the fields it changed from {@code before} (the customer as that desk saw it), so that two
     * desks' changes merge per field; a merge as it was.
     */
    public static CustomerCommand again(CustomerEvent event, Customer before, Instant now) {
        return switch (event) {
            case CustomerEvent.Registered r -> new CustomerCommand.Register(r.customerId(),
                    new CustomerDetails(r.name(), r.phone(), r.email(), r.notes(), r.marketingConsent()), now);
            case CustomerEvent.DetailsChanged c -> {
                var after = new CustomerDetails(c.name(), c.phone(), c.email(), c.notes(), c.marketingConsent());
                yield before instanceof Customer.Registered reg
                        ? CustomerCommand.ChangeFields.between(c.customerId(), reg.details(), after, now)
                        : new CustomerCommand.ChangeDetails(c.customerId(), after, now);
            }
            case CustomerEvent.Merged m -> new CustomerCommand.AbsorbDuplicate(m.customerId(), m.mergedCustomerId(),
                    new CustomerDetails(m.name(), m.phone(), m.email(), m.notes(), m.marketingConsent()), now);
            case CustomerEvent.MergedInto m ->
                    new CustomerCommand.MergeInto(m.customerId(), m.survivorId(), m.survivorName(), now);
        };
    }

    @Override
    public Customer evolve(Customer state, CustomerEvent event) {
        return switch (event) {
            case CustomerEvent.Registered r -> new Customer.Registered(r.customerId(),
                    new CustomerDetails(r.name(), r.phone(), r.email(), r.notes(), r.marketingConsent()));
            case CustomerEvent.DetailsChanged c -> new Customer.Registered(c.customerId(),
                    new CustomerDetails(c.name(), c.phone(), c.email(), c.notes(), c.marketingConsent()));
            case CustomerEvent.Merged m -> new Customer.Registered(m.customerId(),
                    new CustomerDetails(m.name(), m.phone(), m.email(), m.notes(), m.marketingConsent()));
            case CustomerEvent.MergedInto m -> new Customer.MergedInto(m.customerId(), detailsOf(state),
                    m.survivorId(), m.survivorName());
        };
    }

    private static CustomerDetails detailsOf(Customer state) {
        return switch (state) {
            case Customer.Registered r -> r.details();
            case Customer.MergedInto m -> m.details();
            case Customer.Unknown u -> new CustomerDetails("", "", "", "", false);
        };
    }
}
