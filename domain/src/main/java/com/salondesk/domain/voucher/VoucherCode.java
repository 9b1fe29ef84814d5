package com.salondesk.domain.voucher;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * A gift voucher's code: twelve characters in three groups ({@code 7KQD-M2XP-9HTC}) from an alphabet without the
 * look-alikes 0/O and 1/I, the last one a check character (Luhn mod 32), so a mistyped or swapped character is
 * caught at the desk before anything is looked up.
 */
public final class VoucherCode {

    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int LENGTH = 12;

    private VoucherCode() {
    }

    /** A new code from {@code random} (the desk passes a secure generator). */
    public static String generate(RandomGenerator random) {
        StringBuilder body = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH - 1; i++) {
            body.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        body.append(checkCharacter(body));
        return grouped(body);
    }

    /** The code as stored: capitals, in groups of four; spaces and dashes as typed do not matter. */
    public static String normalized(String typed) {
        if (typed == null) {
            return "";
        }
        String plain = typed.toUpperCase(Locale.ROOT).replace(" ", "").replace("-", "");
        return plain.length() == LENGTH ? grouped(plain) : plain;
    }

    /** Whether {@code typed} is a well-formed code whose check character fits. */
    public static boolean isValid(String typed) {
        String plain = normalized(typed).replace("-", "");
        if (plain.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(plain.charAt(i)) < 0) {
                return false;
            }
        }
        return checkCharacter(plain.substring(0, LENGTH - 1)) == plain.charAt(LENGTH - 1);
    }

    private static char checkCharacter(CharSequence body) {
        int base = ALPHABET.length();
        int factor = 2;
        int sum = 0;
        for (int i = body.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(body.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / base + addend % base;
        }
        return ALPHABET.charAt((base - sum % base) % base);
    }

    private static String grouped(CharSequence plain) {
        return plain.subSequence(0, 4) + "-" + plain.subSequence(4, 8) + "-" + plain.subSequence(8, 12);
    }
}
