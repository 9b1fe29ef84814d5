package com.salondesk.app.customer;

import com.salondesk.app.language.Texts;
import com.salondesk.app.view.FxmlViews;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The Import customers window: choose a CSV file, read the report of refused rows, import, save the report. */
public final class CustomerImportView {

    @FXML private Button chooseImportFileButton;
    @FXML private Label importFileLabel;
    @FXML private Label importSummary;
    @FXML private TableView<CustomerImportViewModel.ReportRow> refusedRowsTable;
    @FXML private TableColumn<CustomerImportViewModel.ReportRow, String> refusedLineColumn;
    @FXML private TableColumn<CustomerImportViewModel.ReportRow, String> refusedReasonColumn;
    @FXML private ListView<String> acceptedRowsList;
    @FXML private Button importCustomersButton;
    @FXML private Button saveImportReportButton;

    private final CustomerImportViewModel viewModel;
    private final FileChoice files;

    private CustomerImportView(CustomerImportViewModel viewModel, FileChoice files) {
        this.viewModel = viewModel;
        this.files = files;
    }

    static Parent load(CustomerImportViewModel viewModel, FileChoice files) {
        return FxmlViews.load(new CustomerImportView(viewModel, files), "CustomerImportView.fxml");
    }

    @FXML
    private void initialize() {
        importFileLabel.textProperty().bind(viewModel.fileProperty().map(p -> p.getFileName().toString()));
        importSummary.textProperty().bind(viewModel.summaryProperty());
        refusedRowsTable.setItems(viewModel.refused());
        refusedRowsTable.setPlaceholder(new Label(Texts.get("customers.import.noneRefused")));
        refusedLineColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().line())));
        refusedReasonColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reason()));
        acceptedRowsList.setItems(viewModel.accepted());
        chooseImportFileButton.disableProperty().bind(viewModel.busyProperty());
        chooseImportFileButton.setOnAction(e -> files.open(chooseImportFileButton.getScene().getWindow())
                .ifPresent(viewModel::preview));
        importCustomersButton.disableProperty().bind(viewModel.importableProperty().not().or(viewModel.busyProperty()));
        importCustomersButton.setOnAction(e -> viewModel.importNow());
        saveImportReportButton.disableProperty().bind(viewModel.summaryProperty().isEmpty());
        saveImportReportButton.setOnAction(e -> files.save(saveImportReportButton.getScene().getWindow(),
                Texts.get("customers.import.reportFile")).ifPresent(viewModel::saveReport));
    }
}
