package com.salondesk.app.connect;

import com.salondesk.app.view.FieldErrors;
import com.salondesk.app.view.FxmlViews;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The first-start screen: connect to the chain's sync server or work standalone; then the download's progress. */
public final class FirstStartView {

    @FXML private VBox choosingPane;
    @FXML private TextField serverField;
    @FXML private Label serverError;
    @FXML private TextField tokenField;
    @FXML private Label tokenError;
    @FXML private Button connectButton;
    @FXML private ProgressIndicator connectingIndicator;
    @FXML private Label connectError;
    @FXML private Button standaloneButton;
    @FXML private Label firstStartProblem;
    @FXML private VBox downloadingPane;
    @FXML private Label connectedTo;
    @FXML private ProgressBar downloadProgress;
    @FXML private Label downloadReceived;
    @FXML private Label downloadRate;
    @FXML private Label downloadTimeLeft;
    @FXML private Label downloadProblem;
    @FXML private Button openBookButton;
    @FXML private VBox preparingPane;
    @FXML private Label preparingLabel;

    private final FirstStartViewModel viewModel;

    private FirstStartView(FirstStartViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public static Parent load(FirstStartViewModel viewModel) {
        return FxmlViews.load(new FirstStartView(viewModel), "FirstStartView.fxml");
    }

    @FXML
    private void initialize() {
        ConnectFormViewModel form = viewModel.form();
        ConnectFields.bind(form, serverField, serverError, tokenField, tokenError, connectError, connectButton,
                connectingIndicator);
        standaloneButton.disableProperty().bind(form.connectingProperty());
        standaloneButton.setOnAction(e -> viewModel.workStandalone());
        FieldErrors.bind(firstStartProblem, viewModel.problemProperty());

        connectedTo.textProperty().bind(viewModel.connectedToProperty());
        downloadProgress.progressProperty().bind(viewModel.downloadedProperty());
        downloadReceived.textProperty().bind(viewModel.receivedProperty());
        downloadRate.textProperty().bind(viewModel.rateProperty());
        downloadTimeLeft.textProperty().bind(viewModel.timeLeftProperty());
        preparingLabel.textProperty().bind(viewModel.preparingProperty());
        FieldErrors.bind(downloadProblem, viewModel.downloadProblemProperty());
        openBookButton.visibleProperty().bind(viewModel.downloadProblemProperty().isNotEmpty());
        openBookButton.managedProperty().bind(openBookButton.visibleProperty());
        openBookButton.setOnAction(e -> viewModel.openWithWhatCame());

        viewModel.stepProperty().subscribe(step -> {
            choosingPane.setVisible(step == FirstStartViewModel.Step.CHOOSING);
            downloadingPane.setVisible(step == FirstStartViewModel.Step.DOWNLOADING);
            preparingPane.setVisible(step == FirstStartViewModel.Step.PREPARING_DEMO);
        });
    }
}
