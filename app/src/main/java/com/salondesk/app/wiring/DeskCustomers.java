package com.salondesk.app.wiring;

import com.salondesk.app.port.CustomerDirectory;
import com.salondesk.app.port.CustomerView;
import com.salondesk.domain.customer.CustomerDetails;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.backend.DeskBackEnd;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/** The desk's customer directory: searched in the read model, registered through the chain's set-up commands. */
final class DeskCustomers implements CustomerDirectory {

    private final DeskBackEnd local;
    private final Supplier<EventContext> command;
    private final Clock clock;

    DeskCustomers(DeskBackEnd local, Supplier<EventContext> command, Clock clock) {
        this.local = local;
        this.command = command;
        this.clock = clock;
    }

    @Override
    public List<CustomerView> search(String text, int limit) {
        return local.queries().searchCustomers(text, limit).stream().map(ReadViews::of).toList();
    }

    @Override
    public List<CustomerView> likelySame(CustomerDetails details) {
        return local.queries().likelySameCustomers(details).stream().map(ReadViews::of).toList();
    }

    @Override
    public CustomerView register(CustomerDetails details) {
        String id = Writes.run(local, () -> local.setup().registerCustomer(command.get(), details, clock.instant()));
        return new CustomerView(id, details.name(), details.phone(), details.email(), details.notes(),
                details.marketingConsent());
    }
}
