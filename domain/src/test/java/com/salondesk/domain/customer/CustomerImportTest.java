package com.salondesk.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomerImportTest {

    private static final CustomerImport.OnFile NOBODY = onFile(Map.of(), Map.of());

    private static CustomerImport.OnFile onFile(Map<String, String> byPhone, Map<String, String> byEmail) {
        return new CustomerImport.OnFile() {
            @Override
            public Optional<String> nameWithPhoneKey(String phoneKey) {
                return Optional.ofNullable(byPhone.get(phoneKey));
            }

            @Override
            public Optional<String> nameWithEmailKey(String emailKey) {
                return Optional.ofNullable(byEmail.get(emailKey));
            }
        };
    }

    private static CustomerImport.Row row(int line, String name, String phone, String email) {
        return new CustomerImport.Row(line, new CustomerDetails(name, phone, email, "", false));
    }

    @Test
    void valid_rows_with_different_contacts_are_all_accepted() {
        var outcome = CustomerImport.check(List.of(row(2, "Ann", "07700 900001", ""),
                row(3, "Ben", "", "ben@example.com")), NOBODY);
        assertThat(outcome.accepted()).extracting(CustomerImport.Row::line).containsExactly(2, 3);
        assertThat(outcome.refused()).isEmpty();
    }

    @Test
    void a_row_the_new_customer_form_would_refuse_is_refused_for_the_same_reason() {
        var outcome = CustomerImport.check(List.of(row(2, "", "07700 900001", ""),
                row(3, "Ben", "", "not-an-address"), row(4, "Cy", "", "")), NOBODY);
        assertThat(outcome.accepted()).isEmpty();
        assertThat(outcome.refused()).extracting(r -> r.line() + " " + r.reason().code()).containsExactly(
                "2 customer.name-required", "3 customer.invalid-email", "4 customer.contact-required");
    }

    @Test
    void the_same_phone_written_another_way_further_down_the_file_is_refused_naming_the_first_line() {
        var outcome = CustomerImport.check(List.of(row(2, "Ann", "07700 900001", ""),
                row(3, "Ann B", "+44 7700 900001", "")), NOBODY);
        assertThat(outcome.accepted()).extracting(CustomerImport.Row::line).containsExactly(2);
        assertThat(outcome.refused()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.reason().code()).isEqualTo("customer.import-duplicate-in-file");
            assertThat(r.reason().arguments()).containsExactly("2");
        });
    }

    @Test
    void the_same_email_in_another_case_is_the_same_address() {
        var outcome = CustomerImport.check(List.of(row(2, "Ann", "", "ann@example.com"),
                row(5, "Ann", "", "ANN@Example.com")), NOBODY);
        assertThat(outcome.refused()).extracting(CustomerImport.Refused::line).containsExactly(5);
    }

    @Test
    void a_row_matching_a_customer_already_on_file_is_refused_naming_them() {
        var outcome = CustomerImport.check(List.of(row(2, "Ann", "0044 7700 900001", ""),
                        row(3, "Ben", "", "ben@example.com")),
                onFile(Map.of(ContactKeys.phone("07700 900001"), "Ann Smith"), Map.of()));
        assertThat(outcome.accepted()).extracting(CustomerImport.Row::line).containsExactly(3);
        assertThat(outcome.refused()).singleElement().satisfies(r -> {
            assertThat(r.reason().code()).isEqualTo("customer.import-already-on-file");
            assertThat(r.reason().arguments()).containsExactly("Ann Smith");
        });
    }

    @Test
    void a_refused_row_does_not_block_a_later_row_with_its_contact() {
        var outcome = CustomerImport.check(List.of(row(2, "", "07700 900001", ""),
                row(3, "Ann", "07700 900001", "")), NOBODY);
        assertThat(outcome.accepted()).extracting(CustomerImport.Row::line).containsExactly(3);
    }

    @Test
    void phone_keys_ignore_spaces_country_code_and_trunk_zero() {
        assertThat(ContactKeys.phone("+44 (0)7700 900123")).isEqualTo(ContactKeys.phone("07700-900123"));
        assertThat(ContactKeys.phone("0044 7700 900123")).isEqualTo(ContactKeys.phone("7700900123"));
        assertThat(ContactKeys.phone("07700 900123")).isNotEqualTo(ContactKeys.phone("07700 900124"));
        assertThat(ContactKeys.phone("")).isEmpty();
    }
}
