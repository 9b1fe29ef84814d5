package com.salondesk.app.newbooking;

import com.salondesk.app.dialog.DialogService;
import com.salondesk.app.language.Texts;
import com.salondesk.app.newcustomer.NewCustomerView;
import com.salondesk.app.port.CustomerView;
import com.salondesk.app.port.ServiceView;
import com.salondesk.app.port.StaffView;
import com.salondesk.app.view.FieldErrors;
import com.salondesk.app.view.FxmlViews;
import com.salondesk.app.view.Prices;
import com.salondesk.app.view.StaffRoles;
import java.util.function.Function;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/** The new-booking dialog. Stays open until the booking is saved, showing why when it cannot be. */
public final class NewBookingView extends Dialog<String> {

        @FXML private TextField customerField;
    @FXML private Button newCustomerButton;
    @FXML private Label customerError;
    @FXML private ComboBox<ServiceView> serviceChoice;
    @FXML private Label serviceError;
    @FXML private ComboBox<StaffView> staffChoice;
    @FXML private Label staffError;
    @FXML private DatePicker bookingDatePicker;
    @FXML private TextField startTimeField;
    @FXML private Label startError;
    @FXML private TextField endTimeField;
    @FXML private Label endError;
    @FXML private Label bookingError;

    private final NewBookingViewModel viewModel;
    private final DialogService dialogs;

    public NewBookingView(NewBookingViewModel viewModel, DialogService dialogs) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        setTitle(Texts.get("newBooking.title"));
        setHeaderText(Texts.get("newBooking.header", viewModel.branchName()));
        getDialogPane().setId("newBookingDialog");
        getDialogPane().setContent(FxmlViews.load(this, "NewBookingView.fxml"));
        // Made per dialog: a constant would keep the language of the first dialog ever opened.
        ButtonType saveButton = new ButtonType(Texts.get("newBooking.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(saveButton, ButtonType.CANCEL);
        Node save = getDialogPane().lookupButton(saveButton);
        save.setId("saveBookingButton");
        save.disableProperty().bind(viewModel.savingProperty());
        getDialogPane().lookupButton(ButtonType.CANCEL).setId("cancelBookingDialogButton");
        // The dialog only closes once the desk has recorded the booking; a refusal keeps it open.
        save.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.save();
        });
        viewModel.savedBookingIdProperty().addListener((obs, old, id) -> {
            if (id != null) {
                setResult(id);
            }
        });
        setResultConverter(button -> null);
        setResizable(true);
    }

    @FXML
    private void initialize() {
        customerField.textProperty().bindBidirectional(viewModel.customerTextProperty());
        AutoCompletionBinding<CustomerView> completion = TextFields.bindAutoCompletion(customerField,
                request -> viewModel.suggestCustomers(request.getUserText()), converter(CustomerView::label));
        completion.setVisibleRowCount(8);
        completion.setOnAutoCompleted(event -> viewModel.chooseCustomer(event.getCompletion()));
        setOnHidden(e -> completion.dispose());
        newCustomerButton.setOnAction(e -> addCustomer());

        serviceChoice.setItems(viewModel.services());
        serviceChoice.setConverter(converter(s -> Texts.get("newBooking.serviceChoice", s.name(),
                s.durationMinutes(), Prices.say(s.price()))));
        serviceChoice.valueProperty().bindBidirectional(viewModel.serviceProperty());
        staffChoice.setItems(viewModel.staffChoices());
        staffChoice.setConverter(converter(s -> Texts.get("newBooking.staffChoice", s.name(),
                StaffRoles.say(s.role()))));
        staffChoice.valueProperty().bindBidirectional(viewModel.staffProperty());
        bookingDatePicker.valueProperty().bindBidirectional(viewModel.dateProperty());
        startTimeField.textProperty().bindBidirectional(viewModel.startTextProperty());
        endTimeField.textProperty().bindBidirectional(viewModel.endTextProperty());

        FieldErrors.bind(customerError, viewModel.customerErrorProperty());
        FieldErrors.bind(serviceError, viewModel.serviceErrorProperty());
        FieldErrors.bind(staffError, viewModel.staffErrorProperty());
        FieldErrors.bind(startError, viewModel.startErrorProperty());
        FieldErrors.bind(endError, viewModel.endErrorProperty());
        FieldErrors.bind(bookingError, viewModel.bookingErrorProperty());
    }

    private void addCustomer() {
        dialogs.showAndWait(new NewCustomerView(viewModel.newCustomer())).ifPresent(viewModel::chooseCustomer);
    }

    private static <T> StringConverter<T> converter(Function<T, String> say) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : say.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
