package com.salondesk.app.connect;

import com.salondesk.app.view.FieldErrors;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;

/** Binds the server and token fields, their errors and the connect button to a {@link ConnectFormViewModel}. */
final class ConnectFields {

    private ConnectFields() {
    }

    static void bind(ConnectFormViewModel form, TextField serverField, Label serverError, TextField tokenField,
                     Label tokenError, Label connectError, Button connectButton, ProgressIndicator connecting) {
        serverField.textProperty().bindBidirectional(form.serverTextProperty());
        tokenField.textProperty().bindBidirectional(form.tokenTextProperty());
        FieldErrors.bind(serverError, form.serverErrorProperty());
        FieldErrors.bind(tokenError, form.tokenErrorProperty());
        FieldErrors.bind(connectError, form.connectErrorProperty());
        connectButton.disableProperty().bind(form.connectingProperty());
        connecting.visibleProperty().bind(form.connectingProperty());
        connectButton.setOnAction(e -> form.connect());
    }
}
