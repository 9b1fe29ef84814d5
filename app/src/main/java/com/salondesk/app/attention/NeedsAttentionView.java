package com.salondesk.app.attention;

import com.salondesk.app.dialog.DialogService;
import com.salondesk.app.port.AttentionEntry;
import com.salondesk.app.view.FxmlViews;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The Needs-attention screen: the list, both bookings of the selected entry side by side, the choices. Binds only. */
public final class NeedsAttentionView {

    @FXML private Label attentionHead;
    @FXML private TableView<AttentionEntry> attentionTable;
    @FXML private TableColumn<AttentionEntry, String> customerColumn;
    @FXML private TableColumn<AttentionEntry, String> serviceColumn;
    @FXML private TableColumn<AttentionEntry, String> timeColumn;
    @FXML private Label lostHeader;
    @FXML private Label rivalHeader;
    @FXML private Label lostCustomer;
    @FXML private Label lostStaff;
    @FXML private Label lostService;
    @FXML private Label lostTime;
    @FXML private Label lostDesk;
    @FXML private Label lostContact;
    @FXML private Label rivalCustomer;
    @FXML private Label rivalStaff;
    @FXML private Label rivalService;
    @FXML private Label rivalTime;
    @FXML private Label rivalDesk;
    @FXML private Button moveButton;
    @FXML private Button overbookButton;
    @FXML private Button cancelLostButton;
    @FXML private Button dismissButton;
    @FXML private Label attentionReason;
    @FXML private Label attentionMessage;

    private final NeedsAttentionViewModel viewModel;
    private final DialogService dialogs;

    private NeedsAttentionView(NeedsAttentionViewModel viewModel, DialogService dialogs) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
    }

    public static Parent load(NeedsAttentionViewModel viewModel, DialogService dialogs) {
        return FxmlViews.load(new NeedsAttentionView(viewModel, dialogs), "NeedsAttentionView.fxml");
    }

    @FXML
    private void initialize() {
        attentionHead.textProperty().bind(viewModel.headProperty());
        attentionMessage.textProperty().bind(viewModel.messageProperty());
        column(customerColumn, viewModel::customerOf);
        column(serviceColumn, viewModel::serviceOf);
        column(timeColumn, viewModel::timeOf);
        attentionTable.setItems(viewModel.entries());
        attentionTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> viewModel.select(now));
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                attentionTable.getSelectionModel().clearSelection();
            } else if (!now.equals(attentionTable.getSelectionModel().getSelectedItem())) {
                attentionTable.getSelectionModel().select(now);
            }
        });
        viewModel.lostProperty().subscribe(side -> {
            lostCustomer.setText(side.customer());
            lostStaff.setText(side.staff());
            lostService.setText(side.service());
            lostTime.setText(side.time());
            lostDesk.setText(side.desk());
        });
        viewModel.rivalProperty().subscribe(side -> {
            rivalCustomer.setText(side.customer());
            rivalStaff.setText(side.staff());
            rivalService.setText(side.service());
            rivalTime.setText(side.time());
            rivalDesk.setText(side.desk());
        });
        lostContact.textProperty().bind(viewModel.contactProperty());
        lostHeader.textProperty().bind(viewModel.lostHeaderProperty());
        rivalHeader.textProperty().bind(viewModel.rivalHeaderProperty());
        for (Button choice : new Button[] {moveButton, overbookButton, cancelLostButton}) {
            choice.disableProperty().bind(viewModel.canRebook().not());
        }
        dismissButton.disableProperty().bind(viewModel.canDismiss().not());
        dismissButton.visibleProperty().bind(viewModel.canDismiss());
        dismissButton.managedProperty().bind(dismissButton.visibleProperty());
        dismissButton.setOnAction(e -> viewModel.dismissSelected());
        attentionReason.textProperty().bind(viewModel.reasonProperty());
        moveButton.setOnAction(e -> viewModel.moveSelected().ifPresent(form -> {
            dialogs.showAndWait(new MoveBookingView(form));
            viewModel.afterMove(form);
        }));
        overbookButton.setOnAction(e -> viewModel.keepSelectedAsOverbook());
        cancelLostButton.setOnAction(e -> viewModel.cancelSelected());
    }

    private static void column(TableColumn<AttentionEntry, String> column, Function<AttentionEntry, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }
}
