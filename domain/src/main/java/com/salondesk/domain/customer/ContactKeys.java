package com.salondesk.domain.customer;

import java.util.Locale;

/**
 * How two ways of writing one phone number or e-mail address are recognised as the same: the keys a duplicate
 * check compares. A phone number's key is its last nine digits, so "+44 7700 900123", "0044 7700 900123" and
 * "07700 900123" are one number (the country code or the trunk zero in front differ; the subscriber's digits do
 * not); an e-mail address's key is the address in lower case.
 */
public final class ContactKeys {

    /** Enough digits to tell subscribers apart, few enough to leave out any country code and trunk zero. */
    static final int PHONE_KEY_DIGITS = 9;

    private ContactKeys() {
    }

    /** The phone number's key; empty for no number. */
    public static String phone(String phone) {
        String digits = digits(phone);
        return digits.length() <= PHONE_KEY_DIGITS ? digits : digits.substring(digits.length() - PHONE_KEY_DIGITS);
    }

    /** The e-mail address's key; empty for no address. */
    public static String email(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Only the digits of a phone number, without the zeros of a trunk or international prefix in front. */
    public static String digits(String phone) {
        return phone == null ? "" : phone.replaceAll("[^0-9]", "").replaceFirst("^0+", "");
    }
}
