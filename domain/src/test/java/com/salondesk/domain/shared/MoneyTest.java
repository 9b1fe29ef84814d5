package com.salondesk.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @Test
    void pounds_are_kept_to_the_penny() {
        assertThat(Money.of("55", "GBP").amount()).isEqualTo(new BigDecimal("55.00"));
        assertThat(Money.of("55.5", "GBP").amount()).isEqualTo(new BigDecimal("55.50"));
        assertThat(Money.of("55", "GBP").amount().scale()).isEqualTo(2);
    }

    @Test
    void the_same_amount_written_differently_is_the_same_money() {
        assertThat(Money.of("55", "GBP")).isEqualTo(Money.of("55.00", "GBP")).isEqualTo(new Money(new BigDecimal("55.000"), "GBP"));
        assertThat(Money.of("55", "GBP")).isNotEqualTo(Money.of("55", "EUR"));
    }

    @Test
    void amounts_are_kept_to_the_minor_unit_of_their_currency() {
        assertThat(Money.of("5000", "JPY").amount()).isEqualTo(new BigDecimal("5000"));
        assertThat(Money.of("12.5", "BHD").amount()).isEqualTo(new BigDecimal("12.500"));
    }

    @Test
    void fractions_of_the_minor_unit_are_rounded_half_to_even() {
        assertThat(Money.of("10.005", "GBP").amount()).isEqualTo(new BigDecimal("10.00"));
        assertThat(Money.of("10.015", "GBP").amount()).isEqualTo(new BigDecimal("10.02"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gbp", "GB", "GBPX", "£", "", "XYZ", "ABC"})
    void the_currency_is_an_iso_4217_code(String currency) {
        assertThatThrownBy(() -> Money.of("1", currency)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ISO 4217");
    }

    @Test
    void amount_and_currency_are_required() {
        assertThatThrownBy(() -> new Money(null, "GBP")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Money.of("1", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_refund_is_negative_and_zero_is_not() {
        assertThat(Money.of("-0.01", "GBP").isNegative()).isTrue();
        assertThat(Money.of("0", "GBP").isNegative()).isFalse();
        assertThat(Money.of("0.01", "GBP").isNegative()).isFalse();
    }

    @Test
    void money_reads_as_amount_and_currency() {
        assertThat(Money.of("55", "GBP")).hasToString("55.00 GBP");
        assertThat(Money.of("1E+3", "GBP")).hasToString("1000.00 GBP");
    }
}
