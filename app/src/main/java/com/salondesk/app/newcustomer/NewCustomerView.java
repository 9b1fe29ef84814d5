package com.salondesk.app.newcustomer;

import com.salondesk.app.port.CustomerView;
import com.salondesk.app.language.Texts;
import com.salondesk.app.view.FieldErrors;
import com.salondesk.app.view.FxmlViews;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The dialog that adds a customer who is not on file; its result is the customer as registered. */
public final class NewCustomerView extends Dialog<CustomerView> {

    @FXML private TextField customerNameField;
    @FXML private Label customerNameError;
    @FXML private TextField customerPhoneField;
    @FXML private Label customerPhoneError;
    @FXML private TextField customerEmailField;
    @FXML private Label customerEmailError;
    @FXML private TextArea customerNotesField;
    @FXML private CheckBox marketingConsentCheck;
    @FXML private Label newCustomerError;
    @FXML private VBox duplicateBox;
    @FXML private Label customerDuplicateWarning;
    @FXML private Button useExistingCustomerButton;
    @FXML private Button addAnywayButton;

    private final NewCustomerViewModel viewModel;

    public NewCustomerView(NewCustomerViewModel viewModel) {
        this.viewModel = viewModel;
        setTitle(Texts.get("newCustomer.title"));
        setHeaderText(Texts.get("newCustomer.header"));
        getDialogPane().setId("newCustomerDialog");
        getDialogPane().setContent(FxmlViews.load(this, "NewCustomerView.fxml"));
        // Made per dialog: a constant would keep the language of the first dialog ever opened.
        ButtonType addButton = new ButtonType(Texts.get("newCustomer.add"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(addButton, ButtonType.CANCEL);
        Node add = getDialogPane().lookupButton(addButton);
        add.setId("saveCustomerButton");
        add.disableProperty().bind(viewModel.savingProperty());
        add.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.save();
        });
        viewModel.registeredProperty().addListener((obs, old, customer) -> {
            if (customer != null) {
                setResult(customer);
            }
        });
        setResultConverter(button -> null);
    }

    @FXML
    private void initialize() {
        customerNameField.textProperty().bindBidirectional(viewModel.nameProperty());
        customerPhoneField.textProperty().bindBidirectional(viewModel.phoneProperty());
        customerEmailField.textProperty().bindBidirectional(viewModel.emailProperty());
        customerNotesField.textProperty().bindBidirectional(viewModel.notesProperty());
        marketingConsentCheck.selectedProperty().bindBidirectional(viewModel.marketingConsentProperty());
        FieldErrors.bind(customerNameError, viewModel.nameErrorProperty());
        FieldErrors.bind(customerPhoneError, viewModel.phoneErrorProperty());
        FieldErrors.bind(customerEmailError, viewModel.emailErrorProperty());
        FieldErrors.bind(newCustomerError, viewModel.customerErrorProperty());
        customerDuplicateWarning.textProperty().bind(viewModel.duplicateWarningProperty());
        duplicateBox.visibleProperty().bind(viewModel.likelyDuplicateProperty().isNotNull());
        duplicateBox.managedProperty().bind(duplicateBox.visibleProperty());
        useExistingCustomerButton.setOnAction(e -> viewModel.useExisting());
        addAnywayButton.setOnAction(e -> viewModel.addAnyway());
        addAnywayButton.disableProperty().bind(viewModel.savingProperty());
    }
}
