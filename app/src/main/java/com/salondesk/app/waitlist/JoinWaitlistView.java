package com.salondesk.app.waitlist;

import com.salondesk.app.language.Texts;
import com.salondesk.app.port.CustomerView;
import com.salondesk.app.port.ServiceView;
import com.salondesk.app.port.StaffView;
import com.salondesk.app.view.Converters;
import com.salondesk.app.view.FieldErrors;
import com.salondesk.app.view.FxmlViews;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/** The "Add to waitlist" dialog. Stays open until the customer is on the list, showing why when they cannot be. */
public final class JoinWaitlistView extends Dialog<Boolean> {

    @FXML private TextField waitlistCustomerField;
    @FXML private Label customerError;
    @FXML private ComboBox<ServiceView> waitlistServiceChoice;
    @FXML private Label serviceError;
    @FXML private ComboBox<StaffView> waitlistStaffChoice;
    @FXML private DatePicker waitlistFromPicker;
    @FXML private DatePicker waitlistToPicker;
    @FXML private Label daysError;
    @FXML private TextField waitlistEarliestField;
    @FXML private TextField waitlistLatestField;
    @FXML private Label timesError;
    @FXML private TextField waitlistNoteField;
    @FXML private Label formError;

    private final JoinWaitlistViewModel viewModel;

    public JoinWaitlistView(JoinWaitlistViewModel viewModel) {
        this.viewModel = viewModel;
        setTitle(Texts.get("waitlist.join.title"));
        setHeaderText(Texts.get("waitlist.join.header"));
        getDialogPane().setId("joinWaitlistDialog");
        getDialogPane().setContent(FxmlViews.load(this, "JoinWaitlistView.fxml"));
        ButtonType saveButton = new ButtonType(Texts.get("waitlist.join.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(saveButton, ButtonType.CANCEL);
        Node save = getDialogPane().lookupButton(saveButton);
        save.setId("saveWaitlistButton");
        save.disableProperty().bind(viewModel.saving());
        // The dialog closes once the entry is recorded; a refusal keeps it open.
        save.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.save();
        });
        viewModel.saved().addListener((obs, old, done) -> {
            if (done) {
                setResult(true);
            }
        });
        setResultConverter(button -> null);
        setResizable(true);
        viewModel.load();
    }

    @FXML
    private void initialize() {
        waitlistCustomerField.textProperty().bindBidirectional(viewModel.customerText());
        AutoCompletionBinding<CustomerView> completion = TextFields.bindAutoCompletion(waitlistCustomerField,
                request -> viewModel.suggestCustomers(request.getUserText()), Converters.saying(CustomerView::label));
        completion.setVisibleRowCount(8);
        completion.setOnAutoCompleted(event -> viewModel.chooseCustomer(event.getCompletion()));
        setOnHidden(e -> completion.dispose());
        waitlistServiceChoice.setItems(viewModel.services());
        waitlistServiceChoice.setConverter(Converters.saying(ServiceView::name));
        waitlistServiceChoice.valueProperty().bindBidirectional(viewModel.service());
        waitlistStaffChoice.setItems(viewModel.staffChoices());
        waitlistStaffChoice.setConverter(Converters.saying(StaffView::name));
        waitlistStaffChoice.valueProperty().bindBidirectional(viewModel.staff());
        waitlistFromPicker.valueProperty().bindBidirectional(viewModel.from());
        waitlistToPicker.valueProperty().bindBidirectional(viewModel.to());
        waitlistEarliestField.textProperty().bindBidirectional(viewModel.earliestText());
        waitlistLatestField.textProperty().bindBidirectional(viewModel.latestText());
        waitlistNoteField.textProperty().bindBidirectional(viewModel.note());
        FieldErrors.bind(customerError, viewModel.customerError());
        FieldErrors.bind(serviceError, viewModel.serviceError());
        FieldErrors.bind(daysError, viewModel.daysError());
        FieldErrors.bind(timesError, viewModel.timesError());
        FieldErrors.bind(formError, viewModel.formError());
    }
}
