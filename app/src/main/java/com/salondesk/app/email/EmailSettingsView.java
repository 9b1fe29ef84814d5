package com.salondesk.app.email;

import com.salondesk.app.language.Texts;
import com.salondesk.app.port.EmailSecurity;
import com.salondesk.app.view.FieldErrors;
import com.salondesk.app.view.FxmlViews;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** Settings ▸ E-mail: the mail server's fields with their errors beside them, and the test button. Binds only. */
public final class EmailSettingsView {

    @FXML private TextField hostField;
    @FXML private Label hostError;
    @FXML private TextField portField;
    @FXML private Label portError;
    @FXML private ChoiceBox<EmailSecurity> securityChoice;
    @FXML private Label securityError;
    @FXML private TextField userField;
    @FXML private Label userError;
    @FXML private PasswordField passwordField;
    @FXML private Label passwordError;
    @FXML private TextField fromField;
    @FXML private Label fromError;
    @FXML private TextField testRecipientField;
    @FXML private Label testRecipientError;
    @FXML private Button sendTestButton;
    @FXML private ProgressIndicator sendingIndicator;
    @FXML private Label emailMessage;

    private final EmailSettingsViewModel viewModel;

    private EmailSettingsView(EmailSettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public static Parent load(EmailSettingsViewModel viewModel) {
        return FxmlViews.load(new EmailSettingsView(viewModel), "EmailSettingsView.fxml");
    }

    @FXML
    private void initialize() {
        hostField.textProperty().bindBidirectional(viewModel.hostProperty());
        portField.textProperty().bindBidirectional(viewModel.portProperty());
        securityChoice.setItems(FXCollections.observableArrayList(viewModel.securityChoices()));
        securityChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(EmailSecurity security) {
                return security == null ? "" : Texts.get("email.security." + security.name());
            }

            @Override
            public EmailSecurity fromString(String text) {
                throw new UnsupportedOperationException("the security is chosen, not typed");
            }
        });
        securityChoice.valueProperty().bindBidirectional(viewModel.securityProperty());
        userField.textProperty().bindBidirectional(viewModel.userProperty());
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        fromField.textProperty().bindBidirectional(viewModel.fromProperty());
        testRecipientField.textProperty().bindBidirectional(viewModel.testRecipientProperty());
        FieldErrors.bind(hostError, viewModel.hostErrorProperty());
        FieldErrors.bind(portError, viewModel.portErrorProperty());
        FieldErrors.bind(securityError, viewModel.securityErrorProperty());
        FieldErrors.bind(userError, viewModel.userErrorProperty());
        FieldErrors.bind(passwordError, viewModel.passwordErrorProperty());
        FieldErrors.bind(fromError, viewModel.fromErrorProperty());
        FieldErrors.bind(testRecipientError, viewModel.testRecipientErrorProperty());
        sendTestButton.disableProperty().bind(viewModel.sendingProperty());
        sendTestButton.setOnAction(e -> viewModel.sendTestAndKeep());
        sendingIndicator.visibleProperty().bind(viewModel.sendingProperty());
        emailMessage.textProperty().bind(viewModel.messageProperty());
    }
}
