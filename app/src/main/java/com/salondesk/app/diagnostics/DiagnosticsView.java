package com.salondesk.app.diagnostics;

import com.salondesk.app.language.Formats;
import com.salondesk.app.port.RefusedEvent;
import com.salondesk.app.view.FxmlViews;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** The diagnostics screen: one line per read model and handler, and the rebuild with its progress. Binds only. */
public final class DiagnosticsView {

    private static final PseudoClass LAGGING = PseudoClass.getPseudoClass("lagging");
    private static final PseudoClass FAILING = PseudoClass.getPseudoClass("failing");
    /** Shown where a column does not apply: read models neither retry nor keep dead letters. */
    private static final String NOT_APPLICABLE = "—";

    @FXML private Label diagnosticsHead;
    @FXML private ProgressBar rebuildProgress;
    @FXML private Button rebuildButton;
    @FXML private TableView<DiagnosticsRow> diagnosticsTable;
    @FXML private TableColumn<DiagnosticsRow, String> kindColumn;
    @FXML private TableColumn<DiagnosticsRow, String> nameColumn;
    @FXML private TableColumn<DiagnosticsRow, String> positionColumn;
    @FXML private TableColumn<DiagnosticsRow, String> behindColumn;
    @FXML private TableColumn<DiagnosticsRow, String> failuresColumn;
    @FXML private TableColumn<DiagnosticsRow, String> retryingColumn;
    @FXML private TableColumn<DiagnosticsRow, String> deadLettersColumn;
    @FXML private TableColumn<DiagnosticsRow, String> parkedColumn;
    @FXML private Label diagnosticsMessage;
    @FXML private SplitPane diagnosticsSplit;
    @FXML private VBox syncPane;
    @FXML private Label syncServer;
    @FXML private Label syncDevice;
    @FXML private Label syncConnection;
    @FXML private Label syncPosition;
    @FXML private Label syncPending;
    @FXML private Label syncLast;
    @FXML private Label syncProblem;
    @FXML private TableView<RefusedEvent> refusedTable;
    @FXML private TableColumn<RefusedEvent, String> refusedTypeColumn;
    @FXML private TableColumn<RefusedEvent, String> refusedStreamColumn;
    @FXML private TableColumn<RefusedEvent, String> refusedAtColumn;
    @FXML private TableColumn<RefusedEvent, String> refusedReasonColumn;

    private final DiagnosticsViewModel viewModel;

    private DiagnosticsView(DiagnosticsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public static Parent load(DiagnosticsViewModel viewModel) {
        return FxmlViews.load(new DiagnosticsView(viewModel), "DiagnosticsView.fxml");
    }

    @FXML
    private void initialize() {
        diagnosticsHead.textProperty().bind(viewModel.headProperty());
        diagnosticsMessage.textProperty().bind(viewModel.messageProperty());
        rebuildProgress.progressProperty().bind(viewModel.rebuildProgressProperty());
        rebuildProgress.visibleProperty().bind(viewModel.rebuildingProperty()
                .or(viewModel.rebuildProgressProperty().greaterThan(0)));
        rebuildButton.disableProperty().bind(viewModel.canRebuild().not());
        rebuildButton.setOnAction(e -> viewModel.rebuildSelected());

        column(kindColumn, r -> r.kind().label());
        column(nameColumn, DiagnosticsRow::name);
        number(positionColumn, r -> Formats.count(r.position()));
        number(behindColumn, DiagnosticsRow::behind);
        number(failuresColumn, r -> Formats.count(r.failures()));
        number(retryingColumn, r -> r.isReadModel() ? NOT_APPLICABLE : String.valueOf(r.retrying()));
        number(deadLettersColumn, r -> r.isReadModel() ? NOT_APPLICABLE : String.valueOf(r.deadLetters()));
        number(parkedColumn, r -> r.isReadModel() ? NOT_APPLICABLE : String.valueOf(r.parked()));
        diagnosticsTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(DiagnosticsRow row, boolean empty) {
                super.updateItem(row, empty);
                boolean shown = !empty && row != null;
                pseudoClassStateChanged(LAGGING, shown && row.lag() > 0);
                pseudoClassStateChanged(FAILING, shown && row.deadLetters() > 0);
            }
        });
        diagnosticsTable.setItems(viewModel.rows());
        if (viewModel.showsSync()) {
            syncServer.textProperty().bind(viewModel.syncServerProperty());
            syncDevice.textProperty().bind(viewModel.syncDeviceProperty());
            syncConnection.textProperty().bind(viewModel.syncConnectionProperty());
            syncPosition.textProperty().bind(viewModel.syncPositionProperty());
            syncPending.textProperty().bind(viewModel.syncPendingProperty());
            syncLast.textProperty().bind(viewModel.syncLastProperty());
            syncProblem.textProperty().bind(viewModel.syncProblemProperty());
            refusedTable.setItems(viewModel.refusedEvents());
            refusedTypeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().type()));
            refusedStreamColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().streamId()));
            refusedAtColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(viewModel.refusedAt(c.getValue())));
            refusedReasonColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().reason()));
        } else {
            diagnosticsSplit.getItems().remove(syncPane);
        }
        diagnosticsTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> viewModel.select(now));
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                diagnosticsTable.getSelectionModel().clearSelection();
            } else if (diagnosticsTable.getSelectionModel().getSelectedItem() != now) {
                diagnosticsTable.getSelectionModel().select(now);
            }
        });
    }

    private static void column(TableColumn<DiagnosticsRow, String> column, Function<DiagnosticsRow, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }

    private static void number(TableColumn<DiagnosticsRow, String> column, Function<DiagnosticsRow, String> value) {
        column(column, value);
        column.getStyleClass().add("number");
    }
}
