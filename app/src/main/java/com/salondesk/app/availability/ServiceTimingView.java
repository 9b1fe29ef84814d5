package com.salondesk.app.availability;

import com.salondesk.app.port.AvailabilityRules.ServiceTiming;
import com.salondesk.app.view.FieldErrors;
import com.salondesk.app.view.FxmlViews;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Salon ▸ Service timing and resources: the chosen service's phases and resources, errors beside. Binds only. */
public final class ServiceTimingView {

    @FXML private ChoiceBox<ServiceTiming> serviceChoice;
    @FXML private TextField activeField;
    @FXML private Label activeError;
    @FXML private TextField processingField;
    @FXML private Label processingError;
    @FXML private TextField finishingField;
    @FXML private Label finishingError;
    @FXML private TextField cleanupField;
    @FXML private Label cleanupError;
    @FXML private TextField resourcesField;
    @FXML private Label resourcesError;
    @FXML private Button saveTimingButton;
    @FXML private Label serviceTimingMessage;

    private final ServiceTimingViewModel viewModel;

    private ServiceTimingView(ServiceTimingViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public static Parent load(ServiceTimingViewModel viewModel) {
        return FxmlViews.load(new ServiceTimingView(viewModel), "ServiceTimingView.fxml");
    }

    @FXML
    private void initialize() {
        serviceChoice.setItems(viewModel.services());
        serviceChoice.setConverter(Cells.converter(ServiceTiming::name));
        serviceChoice.valueProperty().bindBidirectional(viewModel.serviceProperty());
        activeField.textProperty().bindBidirectional(viewModel.activeProperty());
        processingField.textProperty().bindBidirectional(viewModel.processingProperty());
        finishingField.textProperty().bindBidirectional(viewModel.finishingProperty());
        cleanupField.textProperty().bindBidirectional(viewModel.cleanupProperty());
        resourcesField.textProperty().bindBidirectional(viewModel.resourceIdsProperty());
        FieldErrors.bind(activeError, viewModel.activeErrorProperty());
        FieldErrors.bind(processingError, viewModel.processingErrorProperty());
        FieldErrors.bind(finishingError, viewModel.finishingErrorProperty());
        FieldErrors.bind(cleanupError, viewModel.cleanupErrorProperty());
        FieldErrors.bind(resourcesError, viewModel.resourcesErrorProperty());
        saveTimingButton.setOnAction(e -> viewModel.save());
        serviceTimingMessage.textProperty().bind(viewModel.messageProperty());
    }
}
