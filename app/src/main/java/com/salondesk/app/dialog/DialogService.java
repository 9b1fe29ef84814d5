package com.salondesk.app.dialog;

import java.util.Optional;
import javafx.scene.control.Dialog;

/** How screens talk to the person at the desk in a window of their own; a test can answer instead. */
public interface DialogService {

    /** Tells that something could not be done, in plain words. */
    void showError(String title, String message);

    /** Asks for a line of text (a reason, say); empty when the person backs out. */
    Optional<String> askForText(String title, String question);

    /** Shows a dialog built by a view and waits until it closes. */
    <R> Optional<R> showAndWait(Dialog<R> dialog);
}
