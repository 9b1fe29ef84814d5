package com.salondesk.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.shared.DeciderScenario;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Two desks editing one customer: each desk's change is decided again as the fields it changed, merged per field. */
class CustomerFieldMergeTest {

    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");
    private static final CustomerEvent.Registered JANE =
            new CustomerEvent.Registered("jane", "Jane Doe", "+44 20 7946 0000", "", "", false);

    private final DeciderScenario<CustomerCommand, Customer, CustomerEvent> customer =
            DeciderScenario.of(new CustomerDecider());

    private static CustomerDetails details(CustomerEvent.Registered r) {
        return new CustomerDetails(r.name(), r.phone(), r.email(), r.notes(), r.marketingConsent());
    }

    @Test
    void a_change_of_some_fields_leaves_the_others_as_they_are_now() {
        // Desk B changed the e-mail (the server's order put it first); desk A changed the phone.
        var byDeskB = new CustomerEvent.DetailsChanged("jane", "Jane Doe", "+44 20 7946 0000", "jane@example.com", "",
                false);
        var deskA = new CustomerEvent.DetailsChanged("jane", "Jane Doe", "+44 20 7946 1111", "", "", false);

        var again = CustomerDecider.again(deskA, new CustomerDecider().fold(java.util.List.of(JANE)), NOW);

        assertThat(again).isEqualTo(new CustomerCommand.ChangeFields("jane", null, "+44 20 7946 1111", null, null, null,
                NOW));
        customer.given(JANE, byDeskB).when(again).thenEvents(new CustomerEvent.DetailsChanged("jane", "Jane Doe",
                "+44 20 7946 1111", "jane@example.com", "", false));
    }

    @Test
    void a_field_both_desks_changed_goes_to_the_later_one() {
        var byDeskB = new CustomerEvent.DetailsChanged("jane", "Jane Smith", "+44 20 7946 0000", "", "", false);
        var fields = CustomerCommand.ChangeFields.between("jane", details(JANE),
                new CustomerDetails("Jane Brown", "+44 20 7946 0000", "", "", true), NOW);
        customer.given(JANE, byDeskB).when(fields).thenEvents(new CustomerEvent.DetailsChanged("jane", "Jane Brown",
                "+44 20 7946 0000", "", "", true));
    }

    @Test
    void a_change_the_other_desk_made_too_changes_nothing() {
        var both = new CustomerEvent.DetailsChanged("jane", "Jane Doe", "+44 20 7946 0000", "jane@example.com", "",
                false);
        var fields = CustomerCommand.ChangeFields.between("jane", details(JANE),
                new CustomerDetails("Jane Doe", "+44 20 7946 0000", "jane@example.com", "", false), NOW);
        customer.given(JANE, both).when(fields).thenNothing();
    }

    @Test
    void the_merged_details_must_still_be_valid() {
        var noPhone = new CustomerEvent.DetailsChanged("jane", "Jane Doe", "", "jane@example.com", "", false);
        var noEmail = new CustomerCommand.ChangeFields("jane", null, null, "", null, null, NOW);
        customer.given(JANE, noPhone).when(noEmail).thenRejected("customer.contact-required");
    }

    @Test
    void fields_of_a_customer_unknown_here_are_not_changed() {
        customer.given().when(new CustomerCommand.ChangeFields("jane", "Jane", null, null, null, null, NOW))
                .thenRejected("customer.not-found");
    }
}
