package com.salondesk.domain.branch;

import com.salondesk.domain.shared.WeeklyHours;
import java.time.Duration;

/** A branch of the chain, before and after it opened. */
public sealed interface Branch {

    /** How long before the start a customer may be checked in, unless the branch says otherwise. */
    int STANDARD_CHECK_IN_MINUTES = 30;

    record NotOpened() implements Branch {
    }

    /** An open branch; {@code checkInMinutes} is how early before an appointment the desk may check in. */
    record Open(String branchId, String name, Address address, String timeZone, String currency,
                WeeklyHours openingHours, int checkInMinutes, TaxRates taxRates, BranchRules rules) implements Branch {

        /** A branch before it had closures, a booking window or resources. */
        public Open(String branchId, String name, Address address, String timeZone, String currency,
                    WeeklyHours openingHours, int checkInMinutes, TaxRates taxRates) {
            this(branchId, name, address, timeZone, currency, openingHours, checkInMinutes, taxRates,
                    BranchRules.standard());
        }

        /** A branch before it set tax rates: everything untaxed. */
        public Open(String branchId, String name, Address address, String timeZone, String currency,
                    WeeklyHours openingHours, int checkInMinutes) {
            this(branchId, name, address, timeZone, currency, openingHours, checkInMinutes, TaxRates.none());
        }

        public Open {
            // Snapshots taken before branches had tax rates read back without them.
            taxRates = taxRates == null ? TaxRates.none() : taxRates;
            rules = rules == null ? BranchRules.standard() : rules;
        }

        /** A branch as opened, with the standard check-in window. */
        public Open(String branchId, String name, Address address, String timeZone, String currency,
                    WeeklyHours openingHours) {
            this(branchId, name, address, timeZone, currency, openingHours, STANDARD_CHECK_IN_MINUTES);
        }

        /** The same branch with other availability rules. */
        public Open with(BranchRules newRules) {
            return new Open(branchId, name, address, timeZone, currency, openingHours, checkInMinutes, taxRates,
                    newRules);
        }

        public Duration checkInWindow() {
            return Duration.ofMinutes(checkInMinutes);
        }
    }
}
