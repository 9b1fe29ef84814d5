package com.salondesk.domain.customer;

import java.time.Instant;

/** What the front desk can ask about a customer. */
public sealed interface CustomerCommand {
    record Register(String customerId, CustomerDetails details, Instant now) implements CustomerCommand {
    }

    record ChangeDetails(String customerId, CustomerDetails details, Instant now) implements CustomerCommand {
    }

    /**
     * Change only the details a desk changed, over the details as they are now: a null field is left as it is.
     * Two desks editing one customer so merge per field, the later (in the server's order) winning a field both
     * changed.
     */
    record ChangeFields(String customerId, String name, String phone, String email, String notes,
                        Boolean marketingConsent, Instant now) implements CustomerCommand {

        /** The details with this change's fields written over them. */
        public CustomerDetails over(CustomerDetails d) {
            return new CustomerDetails(name == null ? d.name() : name, phone == null ? d.phone() : phone,
                    email == null ? d.email() : email, notes == null ? d.notes() : notes,
                    marketingConsent == null ? d.marketingConsent() : marketingConsent);
        }

        /** The fields in which {@code after} differs from {@code before}, as a change. */
        public static ChangeFields between(String customerId, CustomerDetails before, CustomerDetails after,
                                           Instant now) {
            return new ChangeFields(customerId,
                    before.name().equals(after.name()) ? null : after.name(),
                    before.phone().equals(after.phone()) ? null : after.phone(),
                    before.email().equals(after.email()) ? null : after.email(),
                    before.notes().equals(after.notes()) ? null : after.notes(),
                    before.marketingConsent() == after.marketingConsent() ? null : after.marketingConsent(), now);
        }
    }

    /**
     * Take over the duplicate record {@code duplicateId}, keeping {@code details} (chosen field by field from both);
     * recorded together with {@link MergeInto} on the duplicate, in one transaction.
     */
    record AbsorbDuplicate(String customerId, String duplicateId, CustomerDetails details, Instant now)
            implements CustomerCommand {
    }

    /** Mark this record as a duplicate merged into {@code survivorId}'s. */
    record MergeInto(String customerId, String survivorId, String survivorName, Instant now)
            implements CustomerCommand {
    }
}
