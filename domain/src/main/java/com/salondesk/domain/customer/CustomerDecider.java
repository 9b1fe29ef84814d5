package com.salondesk.domain.customer;

import com.salondesk.domain.shared.Decider;
import com.salondesk.domain.shared.DomainRejection;
import java.time.Instant;
import java.util.List;

/** Registers customers and keeps their details. */
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
            };
            case CustomerCommand.ChangeDetails c -> switch (state) {
                case Customer.Unknown u -> throw new DomainRejection("customer.not-found", c.customerId());
                case Customer.Registered reg when reg.details().equals(c.details()) -> List.of();
                case Customer.Registered reg -> changed(reg, c.details());
            };
            case CustomerCommand.ChangeFields c -> switch (state) {
                case Customer.Unknown u -> throw new DomainRejection("customer.not-found", c.customerId());
                case Customer.Registered reg when reg.details().equals(c.over(reg.details())) -> List.of();
                case Customer.Registered reg -> changed(reg, c.over(reg.details()));
            };
        };
    }

    private static List<CustomerEvent> changed(Customer.Registered reg, CustomerDetails d) {
        d.validate();
        return List.of(new CustomerEvent.DetailsChanged(reg.customerId(), d.name(), d.phone(), d.email(), d.notes(),
                d.marketingConsent()));
    }

    /**
     * The command that recorded {@code event}, to decide again on a newer state: a registration as it was, a change
     * of details as only the fields it changed from {@code before} (the customer as that desk saw it), so that two
     * desks' changes merge per field.
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
        };
    }

    @Override
    public Customer evolve(Customer state, CustomerEvent event) {
        return switch (event) {
            case CustomerEvent.Registered r -> new Customer.Registered(r.customerId(),
                    new CustomerDetails(r.name(), r.phone(), r.email(), r.notes(), r.marketingConsent()));
            case CustomerEvent.DetailsChanged c -> new Customer.Registered(c.customerId(),
                    new CustomerDetails(c.name(), c.phone(), c.email(), c.notes(), c.marketingConsent()));
        };
    }
}
