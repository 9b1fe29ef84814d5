package com.salondesk.app.dialog;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** The dialogs of the desktop app, owned by the main window so they stay in front of it. */
public final class FxDialogService implements DialogService {

    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.WARNING, message, ButtonType.OK);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("errorDialog");
        alert.getDialogPane().lookupButton(ButtonType.OK).setId("errorOkButton");
        showAndWait(alert);
    }

    @Override
    public Optional<String> askForText(String title, String question) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(title);
        dialog.setHeaderText(question);
        dialog.getDialogPane().setId("questionDialog");
        dialog.getEditor().setId("answerField");
        dialog.getDialogPane().lookupButton(ButtonType.OK).setId("answerOkButton");
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("answerCancelButton");
        return showAndWait(dialog);
    }

    @Override
    public <R> Optional<R> showAndWait(Dialog<R> dialog) {
        if (owner != null && dialog.getOwner() == null) {
            dialog.initOwner(owner);
        }
        return dialog.showAndWait();
    }
}
