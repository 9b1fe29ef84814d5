package com.salondesk.app.customer;

import com.salondesk.app.view.FieldErrors;
import com.salondesk.app.view.FxmlViews;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** A customer's profile window: details to edit, the summary, bookings to come and the visit history. Binds only. */
public final class CustomerProfileView {

    /** What the profile's buttons open beyond its own form. */
    record Actions(Runnable newBooking, Runnable merge) {
    }

    @FXML private Label profileSummary;
    @FXML private TextField profileNameField;
    @FXML private Label profileNameError;
    @FXML private TextField profilePhoneField;
    @FXML private Label profilePhoneError;
    @FXML private TextField profileEmailField;
    @FXML private Label profileEmailError;
    @FXML private TextArea profileNotesField;
    @FXML private CheckBox profileConsentCheck;
    @FXML private Button saveProfileButton;
    @FXML private Button newBookingForCustomerButton;
    @FXML private Button mergeCustomerButton;
    @FXML private Label profileStatus;
    @FXML private TableView<VisitRow> upcomingTable;
    @FXML private TableColumn<VisitRow, String> upcomingWhen;
    @FXML private TableColumn<VisitRow, String> upcomingBranch;
    @FXML private TableColumn<VisitRow, String> upcomingStylist;
    @FXML private TableColumn<VisitRow, String> upcomingService;
    @FXML private TableColumn<VisitRow, String> upcomingOutcome;
    @FXML private TableView<VisitRow> historyTable;
    @FXML private TableColumn<VisitRow, String> historyWhen;
    @FXML private TableColumn<VisitRow, String> historyBranch;
    @FXML private TableColumn<VisitRow, String> historyStylist;
    @FXML private TableColumn<VisitRow, String> historyService;
    @FXML private TableColumn<VisitRow, String> historyOutcome;
    @FXML private TableColumn<VisitRow, String> historySpend;

    private final CustomerProfileViewModel viewModel;
    private final Actions actions;

    private CustomerProfileView(CustomerProfileViewModel viewModel, Actions actions) {
        this.viewModel = viewModel;
        this.actions = actions;
    }

    static Parent load(CustomerProfileViewModel viewModel, Actions actions) {
        return FxmlViews.load(new CustomerProfileView(viewModel, actions), "CustomerProfileView.fxml");
    }

    @FXML
    private void initialize() {
        profileSummary.textProperty().bind(viewModel.summaryProperty());
        profileNameField.textProperty().bindBidirectional(viewModel.nameProperty());
        profilePhoneField.textProperty().bindBidirectional(viewModel.phoneProperty());
        profileEmailField.textProperty().bindBidirectional(viewModel.emailProperty());
        profileNotesField.textProperty().bindBidirectional(viewModel.notesProperty());
        profileConsentCheck.selectedProperty().bindBidirectional(viewModel.marketingConsentProperty());
        FieldErrors.bind(profileNameError, viewModel.nameErrorProperty());
        FieldErrors.bind(profilePhoneError, viewModel.phoneErrorProperty());
        FieldErrors.bind(profileEmailError, viewModel.emailErrorProperty());
        profileStatus.textProperty().bind(viewModel.statusProperty());
        saveProfileButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.customerProperty().isNull()));
        saveProfileButton.setOnAction(e -> viewModel.save());
        newBookingForCustomerButton.disableProperty().bind(viewModel.customerProperty().isNull());
        newBookingForCustomerButton.setOnAction(e -> actions.newBooking().run());
        mergeCustomerButton.disableProperty().bind(viewModel.customerProperty().isNull());
        mergeCustomerButton.setOnAction(e -> actions.merge().run());
        upcomingTable.setItems(viewModel.upcoming());
        column(upcomingWhen, VisitRow::when);
        column(upcomingBranch, VisitRow::branch);
        column(upcomingStylist, VisitRow::stylist);
        column(upcomingService, VisitRow::service);
        column(upcomingOutcome, VisitRow::outcome);
        historyTable.setItems(viewModel.history());
        column(historyWhen, VisitRow::when);
        column(historyBranch, VisitRow::branch);
        column(historyStylist, VisitRow::stylist);
        column(historyService, VisitRow::service);
        column(historyOutcome, VisitRow::outcome);
        column(historySpend, VisitRow::spend);
    }

    private static void column(TableColumn<VisitRow, String> column, Function<VisitRow, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }
}
