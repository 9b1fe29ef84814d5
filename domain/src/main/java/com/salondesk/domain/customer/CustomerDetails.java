package com.salondesk.domain.customer;

import com.salondesk.domain.shared.DomainRejection;
import java.util.regex.Pattern;

/** How a customer is called and reached. Blank phone or e-mail means "not given". */
public record CustomerDetails(String name, String phone, String email, String notes, boolean marketingConsent) {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()\\-]{5,22}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public CustomerDetails {
        name = name == null ? "" : name.strip();
        phone = phone == null ? "" : phone.strip();
        email = email == null ? "" : email.strip();
        notes = notes == null ? "" : notes.strip();
    }

    /**
     * Whether these details are probably the same person as {@code other}: the same name (ignoring case and
     * spacing) and the same phone number (ignoring spaces, brackets and dashes). The desk warns before it
     * adds such a customer twice; it may still do so on purpose (two people can share a name and a phone).
     */
    public boolean isLikelySameAs(CustomerDetails other) {
        return !phone.isEmpty() && normalName(name).equals(normalName(other.name))
               && phoneDigits(phone).equals(phoneDigits(other.phone));
    }

    private static String normalName(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    private static String phoneDigits(String phone) {
        return phone.replaceAll("[^0-9+]", "");
    }

    /** Throws a rejection naming the first field that is wrong. */
    public void validate() {
        if (name.isEmpty()) {
            throw new DomainRejection("customer.name-required");
        }
        if (phone.isEmpty() && email.isEmpty()) {
            throw new DomainRejection("customer.contact-required");
        }
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            throw new DomainRejection("customer.invalid-phone", phone);
        }
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            throw new DomainRejection("customer.invalid-email", email);
        }
    }
}
