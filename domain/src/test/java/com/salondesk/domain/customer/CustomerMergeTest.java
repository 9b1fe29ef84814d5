package com.salondesk.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.shared.DeciderScenario;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CustomerMergeTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final String SURVIVOR = "cu-jo";
    private static final String DUPLICATE = "cu-jo-again";
    private static final CustomerEvent.Registered JO = new CustomerEvent.Registered(SURVIVOR, "Jo Bloggs",
            "07700 900123", "", "", false);
    private static final CustomerEvent.Registered JO_AGAIN = new CustomerEvent.Registered(DUPLICATE, "Joanne Bloggs",
            "", "jo@example.com", "Prefers Maria", true);
    private static final CustomerDetails CHOSEN =
            new CustomerDetails("Joanne Bloggs", "07700 900123", "jo@example.com", "Prefers Maria", true);

    private final DeciderScenario<CustomerCommand, Customer, CustomerEvent> customers =
            DeciderScenario.of(new CustomerDecider());

    @Test
    void the_survivor_takes_over_the_duplicate_with_the_details_chosen_from_both() {
        customers.given(JO)
                .when(new CustomerCommand.AbsorbDuplicate(SURVIVOR, DUPLICATE, CHOSEN, NOW))
                .thenEvents(new CustomerEvent.Merged(SURVIVOR, DUPLICATE, "Joanne Bloggs", "07700 900123",
                        "jo@example.com", "Prefers Maria", true));
    }

    @Test
    void the_duplicate_is_marked_as_merged_into_the_survivor() {
        customers.given(JO_AGAIN)
                .when(new CustomerCommand.MergeInto(DUPLICATE, SURVIVOR, "Joanne Bloggs", NOW))
                .thenEvents(new CustomerEvent.MergedInto(DUPLICATE, SURVIVOR, "Joanne Bloggs"));
    }

    @Test
    void the_survivor_afterwards_has_the_chosen_details() {
        var decider = new CustomerDecider();
        Customer after = decider.fold(java.util.List.of(JO, new CustomerEvent.Merged(SURVIVOR, DUPLICATE,
                "Joanne Bloggs", "07700 900123", "jo@example.com", "Prefers Maria", true)));
        assertThat(after).isEqualTo(new Customer.Registered(SURVIVOR, CHOSEN));
    }

    @Test
    void the_chosen_details_must_still_be_valid() {
        customers.given(JO)
                .when(new CustomerCommand.AbsorbDuplicate(SURVIVOR, DUPLICATE,
                        new CustomerDetails("Jo", "", "not an address", "", false), NOW))
                .thenRejected("customer.invalid-email");
    }

    @Test
    void a_record_cannot_be_merged_with_itself() {
        customers.given(JO)
                .when(new CustomerCommand.AbsorbDuplicate(SURVIVOR, SURVIVOR, CHOSEN, NOW))
                .thenRejected("customer.merge-with-itself");
        customers.given(JO)
                .when(new CustomerCommand.MergeInto(SURVIVOR, SURVIVOR, "Jo Bloggs", NOW))
                .thenRejected("customer.merge-with-itself");
    }

    @Test
    void an_unknown_record_cannot_be_merged() {
        customers.given()
                .when(new CustomerCommand.MergeInto(DUPLICATE, SURVIVOR, "Jo Bloggs", NOW))
                .thenRejected("customer.not-found");
    }

    @Test
    void merging_the_duplicate_into_the_same_survivor_again_changes_nothing() {
        customers.given(JO_AGAIN, new CustomerEvent.MergedInto(DUPLICATE, SURVIVOR, "Joanne Bloggs"))
                .when(new CustomerCommand.MergeInto(DUPLICATE, SURVIVOR, "Joanne Bloggs", NOW))
                .thenNothing();
    }

    @Test
    void a_merged_away_record_refuses_changes_and_names_the_survivor() {
        var refusal = customers.given(JO_AGAIN, new CustomerEvent.MergedInto(DUPLICATE, SURVIVOR, "Joanne Bloggs"))
                .when(new CustomerCommand.ChangeDetails(DUPLICATE, CHOSEN, NOW))
                .thenRejected("customer.merged-away");
        assertThat(refusal.arguments()).containsExactly("Joanne Bloggs", "Joanne Bloggs");
    }

    @Test
    void a_merged_away_record_cannot_take_over_another_or_be_merged_elsewhere() {
        customers.given(JO_AGAIN, new CustomerEvent.MergedInto(DUPLICATE, SURVIVOR, "Joanne Bloggs"))
                .when(new CustomerCommand.AbsorbDuplicate(DUPLICATE, "cu-third", CHOSEN, NOW))
                .thenRejected("customer.merged-away");
        customers.given(JO_AGAIN, new CustomerEvent.MergedInto(DUPLICATE, SURVIVOR, "Joanne Bloggs"))
                .when(new CustomerCommand.MergeInto(DUPLICATE, "cu-third", "Third", NOW))
                .thenRejected("customer.merged-away");
    }

    @Test
    void a_merged_away_record_keeps_its_own_details_for_its_old_bookings() {
        Customer after = new CustomerDecider().fold(java.util.List.of(JO_AGAIN,
                new CustomerEvent.MergedInto(DUPLICATE, SURVIVOR, "Joanne Bloggs")));
        assertThat(after).isEqualTo(new Customer.MergedInto(DUPLICATE,
                new CustomerDetails("Joanne Bloggs", "", "jo@example.com", "Prefers Maria", true), SURVIVOR,
                "Joanne Bloggs"));
    }

    @Test
    void a_merge_decided_again_after_a_rebase_is_the_same_merge() {
        var merged = new CustomerEvent.Merged(SURVIVOR, DUPLICATE, "Joanne Bloggs", "07700 900123",
                "jo@example.com", "Prefers Maria", true);
        assertThat(CustomerDecider.again(merged, null, NOW))
                .isEqualTo(new CustomerCommand.AbsorbDuplicate(SURVIVOR, DUPLICATE, CHOSEN, NOW));
        var mergedInto = new CustomerEvent.MergedInto(DUPLICATE, SURVIVOR, "Joanne Bloggs");
        assertThat(CustomerDecider.again(mergedInto, null, NOW))
                .isEqualTo(new CustomerCommand.MergeInto(DUPLICATE, SURVIVOR, "Joanne Bloggs", NOW));
    }
}
