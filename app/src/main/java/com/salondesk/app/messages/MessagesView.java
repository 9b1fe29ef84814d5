package com.salondesk.app.messages;

import com.salondesk.app.language.Formats;
import com.salondesk.app.port.CustomerMessage;
import com.salondesk.app.view.FxmlViews;
import java.time.ZoneId;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Support ▸ Messages: the customer messages in a table, and the resend button. Binds only. */
public final class MessagesView {

    @FXML private TableView<CustomerMessage> messagesTable;
    @FXML private TableColumn<CustomerMessage, String> recipientColumn;
    @FXML private TableColumn<CustomerMessage, String> kindColumn;
    @FXML private TableColumn<CustomerMessage, String> whenColumn;
    @FXML private TableColumn<CustomerMessage, String> statusColumn;
    @FXML private TableColumn<CustomerMessage, String> errorColumn;
    @FXML private Button resendButton;
    @FXML private Button refreshButton;
    @FXML private Label messagesMessage;

    private final MessagesViewModel viewModel;
    private final ZoneId zone;

    private MessagesView(MessagesViewModel viewModel, ZoneId zone) {
        this.viewModel = viewModel;
        this.zone = zone;
    }

    public static Parent load(MessagesViewModel viewModel, ZoneId zone) {
        return FxmlViews.load(new MessagesView(viewModel, zone), "MessagesView.fxml");
    }

    @FXML
    private void initialize() {
        messagesTable.setItems(viewModel.rows());
        column(recipientColumn, CustomerMessage::recipient);
        column(kindColumn, m -> MessagesViewModel.kindWords(m.kind()));
        column(whenColumn, m -> Formats.instant(m.changedAt(), zone));
        column(statusColumn, MessagesViewModel::statusWords);
        column(errorColumn, CustomerMessage::error);
        messagesTable.getSelectionModel().selectedItemProperty().subscribe(viewModel.selectedProperty()::set);
        viewModel.selectedProperty().subscribe(row -> {
            if (messagesTable.getSelectionModel().getSelectedItem() != row) {
                messagesTable.getSelectionModel().select(row);
            }
        });
        resendButton.disableProperty().bind(viewModel.canResendProperty().not());
        resendButton.setOnAction(e -> viewModel.resend());
        refreshButton.setOnAction(e -> viewModel.refresh());
        messagesMessage.textProperty().bind(viewModel.messageProperty());
    }

    private static void column(TableColumn<CustomerMessage, String> column, Function<CustomerMessage, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }
}
