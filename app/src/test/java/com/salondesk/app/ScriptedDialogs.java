package com.salondesk.app;

import com.salondesk.app.dialog.DialogService;
import com.salondesk.domain.booking.CancelReason;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Dialog;

/** A DialogService that answers questions from a script and remembers the errors it was shown. */
public final class ScriptedDialogs implements DialogService {

    public final List<String> errors = new ArrayList<>();
    /** The cancel-reason questions the screen asked, in order. */
    public final List<String> reasonQuestions = new ArrayList<>();
    /** The questions the screen asked to be confirmed, in order. */
    public final List<String> confirmations = new ArrayList<>();
    private final Deque<Optional<String>> answers = new ArrayDeque<>();
    private final Deque<Optional<CancelReason>> reasons = new ArrayDeque<>();
    private final Deque<Boolean> decisions = new ArrayDeque<>();

    /** The answer to the next cancel-reason question. */
    public ScriptedDialogs answer(CancelReason reason) {
        reasons.add(Optional.of(reason));
        return this;
    }

    /** Backs out of the next cancel-reason question. */
    public ScriptedDialogs backOutOfReason() {
        reasons.add(Optional.empty());
        return this;
    }

    /** Says yes (or no) to the next question to confirm. */
    public ScriptedDialogs decide(boolean goAhead) {
        decisions.add(goAhead);
        return this;
    }

    public ScriptedDialogs answer(String text) {
        answers.add(Optional.of(text));
        return this;
    }

    public ScriptedDialogs backOut() {
        answers.add(Optional.empty());
        return this;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public Optional<String> askForText(String title, String question) {
        if (answers.isEmpty()) {
            throw new AssertionError("the screen asked '" + question + "' but the test gave no answer");
        }
        return answers.poll();
    }

    @Override
    public boolean confirm(String title, String question) {
        if (decisions.isEmpty()) {
            throw new AssertionError("the screen asked to confirm '" + question + "' but the test gave no answer");
        }
        confirmations.add(question);
        return decisions.poll();
    }

    @Override
    public Optional<CancelReason> askForCancelReason(String title, String question) {
        if (reasons.isEmpty()) {
            throw new AssertionError("the screen asked '" + question + "' but the test gave no reason");
        }
        reasonQuestions.add(question);
        return reasons.poll();
    }

    @Override
    public <R> Optional<R> showAndWait(Dialog<R> dialog) {
        throw new AssertionError("view-model tests show no dialogs");
    }
}
