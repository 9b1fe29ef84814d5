package com.salondesk.app.stock;

import com.salondesk.app.language.Texts;
import com.salondesk.app.port.StockLevelView;
import com.salondesk.app.view.Columns;
import com.salondesk.app.view.FieldErrors;
import com.salondesk.app.view.FxmlViews;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The dialog of one stock movement (a delivery, an adjustment or a stocktake); its result says whether it was recorded. */
public final class MovementFormView extends Dialog<Boolean> {

    @FXML private Label noteLabel;
    @FXML private VBox noteBox;
    @FXML private TextField noteField;
    @FXML private Label noteError;
    @FXML private ComboBox<StockLevelView> productChoice;
    @FXML private Label productError;
    @FXML private Label quantityLabel;
    @FXML private TextField quantityField;
    @FXML private Label quantityError;
    @FXML private Button addLineButton;
    @FXML private TableView<MovementFormViewModel.FormLine> linesTable;
    @FXML private TableColumn<MovementFormViewModel.FormLine, String> lineProductColumn;
    @FXML private TableColumn<MovementFormViewModel.FormLine, String> lineExpectedColumn;
    @FXML private TableColumn<MovementFormViewModel.FormLine, String> lineQuantityColumn;
    @FXML private TableColumn<MovementFormViewModel.FormLine, String> lineDifferenceColumn;
    @FXML private Button removeLineButton;
    @FXML private Label summaryLabel;
    @FXML private Label movementFormError;

    private final MovementFormViewModel viewModel;

    public MovementFormView(MovementFormViewModel viewModel) {
        this.viewModel = viewModel;
        String kind = viewModel.kind().name();
        setTitle(Texts.get("stock.form.title." + kind));
        setHeaderText(Texts.get("stock.form.header." + kind));
        getDialogPane().setId("movementFormDialog");
        getDialogPane().setContent(FxmlViews.load(this, "MovementFormView.fxml"));
        // Made per dialog: a constant would keep the language of the first dialog ever opened.
        ButtonType recordButton = new ButtonType(Texts.get("stock.form.record"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(recordButton, ButtonType.CANCEL);
        Node record = getDialogPane().lookupButton(recordButton);
        record.setId("recordMovementButton");
        record.disableProperty().bind(viewModel.recordingProperty());
        record.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.record();
        });
        viewModel.recordedProperty().subscribe(done -> {
            if (done) {
                setResult(true);
            }
        });
        setResultConverter(button -> false);
    }

    @FXML
    private void initialize() {
        MovementFormViewModel.Kind kind = viewModel.kind();
        boolean stocktake = kind == MovementFormViewModel.Kind.STOCKTAKE;
        noteLabel.setText(stocktake ? "" : Texts.get("stock.form.note." + kind.name()));
        noteBox.setVisible(!stocktake);
        noteBox.setManaged(!stocktake);
        noteLabel.setVisible(!stocktake);
        noteLabel.setManaged(!stocktake);
        noteField.textProperty().bindBidirectional(viewModel.noteTextProperty());
        FieldErrors.bind(noteError, viewModel.noteErrorProperty());

        productChoice.setItems(viewModel.products());
        productChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(StockLevelView level) {
                return level == null ? "" : level.name();
            }

            @Override
            public StockLevelView fromString(String text) {
                return viewModel.products().stream().filter(l -> l.name().equals(text)).findFirst().orElse(null);
            }
        });
        productChoice.valueProperty().bindBidirectional(viewModel.productProperty());
        FieldErrors.bind(productError, viewModel.productErrorProperty());

        quantityLabel.setText(Texts.get("stock.form.quantity." + kind.name()));
        quantityField.setPromptText(Texts.get("stock.form.quantity.prompt." + kind.name()));
        quantityField.textProperty().bindBidirectional(viewModel.quantityTextProperty());
        quantityField.setOnAction(e -> viewModel.addLine());
        FieldErrors.bind(quantityError, viewModel.quantityErrorProperty());
        addLineButton.setOnAction(e -> viewModel.addLine());

        linesTable.setItems(viewModel.lines());
        Columns.show(lineProductColumn, MovementFormViewModel.FormLine::productName);
        lineQuantityColumn.setText(Texts.get("stock.form.quantity." + kind.name()));
        Columns.show(lineQuantityColumn, l -> Quantities.say(l.quantity(), l.unit()));
        Columns.show(lineExpectedColumn, l -> Quantities.say(l.expected(), l.unit()));
        Columns.show(lineDifferenceColumn, l -> l.difference().signum() == 0 ? Texts.get("stock.form.noDifference")
                : Quantities.change(l.difference(), l.unit()));
        lineExpectedColumn.setVisible(stocktake);
        lineDifferenceColumn.setVisible(stocktake);
        removeLineButton.disableProperty().bind(linesTable.getSelectionModel().selectedItemProperty().isNull());
        removeLineButton.setOnAction(e -> viewModel.removeLine(linesTable.getSelectionModel().getSelectedItem()));
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        FieldErrors.bind(movementFormError, viewModel.formErrorProperty());
    }
}
