package com.salondesk.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.shared.DeciderScenario;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerDeciderTest {

    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    private static final String JO = "cu-jo";
    private static final CustomerDetails JO_DETAILS =
            new CustomerDetails("Jo Bloggs", "+44 20 7946 0958", "jo@example.com", "Prefers Maria", true);
    private static final CustomerEvent.Registered REGISTERED = new CustomerEvent.Registered(JO, "Jo Bloggs",
            "+44 20 7946 0958", "jo@example.com", "Prefers Maria", true);

    private final DeciderScenario<CustomerCommand, Customer, CustomerEvent> customers =
            DeciderScenario.of(new CustomerDecider());

    private static CustomerCommand register(CustomerDetails details) {
        return new CustomerCommand.Register(JO, details, NOW);
    }

    private static CustomerCommand change(CustomerDetails details) {
        return new CustomerCommand.ChangeDetails(JO, details, NOW);
    }

    private static CustomerDetails withPhoneAndEmail(String phone, String email) {
        return new CustomerDetails("Jo Bloggs", phone, email, null, false);
    }

    @Nested
    class Registering {

        @Test
        void the_front_desk_registers_a_customer_with_tidied_details() {
            customers.given()
                    .when(register(new CustomerDetails(" Jo Bloggs ", " +44 20 7946 0958", "jo@example.com ",
                            " Prefers Maria ", true)))
                    .thenEvents(REGISTERED);
        }

        @Test
        void a_phone_number_alone_is_enough() {
            customers.given().when(register(withPhoneAndEmail("07700 900123", null)))
                    .thenEvents(new CustomerEvent.Registered(JO, "Jo Bloggs", "07700 900123", "", "", false));
        }

        @Test
        void an_email_address_alone_is_enough() {
            customers.given().when(register(withPhoneAndEmail("", "jo@example.com")))
                    .thenEvents(new CustomerEvent.Registered(JO, "Jo Bloggs", "", "jo@example.com", "", false));
        }

        @Test
        void a_customer_needs_a_name_first_of_all() {
            customers.given().when(register(new CustomerDetails(" ", "07700 900123", null, null, false)))
                    .thenRejected("customer.name-required");
            customers.given().when(register(new CustomerDetails(null, null, null, null, false)))
                    .thenRejected("customer.name-required");
        }

        @Test
        void a_customer_needs_a_phone_number_or_an_email_address() {
            customers.given().when(register(withPhoneAndEmail(" ", null))).thenRejected("customer.contact-required");
        }

        @ParameterizedTest
        @ValueSource(strings = {"call me", "12345", "0770090012x", "+", "++44 20 7946 0958",
                "1234567890123456789012345"})
        void a_phone_number_must_look_like_one(String phone) {
            customers.given().when(register(withPhoneAndEmail(phone, "jo@example.com")))
                    .thenRejected("customer.invalid-phone");
        }

        @ParameterizedTest
        @ValueSource(strings = {"123456", "+44 (0)20 7946-0958", "020 7946 0958", "+4915112345678"})
        void common_ways_of_writing_a_phone_number_are_accepted(String phone) {
            customers.given().when(register(withPhoneAndEmail(phone, null)))
                    .thenEvents(new CustomerEvent.Registered(JO, "Jo Bloggs", phone, "", "", false));
        }

        @ParameterizedTest
        @ValueSource(strings = {"jo", "jo@", "@example.com", "jo@example", "jo bloggs@example.com", "jo@@example.com"})
        void an_email_address_must_look_like_one(String email) {
            customers.given().when(register(withPhoneAndEmail("07700 900123", email)))
                    .thenRejected("customer.invalid-email");
        }

        @Test
        void registering_again_with_the_same_details_changes_nothing() {
            customers.given(REGISTERED).when(register(JO_DETAILS)).thenNothing();
        }

        @Test
        void a_registered_customer_cannot_be_registered_with_other_details() {
            customers.given(REGISTERED).when(register(withPhoneAndEmail("07700 900123", null)))
                    .thenRejected("customer.already-registered");
        }
    }

    @Nested
    class ChangingDetails {

        private final CustomerDetails moved = new CustomerDetails("Jo Bloggs", "07700 900123", "jo@example.org", "", false);
        private final CustomerEvent.DetailsChanged changed =
                new CustomerEvent.DetailsChanged(JO, "Jo Bloggs", "07700 900123", "jo@example.org", "", false);

        @Test
        void the_front_desk_updates_a_customers_details() {
            customers.given(REGISTERED).when(change(moved)).thenEvents(changed);
        }

        @Test
        void the_same_details_change_nothing() {
            customers.given(REGISTERED).when(change(JO_DETAILS)).thenNothing();
            customers.given(REGISTERED, changed).when(change(moved)).thenNothing();
        }

        @Test
        void once_changed_the_old_details_no_longer_match_a_repeated_registration() {
            customers.given(REGISTERED, changed).when(register(JO_DETAILS)).thenRejected("customer.already-registered");
        }

        @Test
        void new_details_are_checked_like_new_customers() {
            customers.given(REGISTERED).when(change(new CustomerDetails("", "07700 900123", "", "", false)))
                    .thenRejected("customer.name-required");
            customers.given(REGISTERED).when(change(withPhoneAndEmail("", "")))
                    .thenRejected("customer.contact-required");
            customers.given(REGISTERED).when(change(withPhoneAndEmail("ring me", "")))
                    .thenRejected("customer.invalid-phone");
            customers.given(REGISTERED).when(change(withPhoneAndEmail("", "jo.example.com")))
                    .thenRejected("customer.invalid-email");
        }

        @Test
        void details_of_an_unknown_customer_cannot_change() {
            customers.given().when(change(moved)).thenRejected("customer.not-found");
        }
    }

    @Test
    void stream_is_named_after_the_customer() {
        assertThat(CustomerDecider.streamId(JO)).isEqualTo("customer-cu-jo");
    }

    @Test
    void the_same_name_and_phone_is_probably_the_same_customer() {
        var jo = new CustomerDetails("Jo Bloggs", "07700 900123", "", "", false);
        assertThat(jo.isLikelySameAs(new CustomerDetails(" jo  BLOGGS", "07700-900-123", "jo@example.com", "", true)))
                .isTrue();
        assertThat(jo.isLikelySameAs(new CustomerDetails("Jo Bloggs", "07700 900124", "", "", false))).isFalse();
        assertThat(jo.isLikelySameAs(new CustomerDetails("Joe Bloggs", "07700 900123", "", "", false))).isFalse();
        var noPhone = new CustomerDetails("Jo Bloggs", "", "jo@example.com", "", false);
        assertThat(noPhone.isLikelySameAs(noPhone)).as("without a phone there is nothing to compare").isFalse();
    }
}
