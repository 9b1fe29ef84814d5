package com.salondesk.domain.voucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class VoucherCodeTest {

    @Test
    void generated_codes_are_valid_and_grouped() {
        Random random = new Random(42);
        for (int i = 0; i < 1000; i++) {
            String code = VoucherCode.generate(random);
            assertThat(code).matches("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");
            assertThat(VoucherCode.isValid(code)).as(code).isTrue();
        }
    }

    @Test
    void any_single_wrong_character_or_swap_of_neighbours_is_caught() {
        String code = VoucherCode.generate(new Random(1)).replace("-", "");
        String alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
        for (int i = 0; i < code.length(); i++) {
            for (char c : alphabet.toCharArray()) {
                if (c != code.charAt(i)) {
                    String typo = code.substring(0, i) + c + code.substring(i + 1);
                    assertThat(VoucherCode.isValid(typo)).as(typo).isFalse();
                }
            }
        }
        for (int i = 0; i + 1 < code.length(); i++) {
            if (code.charAt(i) != code.charAt(i + 1)) {
                String swapped = code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
                assertThat(VoucherCode.isValid(swapped)).as(swapped).isFalse();
            }
        }
    }

    @Test
    void typing_is_forgiving_about_case_spaces_and_dashes_but_not_about_length_or_letters() {
        String code = VoucherCode.generate(new Random(3));
        assertThat(VoucherCode.normalized(" " + code.toLowerCase().replace("-", " ") + " ")).isEqualTo(code);
        assertThat(VoucherCode.isValid(code.substring(0, 13))).isFalse();
        assertThat(VoucherCode.isValid(code.replace(code.charAt(0), 'O'))).isFalse();
        assertThat(VoucherCode.isValid(null)).isFalse();
    }
}
