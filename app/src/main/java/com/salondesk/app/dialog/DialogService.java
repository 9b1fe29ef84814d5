package com.salondesk.app.dialog;

import com.salondesk.domain.booking.CancelReason;
import java.util.Optional;
import javafx.scene.control.Dialog;

/** How screens talk to the person at the desk in a window of their own; a test can answer instead. */
public interface DialogService {

    /** Tells that something could not be done, in plain words. */
    void showError(String title, String message);

    /** Asks for a line of text (a reason, say); empty when the person backs out. */
    Optional<String> askForText(String title, String question);

    /** Asks whether to go ahead with something that matters (a no-show, say); false when the person backs out. */
    boolean confirm(String title, String question);

    /** As {@link #confirm(String, String)}, with the go-ahead button saying what it does ("Record anyway"). */
    default boolean confirm(String title, String question, String goAhead) {
        return confirm(title, question);
    }

    /**
     * Asks why a booking is cancelled: a reason from the list and words of the person's own, required for
     * "Other" ({@link CancelReason#problem}); empty when the person backs out.
     */
    Optional<CancelReason> askForCancelReason(String title, String question);

    /** Shows a dialog built by a view and waits until it closes. */
    <R> Optional<R> showAndWait(Dialog<R> dialog);
}
