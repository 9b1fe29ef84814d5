package com.salondesk.app.newbooking;

/** What is wrong with each field of the new-booking form; an empty string means nothing is. */
record FormErrors(String customer, String service, String staff, String start, String end) {

    static final FormErrors NONE = new FormErrors("", "", "", "", "");

    boolean any() {
        return !(customer.isEmpty() && service.isEmpty() && staff.isEmpty() && start.isEmpty() && end.isEmpty());
    }
}
