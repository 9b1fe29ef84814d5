package com.salondesk.app.port;

import com.salondesk.domain.customer.CustomerDetails;
import java.util.List;

/** Finds customers on file and registers new ones. */
public interface CustomerDirectory {

    /** Customers whose name, phone or e-mail match {@code text}, at most {@code limit}. */
    List<CustomerView> search(String text, int limit);

    /**
     * Customers on file who are probably the person {@code details} describe (the same name and phone,
     * {@link CustomerDetails#isLikelySameAs}); the new-customer form offers them before adding a duplicate.
     */
    List<CustomerView> likelySame(CustomerDetails details);

    /** Registers a customer; returns once they can be searched for. */
    CustomerView register(CustomerDetails details);
}
