package com.salondesk.app.stock;

import com.salondesk.app.dialog.DialogService;
import com.salondesk.app.language.Formats;
import com.salondesk.app.language.Texts;
import com.salondesk.app.port.StockLevelView;
import com.salondesk.app.port.StockMovementView;
import com.salondesk.app.view.Columns;
import com.salondesk.app.view.FieldErrors;
import com.salondesk.app.view.FxmlViews;
import java.time.ZoneId;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** The Stock screen: binds the view model's lists and fields, and opens the movement forms. Decides nothing. */
public final class StockView {

    private static final PseudoClass LOW = PseudoClass.getPseudoClass("low");
    private static final PseudoClass BELOW_ZERO = PseudoClass.getPseudoClass("below-zero");

    @FXML private Label stockHead;
    @FXML private CheckBox lowOnlyCheck;
    @FXML private Button receiveButton;
    @FXML private Button adjustButton;
    @FXML private Button stocktakeButton;
    @FXML private TableView<StockLevelView> stockTable;
    @FXML private TableColumn<StockLevelView, String> productColumn;
    @FXML private TableColumn<StockLevelView, String> kindColumn;
    @FXML private TableColumn<StockLevelView, String> onHandColumn;
    @FXML private TableColumn<StockLevelView, String> reservedColumn;
    @FXML private TableColumn<StockLevelView, String> availableColumn;
    @FXML private TableColumn<StockLevelView, String> thresholdColumn;
    @FXML private Label movementsTitle;
    @FXML private TableView<StockMovementView> movementsTable;
    @FXML private TableColumn<StockMovementView, String> whenColumn;
    @FXML private TableColumn<StockMovementView, String> whatColumn;
    @FXML private TableColumn<StockMovementView, String> onHandChangeColumn;
    @FXML private TableColumn<StockMovementView, String> reservedChangeColumn;
    @FXML private TableColumn<StockMovementView, String> noteColumn;
    @FXML private TableColumn<StockMovementView, String> byColumn;
    @FXML private TextField thresholdField;
    @FXML private Button setThresholdButton;
    @FXML private Label thresholdError;
    @FXML private Label stockMessage;

    private final StockViewModel viewModel;
    private final DialogService dialogs;
    private final ZoneId zone;
    private final Parent root;

    /** The screen on {@code viewModel}; forms open through {@code dialogs}; times shown in {@code zone}. */
    public StockView(StockViewModel viewModel, DialogService dialogs, ZoneId zone) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        this.zone = zone;
        this.root = FxmlViews.load(this, "StockView.fxml");
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        stockHead.textProperty().bind(viewModel.headProperty());
        lowOnlyCheck.selectedProperty().bindBidirectional(viewModel.lowOnlyProperty());
        stockTable.setItems(viewModel.levels());
        Columns.show(productColumn, StockLevelView::name);
        Columns.show(kindColumn, l -> Texts.get("stock.productKind." + l.kind().name()));
        Columns.show(onHandColumn, l -> viewModel.quantity(l.onHand(), l.unit()));
        Columns.show(reservedColumn, l -> viewModel.quantity(l.reserved(), l.unit()));
        Columns.show(availableColumn, l -> viewModel.quantity(l.available(), l.unit()));
        Columns.show(thresholdColumn, l -> l.threshold() == null ? "" : viewModel.quantity(l.threshold(), l.unit()));
        stockTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(StockLevelView level, boolean empty) {
                super.updateItem(level, empty);
                pseudoClassStateChanged(LOW, !empty && level != null && level.low());
                setId(empty || level == null ? null : "stock-" + level.productId());
            }
        });
        stockTable.getSelectionModel().selectedItemProperty().subscribe((before, level) -> {
            if (level != null) {
                viewModel.select(level);
            }
        });
        // The list is read again after each change; the chosen product stays chosen in it.
        viewModel.levels().subscribe(() -> {
            StockLevelView chosen = viewModel.selectedProperty().get();
            if (chosen != null && stockTable.getSelectionModel().getSelectedItem() == null) {
                viewModel.levels().stream().filter(l -> l.productId().equals(chosen.productId())).findFirst()
                        .ifPresent(l -> stockTable.getSelectionModel().select(l));
            }
        });

        movementsTable.setItems(viewModel.movements());
        movementsTitle.textProperty().bind(viewModel.selectedProperty().map(l -> Texts.get("stock.movements.of",
                l.name())).orElse(Texts.get("stock.movements.choose")));
        Columns.show(whenColumn, m -> Formats.instant(m.at(), zone));
        Columns.show(whatColumn, viewModel::kindOf);
        Columns.show(onHandChangeColumn, m -> viewModel.change(m.onHandChange(), m.unit()));
        Columns.show(reservedChangeColumn, m -> viewModel.change(m.reservedChange(), m.unit()));
        Columns.show(noteColumn, m -> m.belowZero() ? Texts.get("stock.belowZero.note", m.note()) : m.note());
        Columns.show(byColumn, StockMovementView::userId);
        movementsTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(StockMovementView movement, boolean empty) {
                super.updateItem(movement, empty);
                pseudoClassStateChanged(BELOW_ZERO, !empty && movement != null && movement.belowZero());
            }
        });

        thresholdField.textProperty().bindBidirectional(viewModel.thresholdTextProperty());
        thresholdField.disableProperty().bind(viewModel.selectedProperty().isNull());
        setThresholdButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        setThresholdButton.setOnAction(e -> viewModel.setThreshold());
        thresholdField.setOnAction(e -> viewModel.setThreshold());
        FieldErrors.bind(thresholdError, viewModel.thresholdErrorProperty());
        stockMessage.textProperty().bind(viewModel.messageProperty());

        receiveButton.setOnAction(e -> openReceive());
        adjustButton.setOnAction(e -> openAdjust());
        stocktakeButton.setOnAction(e -> openStocktake());
    }

    /** Opens the delivery form. */
    public void openReceive() {
        dialogs.showAndWait(new MovementFormView(viewModel.receiveForm()));
    }

    void openAdjust() {
        dialogs.showAndWait(new MovementFormView(viewModel.adjustForm()));
    }

    /** Opens the stocktake form. */
    public void openStocktake() {
        dialogs.showAndWait(new MovementFormView(viewModel.stocktakeForm()));
    }
}
