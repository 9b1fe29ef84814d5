package com.salondesk.app.connect;

import com.salondesk.app.language.Texts;
import com.salondesk.app.view.FxmlViews;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;

/** The connection settings: what the desk is connected to, and a new server or token. Binds only. */
public final class ConnectionSettingsView {

    @FXML private Label settingsServer;
    @FXML private Label settingsTenant;
    @FXML private Label settingsBranch;
    @FXML private Label settingsDevice;
    @FXML private Label settingsFormTitle;
    @FXML private TextField serverField;
    @FXML private Label serverError;
    @FXML private TextField tokenField;
    @FXML private Label tokenError;
    @FXML private Button connectButton;
    @FXML private ProgressIndicator connectingIndicator;
    @FXML private Label connectError;
    @FXML private Label settingsMessage;

    private final ConnectionSettingsViewModel viewModel;

    private ConnectionSettingsView(ConnectionSettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public static Parent load(ConnectionSettingsViewModel viewModel) {
        return FxmlViews.load(new ConnectionSettingsView(viewModel), "ConnectionSettingsView.fxml");
    }

    @FXML
    private void initialize() {
        settingsServer.textProperty().bind(viewModel.serverProperty());
        settingsTenant.textProperty().bind(viewModel.tenantProperty());
        settingsBranch.textProperty().bind(viewModel.branchProperty());
        settingsDevice.textProperty().bind(viewModel.deviceProperty());
        settingsFormTitle.textProperty().bind(Bindings.createStringBinding(() -> Texts.get(
                viewModel.connectedProperty().get() ? "settings.change.title" : "settings.connect.title"),
                viewModel.connectedProperty()));
        ConnectFormViewModel form = viewModel.form();
        ConnectFields.bind(form, serverField, serverError, tokenField, tokenError, connectError, connectButton,
                connectingIndicator);
        connectButton.textProperty().bind(Bindings.createStringBinding(() -> Texts.get(
                viewModel.connectedProperty().get() ? "settings.change.button" : "connect.button"),
                viewModel.connectedProperty()));
        connectButton.disableProperty().unbind();
        connectButton.disableProperty().bind(form.connectingProperty().or(viewModel.reopeningProperty()));
        settingsMessage.textProperty().bind(viewModel.messageProperty());
    }
}
