package com.salondesk.app;

import com.salondesk.app.dialog.DialogService;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Dialog;

/** A DialogService that answers questions from a script and remembers the errors it was shown. */
public final class ScriptedDialogs implements DialogService {

    public final List<String> errors = new ArrayList<>();
    private final Deque<Optional<String>> answers = new ArrayDeque<>();

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
    public <R> Optional<R> showAndWait(Dialog<R> dialog) {
        throw new AssertionError("view-model tests show no dialogs");
    }
}
