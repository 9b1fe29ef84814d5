package com.salondesk.app.customer;

import com.salondesk.app.customer.MergeCustomersViewModel.Field;
import com.salondesk.app.language.Texts;
import com.salondesk.app.port.CustomerView;
import com.salondesk.app.view.FieldErrors;
import java.util.function.Function;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The dialog that merges a duplicate into the open customer: a search for the duplicate, then both records side by
 * side with a choice per field of the value that lives on. Its result is true once merged.
 */
public final class MergeCustomersView extends Dialog<Boolean> {

    private final MergeCustomersViewModel viewModel;
    private final GridPane sideBySide = new GridPane();

    public MergeCustomersView(MergeCustomersViewModel viewModel) {
        this.viewModel = viewModel;
        setTitle(Texts.get("customers.merge.title"));
        setHeaderText(Texts.get("customers.merge.header", viewModel.survivor().name()));
        getDialogPane().setId("mergeCustomersDialog");

        TextField search = new TextField();
        search.setId("mergeSearchField");
        search.setPromptText(Texts.get("customers.merge.searchPrompt"));
        search.textProperty().bindBidirectional(viewModel.searchTextProperty());
        search.setOnAction(e -> viewModel.search());
        Button find = new Button(Texts.get("customers.merge.find"));
        find.setId("mergeFindButton");
        find.setOnAction(e -> viewModel.search());
        ListView<CustomerView> candidates = new ListView<>(viewModel.candidates());
        candidates.setId("mergeCandidates");
        candidates.setPrefHeight(120);
        candidates.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CustomerView item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label() + (item.email().isEmpty() ? "" : " · " + item.email()));
            }
        });
        candidates.getSelectionModel().selectedItemProperty().subscribe(viewModel.duplicateProperty()::set);

        sideBySide.setHgap(12);
        sideBySide.setVgap(6);
        viewModel.duplicateProperty().subscribe(this::showSideBySide);
        Label error = new Label();
        error.setId("mergeError");
        FieldErrors.bind(error, viewModel.errorProperty());

        VBox content = new VBox(8, new HBox(8, search, find), candidates, sideBySide, error);
        content.setPadding(new Insets(10));
        content.setPrefWidth(640);
        getDialogPane().setContent(content);

        ButtonType mergeButton = new ButtonType(Texts.get("customers.merge.run"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(mergeButton, ButtonType.CANCEL);
        Node merge = getDialogPane().lookupButton(mergeButton);
        merge.setId("mergeCustomersButton");
        merge.disableProperty().bind(viewModel.busyProperty().or(viewModel.duplicateProperty().isNull()));
        merge.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.merge();
        });
        viewModel.mergedProperty().subscribe(done -> {
            if (done) {
                setResult(true);
            }
        });
        setResultConverter(button -> false);
    }

    private void showSideBySide(CustomerView duplicate) {
        sideBySide.getChildren().clear();
        if (duplicate == null) {
            return;
        }
        CustomerView survivor = viewModel.survivor();
        sideBySide.addRow(0, new Label(), bold(Texts.get("customers.merge.keeps")),
                bold(Texts.get("customers.merge.duplicate")));
        row(1, Field.NAME, "newCustomer.name", survivor, duplicate, CustomerView::name);
        row(2, Field.PHONE, "newCustomer.phone", survivor, duplicate, CustomerView::phone);
        row(3, Field.EMAIL, "newCustomer.email", survivor, duplicate, CustomerView::email);
        row(4, Field.NOTES, "newCustomer.notes", survivor, duplicate, CustomerView::notes);
        row(5, Field.CONSENT, "newCustomer.marketingConsent", survivor, duplicate,
                c -> Texts.get(c.marketingConsent() ? "customers.merge.yes" : "customers.merge.no"));
    }

    private void row(int index, Field field, String labelKey, CustomerView survivor, CustomerView duplicate,
                     Function<CustomerView, String> value) {
        ToggleGroup choice = new ToggleGroup();
        RadioButton left = new RadioButton(orDash(value.apply(survivor)));
        RadioButton right = new RadioButton(orDash(value.apply(duplicate)));
        String id = field.name().toLowerCase(java.util.Locale.ROOT);
        left.setId("keep-" + id + "-survivor");
        right.setId("keep-" + id + "-duplicate");
        left.setToggleGroup(choice);
        right.setToggleGroup(choice);
        var takeDuplicate = viewModel.takeDuplicatesProperty(field);
        (takeDuplicate.get() ? right : left).setSelected(true);
        right.selectedProperty().subscribe(takeDuplicate::set);
        sideBySide.addRow(index, new Label(Texts.get(labelKey)), left, right);
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold;");
        return label;
    }

    private static String orDash(String value) {
        return value == null || value.isEmpty() ? "—" : value;
    }
}
