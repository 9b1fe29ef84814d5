package com.salondesk.app.customer;

import com.salondesk.app.port.CustomerRecords;
import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.util.Duration;

/**
 * The search field of the top strip with its list of results under it: typing searches once the typing pauses,
 * Down moves into the list, Enter or a click opens the chosen customer's profile, Escape closes the list.
 */
public final class CustomerSearchField {

    private static final Duration PAUSE = Duration.millis(250);

    private final TextField field;
    private final CustomerSearchViewModel viewModel;
    private final Consumer<String> openProfile;
    private final ListView<CustomerRecords.Match> list = new ListView<>();
    private final Label message = new Label();
    private final Popup popup = new Popup();

    private CustomerSearchField(TextField field, CustomerSearchViewModel viewModel, ZoneId zone,
                                Consumer<String> openProfile) {
        this.field = field;
        this.viewModel = viewModel;
        this.openProfile = openProfile;
        list.setId("customerSearchResults");
        list.setItems(viewModel.results());
        list.setPrefWidth(520);
        list.setPrefHeight(260);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CustomerRecords.Match item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : CustomerSearchViewModel.line(item, zone));
            }
        });
        message.setId("customerSearchMessage");
        message.textProperty().bind(viewModel.messageProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        VBox box = new VBox(4, message, list);
        box.getStyleClass().add("customer-search-popup");
        box.setStyle("-fx-background-color: -fx-background; -fx-padding: 4; -fx-border-color: -fx-box-border;");
        popup.getContent().add(box);
        popup.setAutoHide(true);
    }

    /** Makes {@code field} the customer search; {@code openProfile} takes the chosen customer's id. */
    public static CustomerSearchField attach(TextField field, CustomerSearchViewModel viewModel, ZoneId zone,
                                             Consumer<String> openProfile) {
        CustomerSearchField search = new CustomerSearchField(field, viewModel, zone, openProfile);
        search.wire();
        return search;
    }

    private void wire() {
        field.textProperty().bindBidirectional(viewModel.textProperty());
        PauseTransition typing = new PauseTransition(PAUSE);
        typing.setOnFinished(e -> viewModel.search());
        field.textProperty().addListener((obs, old, now) -> typing.playFromStart());
        viewModel.results().addListener((javafx.collections.ListChangeListener<CustomerRecords.Match>) c -> showOrHide());
        viewModel.messageProperty().addListener((obs, old, now) -> showOrHide());
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                typing.stop();
                if (list.getItems().isEmpty()) {
                    viewModel.search();
                } else {
                    open(list.getItems().getFirst());
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                viewModel.clear();
                e.consume();
            }
        });
        // Where the list's window holds the keyboard (some systems give a showing popup the focus), Enter opens the
        // chosen customer, or the first one.
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !list.getItems().isEmpty()) {
                var chosen = list.getSelectionModel().getSelectedItem();
                open(chosen == null ? list.getItems().getFirst() : chosen);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                viewModel.clear();
                field.requestFocus();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && list.getSelectionModel().getSelectedItem() != null) {
                open(list.getSelectionModel().getSelectedItem());
            }
        });
    }

    private void open(CustomerRecords.Match match) {
        popup.hide();
        viewModel.clear();
        openProfile.accept(match.customer().customerId());
    }

    private void showOrHide() {
        boolean anything = !viewModel.results().isEmpty() || !viewModel.messageProperty().get().isEmpty();
        list.setVisible(!viewModel.results().isEmpty());
        list.setManaged(list.isVisible());
        if (!anything || field.getScene() == null || field.getScene().getWindow() == null) {
            popup.hide();
            return;
        }
        if (!popup.isShowing()) {
            Bounds at = field.localToScreen(field.getBoundsInLocal());
            if (at != null) {
                popup.show(field, at.getMinX(), at.getMaxY());
            }
        }
    }

    /** The list of results, for tests. */
    ListView<CustomerRecords.Match> results() {
        return list;
    }
}
