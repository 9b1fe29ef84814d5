package com.salondesk.app.newcustomer;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.TestSalon;
import com.salondesk.app.port.CustomerView;
import com.salondesk.app.task.CurrentThreadTaskExecutor;
import com.salondesk.app.wiring.FrontDesk;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCustomerViewModelTest {

    @TempDir
    Path folder;
    private FrontDesk desk;
    private NewCustomerViewModel form;

    @BeforeEach
    void openSalon() {
        desk = TestSalon.open(folder);
        form = new NewCustomerViewModel(desk.customers(), new CurrentThreadTaskExecutor(), "Priya Raman");
    }

    @AfterEach
    void close() {
        desk.local().close();
    }

    @Test
    void startsFromTheNameTypedInTheBookingForm() {
        assertThat(form.nameProperty().get()).isEqualTo("Priya Raman");
    }

    @Test
    void registersACustomerWhoCanBeFoundStraightAway() {
        form.phoneProperty().set("07700 900456");
        form.emailProperty().set("priya@example.org");
        form.notesProperty().set("Patch test done 20 Nov");
        form.marketingConsentProperty().set(true);

        assertThat(form.save()).isTrue();

        CustomerView registered = form.registeredProperty().get();
        assertThat(registered).isNotNull();
        assertThat(desk.customers().search("raman", 5)).singleElement()
                .isEqualTo(registered)
                .satisfies(c -> assertThat(c.marketingConsent()).isTrue());
    }

    @Test
    void saysWhichFieldIsWrongAndWritesNothing() {
        long events = desk.local().log().count();

        assertThat(form.save()).isFalse();
        assertThat(form.phoneErrorProperty().get()).isEqualTo("Enter a phone number or an e-mail address.");

        form.emailProperty().set("priya.example.org");
        assertThat(form.save()).isFalse();
        assertThat(form.emailErrorProperty().get()).isEqualTo("'priya.example.org' does not look like an e-mail address.");
        assertThat(form.phoneErrorProperty().get()).as("the fixed field's error is gone").isEmpty();

        form.nameProperty().set("  ");
        assertThat(form.save()).isFalse();
        assertThat(form.nameErrorProperty().get()).isEqualTo("Enter the customer's name.");

        assertThat(form.registeredProperty().get()).isNull();
        assertThat(desk.local().log().count()).isEqualTo(events);
    }

    @Test
    void warnsAboutACustomerWithTheSameNameAndPhoneAndOffersThem() {
        form.nameProperty().set("jane doe");
        form.phoneProperty().set("+44 20 7946-0000");
        long events = desk.local().log().count();

        assertThat(form.save()).isTrue();

        assertThat(desk.local().log().count()).as("nothing added yet").isEqualTo(events);
        assertThat(form.registeredProperty().get()).isNull();
        assertThat(form.likelyDuplicateProperty().get().name()).isEqualTo(TestSalon.JANE);
        assertThat(form.duplicateWarningProperty().get())
                .isEqualTo("Jane Doe · +44 20 7946 0000 is already a customer. Is it the same person?");

        form.useExisting();

        assertThat(form.registeredProperty().get()).isEqualTo(form.likelyDuplicateProperty().get());
        assertThat(desk.local().log().count()).isEqualTo(events);
    }

    @Test
    void addsASecondCustomerOfTheSameNameAndPhoneOnPurpose() {
        form.nameProperty().set("Jane Doe");
        form.phoneProperty().set("+44 20 7946 0000");
        form.save();
        assertThat(form.likelyDuplicateProperty().get()).isNotNull();

        assertThat(form.addAnyway()).isTrue();

        assertThat(form.registeredProperty().get()).isNotNull()
                .isNotEqualTo(form.likelyDuplicateProperty().get());
        assertThat(desk.local().queries().searchCustomers("jane doe", 5)).hasSize(2);
    }

    @Test
    void changingTheNameOrPhoneForgetsTheWarning() {
        form.nameProperty().set("Jane Doe");
        form.phoneProperty().set("+44 20 7946 0000");
        form.save();

        form.phoneProperty().set("07700 900999");

        assertThat(form.likelyDuplicateProperty().get()).isNull();
        assertThat(form.duplicateWarningProperty().get()).isEmpty();
    }
}
