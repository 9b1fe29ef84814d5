package com.salondesk.app.waitlist;

import com.salondesk.app.view.FxmlViews;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/** The waitlist screen: entries with their wish and offer, and Book it, Decline, Remove. Binds; decides nothing. */
public final class WaitlistView {

    @FXML private ListView<WaitlistViewModel.Row> waitlistEntries;
    @FXML private Button waitlistAddButton;
    @FXML private Button waitlistBookButton;
    @FXML private Button waitlistDeclineButton;
    @FXML private Button waitlistRemoveButton;
    @FXML private Label waitlistMessage;

    private final WaitlistViewModel viewModel;
    private final Runnable addToWaitlist;

    private WaitlistView(WaitlistViewModel viewModel, Runnable addToWaitlist) {
        this.viewModel = viewModel;
        this.addToWaitlist = addToWaitlist;
    }

    /** The screen; {@code addToWaitlist} opens the "Add to waitlist" dialog. */
    public static Parent load(WaitlistViewModel viewModel, Runnable addToWaitlist) {
        return FxmlViews.load(new WaitlistView(viewModel, addToWaitlist), "WaitlistView.fxml");
    }

    @FXML
    private void initialize() {
        waitlistEntries.setItems(viewModel.rows());
        waitlistEntries.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(WaitlistViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label who = new Label(row.customer());
                who.setStyle("-fx-font-weight: bold;");
                Label wish = new Label(row.wish());
                wish.setWrapText(true);
                VBox lines = new VBox(2, who, wish);
                if (row.hasOffer()) {
                    Label offer = new Label(row.offer());
                    offer.getStyleClass().add("waitlist-offer");
                    offer.setStyle("-fx-text-fill: #1b6e2e; -fx-font-weight: bold;");
                    lines.getChildren().add(offer);
                }
                setText(null);
                setGraphic(lines);
            }
        });
        var selected = waitlistEntries.getSelectionModel().selectedItemProperty();
        BooleanBinding noOffer = Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().hasOffer() || viewModel.busy().get(), selected,
                viewModel.busy());
        waitlistBookButton.disableProperty().bind(noOffer);
        waitlistDeclineButton.disableProperty().bind(noOffer);
        waitlistRemoveButton.disableProperty().bind(selected.isNull().or(viewModel.busy()));
        waitlistBookButton.setOnAction(e -> viewModel.bookIt(selected.get()));
        waitlistDeclineButton.setOnAction(e -> viewModel.decline(selected.get()));
        waitlistRemoveButton.setOnAction(e -> viewModel.remove(selected.get()));
        waitlistAddButton.setOnAction(e -> addToWaitlist.run());
        waitlistMessage.textProperty().bind(viewModel.message());
    }
}
