package com.salondesk.app.book;

import com.salondesk.app.language.Texts;
import com.salondesk.app.port.ServiceView;
import com.salondesk.app.view.FieldErrors;
import com.salondesk.app.view.FormDialogs;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The "Edit booking…" dialog: service, start and end, notes. Stays open, saying why, while a change is refused. */
public final class EditBookingView extends Dialog<Boolean> {

    public EditBookingView(EditBookingViewModel viewModel) {
        setTitle(Texts.get("book.edit.title"));
        setHeaderText(viewModel.header());
        getDialogPane().setId("editBookingDialog");
        ComboBox<ServiceView> service = new ComboBox<>(viewModel.services());
        service.setId("editServiceChoice");
        service.setConverter(new StringConverter<>() {
            @Override
            public String toString(ServiceView s) {
                return s == null ? "" : s.name();
            }

            @Override
            public ServiceView fromString(String text) {
                return null;
            }
        });
        service.valueProperty().bindBidirectional(viewModel.serviceProperty());
        TextField start = new TextField();
        start.setId("editStartField");
        start.setPrefColumnCount(5);
        start.textProperty().bindBidirectional(viewModel.startTextProperty());
        TextField end = new TextField();
        end.setId("editEndField");
        end.setPrefColumnCount(5);
        end.textProperty().bindBidirectional(viewModel.endTextProperty());
        TextArea notes = new TextArea();
        notes.setId("editNotesField");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(viewModel.notesProperty());
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, labelFor(Texts.get("book.edit.service"), service), service);
        form.addRow(1, labelFor(Texts.get("book.edit.start"), start), start);
        form.addRow(2, labelFor(Texts.get("book.edit.end"), end), end);
        form.addRow(3, labelFor(Texts.get("book.edit.notes"), notes), notes);
        Label error = new Label();
        error.setId("editBookingError");
        error.setWrapText(true);
        FieldErrors.bind(error, viewModel.errorProperty());
        getDialogPane().setContent(new VBox(10, form, error));
        FormDialogs.saveButton(this, Texts.get("book.edit.save"), "saveEditButton", ButtonType.CANCEL,
                viewModel.savingProperty(), viewModel::save, viewModel.savedProperty(), true);
        setResizable(true);
    }

    private static Label labelFor(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        return label;
    }
}
