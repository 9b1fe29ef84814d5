package com.salondesk.app.dialog;

import com.salondesk.app.desk.Explanation;
import com.salondesk.app.language.Texts;
import com.salondesk.domain.booking.CancelReason;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

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
    public boolean confirm(String title, String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("confirmDialog");
        alert.getDialogPane().lookupButton(ButtonType.OK).setId("confirmOkButton");
        alert.getDialogPane().lookupButton(ButtonType.CANCEL).setId("confirmCancelButton");
        return showAndWait(alert).filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public boolean confirm(String title, String question, String goAhead) {
        ButtonType go = new ButtonType(goAhead, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.WARNING, question, go, ButtonType.CANCEL);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("confirmDialog");
        alert.getDialogPane().lookupButton(go).setId("confirmOkButton");
        alert.getDialogPane().lookupButton(ButtonType.CANCEL).setId("confirmCancelButton");
        return showAndWait(alert).filter(go::equals).isPresent();
    }

    @Override
    public Optional<CancelReason> askForCancelReason(String title, String question) {
        Dialog<CancelReason> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(question);
        dialog.getDialogPane().setId("cancelReasonDialog");
        ComboBox<CancelReason.Category> category = new ComboBox<>(
                FXCollections.observableArrayList(CancelReason.Category.values()));
        category.setId("cancelCategoryChoice");
        category.setPromptText(Texts.get("book.cancel.reasonPrompt"));
        category.setMaxWidth(Double.MAX_VALUE);
        category.setConverter(new StringConverter<>() {
            @Override
            public String toString(CancelReason.Category value) {
                return value == null ? "" : CancelReasonWords.say(value);
            }

            @Override
            public CancelReason.Category fromString(String text) {
                return null;
            }
        });
        TextField note = new TextField();
        note.setId("cancelNoteField");
        note.setPromptText(Texts.get("book.cancel.notePrompt"));
        Label problem = new Label();
        problem.setId("cancelReasonError");
        problem.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, category, note, problem));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("cancelReasonOkButton");
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("cancelReasonBackButton");
        // The same rule the booking's decider applies: the dialog only lets through a reason it would accept.
        var refusal = Bindings.createStringBinding(() -> CancelReason.problem(category.getValue(), note.getText())
                .map(Explanation::of).orElse(""), category.valueProperty(), note.textProperty());
        problem.textProperty().bind(refusal);
        ok.disableProperty().bind(refusal.isNotEmpty());
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new CancelReason(category.getValue(), note.getText()) : null);
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
