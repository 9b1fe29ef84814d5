package com.salondesk.app.view;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Window;

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
        // A grid asks a label that spans columns for its height without saying how wide it will be, and gets
        // one line. So the label asks for the height its text needs at the width it was given.
        InvalidationListener fit = o -> label.setMinHeight(label.getWidth() > 0 ? label.prefHeight(label.getWidth())
                : Region.USE_COMPUTED_SIZE);
        label.widthProperty().addListener(fit);
        label.textProperty().addListener(fit);
        // A message that appears (or wraps to more lines) makes the form taller; the window grows with it so the
        // whole message and the buttons stay in view. Measured after the next layout, when the label knows its
        // width; only ever taller, so a window the person has resized keeps its width.
        label.textProperty().addListener(o -> Platform.runLater(() -> growWindow(label)));
        label.minHeightProperty().addListener(o -> Platform.runLater(() -> growWindow(label)));
    }

    private static void growWindow(Label label) {
        Scene scene = label.getScene();
        if (!label.isVisible() || scene == null || scene.getWindow() == null) {
            return;
        }
        double missing = scene.getRoot().prefHeight(scene.getWidth()) - scene.getHeight();
        if (missing <= 0.5) {
            return;
        }
        // Never past the bottom of the screen the window is on: a front-desk PC's screen is often small, and a
        // window taller than its screen cannot be moved back into view.
        Window window = scene.getWindow();
        var screens = Screen.getScreensForRectangle(window.getX(), window.getY(), window.getWidth(), window.getHeight());
        Rectangle2D bounds = (screens.isEmpty() ? Screen.getPrimary() : screens.getFirst()).getVisualBounds();
        double room = bounds.getMaxY() - window.getY() - window.getHeight();
        double grow = Math.min(missing, Math.max(0, room));
        if (grow > 0.5) {
            window.setHeight(window.getHeight() + grow);
        }
    }
}
