package com.salondesk.app.newcustomer;

import com.salondesk.app.desk.Explanation;
import com.salondesk.domain.shared.DomainRejection;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Which field of a customer's details a broken rule belongs to, and its words beside that field: the name, the phone
 * (also where neither phone nor e-mail is given), the e-mail, or the form as a whole for anything else. Shared by
 * every form that edits a customer's details.
 */
public final class CustomerFieldErrors {

    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper phone = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper email = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper form = new ReadOnlyStringWrapper("");

    /** Shows the rejection's words beside the field it is about. */
    public void show(DomainRejection rejection) {
        (switch (rejection.code()) {
            case "customer.name-required" -> name;
            case "customer.contact-required", "customer.invalid-phone" -> phone;
            case "customer.invalid-email" -> email;
            default -> form;
        }).set(Explanation.of(rejection));
    }

    /** Words about the form as a whole (a failure that is no field's). */
    public void showOnForm(String words) {
        form.set(words);
    }

    public void clear() {
        name.set("");
        phone.set("");
        email.set("");
        form.set("");
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phoneProperty() {
        return phone.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emailProperty() {
        return email.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formProperty() {
        return form.getReadOnlyProperty();
    }
}
