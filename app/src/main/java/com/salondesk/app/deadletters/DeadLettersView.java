package com.salondesk.app.deadletters;

import com.salondesk.app.port.DeadLetter;
import com.salondesk.app.port.DeadLetterStatus;
import com.salondesk.app.view.FxmlViews;
import java.time.ZoneId;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** The dead-letters screen: filters and list above, the chosen event and its error below. Binds; decides nothing. */
public final class DeadLettersView {

    private static final PseudoClass DEAD = PseudoClass.getPseudoClass("dead-letter-dead");

    @FXML private ComboBox<FilterChoice<String>> deadLetterHandlerFilter;
    @FXML private ComboBox<FilterChoice<DeadLetterStatus>> deadLetterStatusFilter;
    @FXML private ComboBox<FilterChoice<String>> deadLetterTypeFilter;
    @FXML private TextField deadLetterSearch;
    @FXML private Button retryButton;
    @FXML private Button retryAllButton;
    @FXML private Button skipButton;
    @FXML private TableView<DeadLetter> deadLetterTable;
    @FXML private TableColumn<DeadLetter, String> statusColumn;
    @FXML private TableColumn<DeadLetter, String> handlerColumn;
    @FXML private TableColumn<DeadLetter, String> typeColumn;
    @FXML private TableColumn<DeadLetter, String> streamColumn;
    @FXML private TableColumn<DeadLetter, Integer> attemptsColumn;
    @FXML private TableColumn<DeadLetter, String> lastFailureColumn;
    @FXML private TableColumn<DeadLetter, String> errorColumn;
    @FXML private Label deadLetterEventSummary;
    @FXML private TextArea deadLetterPayload;
    @FXML private Label deadLetterError;
    @FXML private TextArea deadLetterCause;
    @FXML private Label deadLetterMessage;
    @FXML private Label deadLetterSummary;

    private final DeadLettersViewModel viewModel;
    private final ZoneId zone;

    private DeadLettersView(DeadLettersViewModel viewModel, ZoneId zone) {
        this.viewModel = viewModel;
        this.zone = zone;
    }

    /** Loads the screen for a view model; times are shown in {@code zone}. */
    public static Parent load(DeadLettersViewModel viewModel, ZoneId zone) {
        return FxmlViews.load(new DeadLettersView(viewModel, zone), "DeadLettersView.fxml");
    }

    @FXML
    private void initialize() {
        deadLetterHandlerFilter.setItems(viewModel.handlerChoices());
        deadLetterHandlerFilter.valueProperty().bindBidirectional(viewModel.handlerFilterProperty());
        deadLetterStatusFilter.setItems(viewModel.statusChoices());
        deadLetterStatusFilter.valueProperty().bindBidirectional(viewModel.statusFilterProperty());
        deadLetterTypeFilter.setItems(viewModel.typeChoices());
        deadLetterTypeFilter.valueProperty().bindBidirectional(viewModel.typeFilterProperty());
        deadLetterSearch.textProperty().bindBidirectional(viewModel.searchTextProperty());

        retryButton.disableProperty().bind(viewModel.canRetry().not());
        retryAllButton.disableProperty().bind(viewModel.canRetryAll().not());
        skipButton.disableProperty().bind(viewModel.canSkip().not());
        retryButton.setOnAction(e -> viewModel.retrySelected());
        retryAllButton.setOnAction(e -> viewModel.retryAll());
        skipButton.setOnAction(e -> viewModel.skipSelected());

        column(statusColumn, l -> DeadLetterWords.status(l.status()));
        column(handlerColumn, DeadLetter::handler);
        column(typeColumn, DeadLetter::eventType);
        column(streamColumn, DeadLetter::streamId);
        column(attemptsColumn, DeadLetter::attempts);
        column(lastFailureColumn, l -> DeadLetterWords.when(l.lastFailureAt(), zone));
        column(errorColumn, DeadLetter::error);
        deadLetterTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(DeadLetter letter, boolean empty) {
                super.updateItem(letter, empty);
                pseudoClassStateChanged(DEAD, !empty && letter != null && letter.status() == DeadLetterStatus.DEAD);
            }
        });
        deadLetterTable.setItems(viewModel.letters());
        deadLetterTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                viewModel.selectedProperty().set(now));
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                deadLetterTable.getSelectionModel().clearSelection();
            } else if (deadLetterTable.getSelectionModel().getSelectedItem() != now) {
                deadLetterTable.getSelectionModel().select(now);
            }
        });

        deadLetterEventSummary.textProperty().bind(viewModel.eventSummaryProperty());
        deadLetterPayload.textProperty().bind(viewModel.payloadProperty());
        deadLetterError.textProperty().bind(viewModel.errorProperty());
        deadLetterCause.textProperty().bind(viewModel.causeProperty());
        deadLetterMessage.textProperty().bind(viewModel.messageProperty());
        deadLetterSummary.textProperty().bind(viewModel.summaryProperty());
    }

    private static <T> void column(TableColumn<DeadLetter, T> column, Function<DeadLetter, T> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }
}
