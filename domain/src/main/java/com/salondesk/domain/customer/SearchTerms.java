package com.salondesk.domain.customer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a customer is found by, and what a search typed at the desk looks for among them: every word typed must
 * begin one of the customer's words. A customer's words are the words of the name, the e-mail address, and the
 * phone number's digits — also without the first one to three of them when the number is long enough to begin with
 * a country code, so "07700 900123" finds "+44 7700 900123" and "0044 7700" finds it too.
 */
public final class SearchTerms {

    private static final Pattern PHONE_LIKE = Pattern.compile("[0-9 +()\\-/]+");
    private static final int NATIONAL_DIGITS = 9;
    private static final int LONGEST_COUNTRY_CODE = 3;

    private SearchTerms() {
    }

    /** The words a customer with these details is found by, lower case. */
    public static Set<String> of(String name, String phone, String email) {
        Set<String> terms = new LinkedHashSet<>();
        for (String word : name.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
            if (!word.isEmpty()) {
                terms.add(word);
            }
        }
        String mail = ContactKeys.email(email);
        if (!mail.isEmpty()) {
            terms.add(mail);
        }
        String digits = ContactKeys.digits(phone);
        if (!digits.isEmpty()) {
            terms.add(digits);
            for (int drop = 1; drop <= LONGEST_COUNTRY_CODE && digits.length() - drop >= NATIONAL_DIGITS; drop++) {
                terms.add(digits.substring(drop));
            }
        }
        return terms;
    }

    /**
     * What a search looks for: one entry per word typed, each the beginnings any of which the word may match. A word
     * that looks like (part of) a phone number is its digits without leading zeros — and, typed in the
     * international form ("+44 …", "0044 …"), also without a country code of one to three digits; any other word is
     * itself in lower case. Empty when nothing searchable was typed.
     */
    public static List<List<String>> query(String text) {
        List<List<String>> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String stripped = text.strip();
        // A phone number typed with spaces is one number, not several words.
        if (PHONE_LIKE.matcher(stripped).matches()) {
            String digits = ContactKeys.digits(stripped);
            if (!digits.isEmpty()) {
                List<String> alternatives = new ArrayList<>(List.of(digits));
                boolean international = stripped.startsWith("+") || stripped.startsWith("00");
                for (int drop = 1; international && drop <= LONGEST_COUNTRY_CODE && drop < digits.length(); drop++) {
                    alternatives.add(digits.substring(drop));
                }
                words.add(List.copyOf(alternatives));
            }
            return words;
        }
        for (String word : stripped.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
            String prefix = PHONE_LIKE.matcher(word).matches() ? ContactKeys.digits(word) : word;
            if (!prefix.isEmpty()) {
                words.add(List.of(prefix));
            }
        }
        return words;
    }
}
