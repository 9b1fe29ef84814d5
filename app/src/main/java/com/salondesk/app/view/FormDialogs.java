package com.salondesk.app.view;

import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

/**
 * A form dialog's save button that does not close the dialog: it asks the view model to save, is disabled while
 * that runs, and the dialog closes only once {@code saved} turns true — a refusal keeps the form open.
 */
public final class FormDialogs {

    private FormDialogs() {
    }

    public static <R> void saveButton(Dialog<R> dialog, String label, String id, ButtonType other,
                                      ObservableBooleanValue busy, Runnable save, ObservableBooleanValue saved,
                                      R result) {
        ButtonType saveType = new ButtonType(label, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(saveType, other);
        Node button = dialog.getDialogPane().lookupButton(saveType);
        button.setId(id);
        button.disableProperty().bind(busy);
        button.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            save.run();
        });
        saved.addListener((o, old, now) -> {
            if (now) {
                dialog.setResult(result);
            }
        });
        dialog.setResultConverter(pressed -> null);
    }
}
