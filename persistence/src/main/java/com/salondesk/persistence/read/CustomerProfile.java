package com.salondesk.persistence.read;

import com.salondesk.domain.shared.Money;
import java.util.List;

/**
 * Everything the desk knows about one customer: the details, the records merged into theirs, the visits that are
 * over or past (newest first), the bookings to come (soonest first), how often they did not come or cancelled, and
 * what they spent at checkouts (one sum per currency).
 */
public record CustomerProfile(CustomerView customer, List<String> mergedIds, List<CustomerVisit> history,
                              List<CustomerVisit> upcoming, int noShows, int cancellations, List<Money> spend) {
    public CustomerProfile {
        mergedIds = List.copyOf(mergedIds);
        history = List.copyOf(history);
        upcoming = List.copyOf(upcoming);
        spend = List.copyOf(spend);
    }
}
