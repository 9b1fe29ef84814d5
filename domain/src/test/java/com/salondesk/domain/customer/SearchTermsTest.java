package com.salondesk.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTermsTest {

    private static boolean finds(String typed, String name, String phone, String email) {
        var terms = SearchTerms.of(name, phone, email);
        var prefixes = SearchTerms.query(typed);
        return !prefixes.isEmpty() && prefixes.stream().allMatch(word -> word.stream().anyMatch(p -> terms.stream().anyMatch(t -> t.startsWith(p))));
    }

    @Test
    void a_name_is_found_by_the_beginning_of_any_of_its_words_in_any_case() {
        assertThat(finds("blo", "Jo Bloggs", "", "")).isTrue();
        assertThat(finds("jo BLO", "Jo Bloggs", "", "")).isTrue();
        assertThat(finds("oggs", "Jo Bloggs", "", "")).isFalse();
    }

    @Test
    void a_phone_number_is_found_however_it_is_typed() {
        assertThat(finds("07700 900123", "Jo", "+44 7700 900123", "")).isTrue();
        assertThat(finds("+44 7700 90", "Jo", "07700 900123", "")).isTrue();
        assertThat(finds("0044 7700 900", "Jo", "+44 7700 900123", "")).isTrue();
        assertThat(finds("7700900", "Jo", "07700 900123", "")).isTrue();
        assertThat(finds("07700 900124", "Jo", "07700 900123", "")).isFalse();
    }

    @Test
    void an_email_address_is_found_by_its_beginning() {
        assertThat(finds("JO.BLOGGS@", "Jo", "", "jo.bloggs@example.com")).isTrue();
    }

    @Test
    void nothing_searchable_typed_searches_for_nothing() {
        assertThat(SearchTerms.query("  ")).isEmpty();
        assertThat(SearchTerms.query("0")).isEmpty();
    }
}
