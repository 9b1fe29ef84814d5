package com.salondesk.app.view;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;

/** Shows a field's error message beside it, and takes no room while there is none. */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void bind(Label label, ObservableStringValue message) {
        label.getStyleClass().add("field-error");
        label.textProperty().bind(message);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        label.setWrapText(true);
        // A message that appears makes the form taller; the dialog grows with it so its buttons stay in view.
        label.visibleProperty().addListener((obs, was, shown) -> {
            if (shown && label.getScene() != null && label.getScene().getWindow() != null) {
                label.getScene().getWindow().sizeToScene();
            }
        });
    }
}
