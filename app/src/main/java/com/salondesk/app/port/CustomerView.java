package com.salondesk.app.port;

/** A customer as the front desk finds them. */
public record CustomerView(String customerId, String name, String phone, String email, String notes,
                           boolean marketingConsent) {

    /** "Name · phone" as it appears in search suggestions. */
    public String label() {
        String contact = phone.isEmpty() ? email : phone;
        return contact.isEmpty() ? name : name + " · " + contact;
    }
}
