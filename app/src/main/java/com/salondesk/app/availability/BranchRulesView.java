package com.salondesk.app.availability;

import com.salondesk.app.language.Formats;
import com.salondesk.app.language.Texts;
import com.salondesk.app.port.AvailabilityRules.ClosureLine;
import com.salondesk.app.port.AvailabilityRules.ResourceLine;
import com.salondesk.app.view.FieldErrors;
import com.salondesk.app.view.FxmlViews;
import com.salondesk.domain.shared.TimeRange;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;

/** Salon ▸ Branch closures, hours and resources: the lists and forms, with each error beside its field. Binds only. */
public final class BranchRulesView {

    @FXML private Label branchNameLabel;
    @FXML private ListView<ClosureLine> closureList;
    @FXML private DatePicker closureDatePicker;
    @FXML private TextField closureFromField;
    @FXML private TextField closureToField;
    @FXML private TextField closureReasonField;
    @FXML private Button addClosureButton;
    @FXML private Button removeClosureButton;
    @FXML private Label closureDateError;
    @FXML private Label closureHoursError;
    @FXML private Label closureReasonError;
    @FXML private TextField noticeField;
    @FXML private TextField aheadField;
    @FXML private Button saveWindowButton;
    @FXML private Label noticeError;
    @FXML private Label aheadError;
    @FXML private ListView<ResourceLine> resourceList;
    @FXML private TextField resourceIdField;
    @FXML private TextField resourceNameField;
    @FXML private TextField resourceCapacityField;
    @FXML private Button saveResourceButton;
    @FXML private Label resourceIdError;
    @FXML private Label resourceNameError;
    @FXML private Label resourceCapacityError;
    @FXML private Label branchRulesMessage;

    private final BranchRulesViewModel viewModel;

    private BranchRulesView(BranchRulesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public static Parent load(BranchRulesViewModel viewModel) {
        return FxmlViews.load(new BranchRulesView(viewModel), "BranchRulesView.fxml");
    }

    @FXML
    private void initialize() {
        branchNameLabel.textProperty().bind(viewModel.branchNameProperty());
        closureList.setItems(viewModel.closures());
        Cells.say(closureList, c -> Texts.get("salon.closure.line", Formats.fullDate(c.date()),
                c.from() == null ? Texts.get("salon.allDay") : Formats.range(new TimeRange(c.from(), c.to())),
                c.reason()));
        closureDatePicker.valueProperty().bindBidirectional(viewModel.closureDateProperty());
        closureFromField.textProperty().bindBidirectional(viewModel.closureFromProperty());
        closureToField.textProperty().bindBidirectional(viewModel.closureToProperty());
        closureReasonField.textProperty().bindBidirectional(viewModel.closureReasonProperty());
        addClosureButton.setOnAction(e -> viewModel.addClosure());
        removeClosureButton.disableProperty().bind(closureList.getSelectionModel().selectedItemProperty().isNull());
        removeClosureButton.setOnAction(e -> viewModel.removeClosure(closureList.getSelectionModel().getSelectedItem()));
        FieldErrors.bind(closureDateError, viewModel.closureDateErrorProperty());
        FieldErrors.bind(closureHoursError, viewModel.closureHoursErrorProperty());
        FieldErrors.bind(closureReasonError, viewModel.closureReasonErrorProperty());
        noticeField.textProperty().bindBidirectional(viewModel.noticeProperty());
        aheadField.textProperty().bindBidirectional(viewModel.furthestAheadProperty());
        saveWindowButton.setOnAction(e -> viewModel.saveBookingWindow());
        FieldErrors.bind(noticeError, viewModel.noticeErrorProperty());
        FieldErrors.bind(aheadError, viewModel.furthestAheadErrorProperty());
        resourceList.setItems(viewModel.resources());
        Cells.say(resourceList, r -> Texts.get("salon.resource.line", r.name(), r.resourceId(), r.capacity()));
        resourceList.getSelectionModel().selectedItemProperty().subscribe(viewModel::pickResource);
        resourceIdField.textProperty().bindBidirectional(viewModel.resourceIdProperty());
        resourceNameField.textProperty().bindBidirectional(viewModel.resourceNameProperty());
        resourceCapacityField.textProperty().bindBidirectional(viewModel.resourceCapacityProperty());
        saveResourceButton.setOnAction(e -> viewModel.saveResource());
        FieldErrors.bind(resourceIdError, viewModel.resourceIdErrorProperty());
        FieldErrors.bind(resourceNameError, viewModel.resourceNameErrorProperty());
        FieldErrors.bind(resourceCapacityError, viewModel.resourceCapacityErrorProperty());
        branchRulesMessage.textProperty().bind(viewModel.messageProperty());
    }
}
