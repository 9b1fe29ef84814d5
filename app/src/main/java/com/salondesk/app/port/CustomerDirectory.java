package com.salondesk.app.port;

import com.salondesk.domain.customer.CustomerDetails;
import java.util.List;

/** Finds customers on file and registers new ones. */
public interface CustomerDirectory {

    /** Customers whose name, phone or e-mail match {@code text}, at most {@code limit}. */
    List<CustomerView> search(String text, int limit);

    /** Registers a customer; returns once they can be searched for. */
    CustomerView register(CustomerDetails details);
}
