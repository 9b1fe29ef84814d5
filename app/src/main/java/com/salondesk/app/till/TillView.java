package com.salondesk.app.till;

import com.salondesk.app.language.Formats;
import com.salondesk.app.language.Texts;
import com.salondesk.app.port.TillMovement;
import com.salondesk.app.view.FieldErrors;
import com.salondesk.app.view.FxmlViews;
import com.salondesk.app.view.Prices;
import java.time.ZoneId;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.print.PrinterJob;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;

/** The till screen: open, cash in and out, the expected cash, the close, the day-close report. Binds only. */
public final class TillView {

    @FXML private Label tillStatus;
    @FXML private Label expectedCash;
    @FXML private Label tillMessage;
    @FXML private TitledPane openPane;
    @FXML private TitledPane movePane;
    @FXML private TitledPane closePane;
    @FXML private TextField floatField;
    @FXML private Label floatError;
    @FXML private Button openButton;
    @FXML private TextField amountField;
    @FXML private Label amountError;
    @FXML private TextField reasonField;
    @FXML private Label reasonError;
    @FXML private Button cashInButton;
    @FXML private Button cashOutButton;
    @FXML private TextField countedField;
    @FXML private Label countedError;
    @FXML private Label differenceLabel;
    @FXML private Button closeButton;
    @FXML private TableView<TillMovement> movementsTable;
    @FXML private TableColumn<TillMovement, String> movementTimeColumn;
    @FXML private TableColumn<TillMovement, String> movementKindColumn;
    @FXML private TableColumn<TillMovement, String> movementAmountColumn;
    @FXML private TableColumn<TillMovement, String> movementReasonColumn;
    @FXML private DatePicker reportDayPicker;
    @FXML private Button reportButton;
    @FXML private Button printButton;
    @FXML private VBox reportPaper;
    @FXML private Label reportTitle;
    @FXML private TableView<TillViewModel.ReportLine> reportTable;
    @FXML private TableColumn<TillViewModel.ReportLine, String> reportLabelColumn;
    @FXML private TableColumn<TillViewModel.ReportLine, String> reportValueColumn;

    private final TillViewModel viewModel;
    private final ZoneId zone;

    private TillView(TillViewModel viewModel, ZoneId zone) {
        this.viewModel = viewModel;
        this.zone = zone;
    }

    public static Parent load(TillViewModel viewModel, ZoneId zone) {
        return FxmlViews.load(new TillView(viewModel, zone), "TillView.fxml");
    }

    @FXML
    private void initialize() {
        tillStatus.textProperty().bind(viewModel.status());
        expectedCash.textProperty().bind(viewModel.expected());
        tillMessage.textProperty().bind(viewModel.message());
        tillMessage.visibleProperty().bind(viewModel.message().isNotEmpty());
        tillMessage.managedProperty().bind(tillMessage.visibleProperty());

        openPane.visibleProperty().bind(viewModel.open().not());
        openPane.managedProperty().bind(openPane.visibleProperty());
        for (TitledPane pane : new TitledPane[] {movePane, closePane}) {
            pane.visibleProperty().bind(viewModel.open());
            pane.managedProperty().bind(pane.visibleProperty());
        }
        floatField.textProperty().bindBidirectional(viewModel.floatText());
        amountField.textProperty().bindBidirectional(viewModel.amountText());
        reasonField.textProperty().bindBidirectional(viewModel.reasonText());
        countedField.textProperty().bindBidirectional(viewModel.countedText());
        FieldErrors.bind(floatError, viewModel.floatError());
        FieldErrors.bind(amountError, viewModel.amountError());
        FieldErrors.bind(reasonError, viewModel.reasonError());
        FieldErrors.bind(countedError, viewModel.countedError());
        differenceLabel.textProperty().bind(viewModel.difference());

        for (Button button : new Button[] {openButton, cashInButton, cashOutButton, closeButton}) {
            button.disableProperty().bind(viewModel.busy());
        }
        openButton.setOnAction(e -> viewModel.openTill());
        cashInButton.setOnAction(e -> viewModel.cashIn());
        cashOutButton.setOnAction(e -> viewModel.cashOut());
        closeButton.setOnAction(e -> viewModel.closeTill());

        movementsTable.setItems(viewModel.movements());
        column(movementTimeColumn, m -> Formats.instant(m.at(), zone));
        column(movementKindColumn, m -> Texts.get("till.kind." + m.kind().name()));
        column(movementAmountColumn, m -> Prices.say(m.amount()));
        column(movementReasonColumn, TillMovement::reason);

        reportDayPicker.valueProperty().bindBidirectional(viewModel.reportDay());
        reportButton.setOnAction(e -> viewModel.showReport());
        reportTitle.textProperty().bind(viewModel.reportTitle());
        reportTable.setItems(viewModel.report());
        column(reportLabelColumn, TillViewModel.ReportLine::label);
        column(reportValueColumn, TillViewModel.ReportLine::value);
        printButton.disableProperty().bind(viewModel.reportTitle().isEmpty());
        printButton.setOnAction(e -> print());
    }

    /** Prints the report as shown, through the system's print dialog (which also offers saving as PDF, where the system has it). */
    private void print() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            viewModel.sayNoPrinter();
            return;
        }
        if (job.showPrintDialog(reportPaper.getScene().getWindow()) && job.printPage(reportPaper)) {
            job.endJob();
        }
    }

    private static <T> void column(TableColumn<T, String> column, Function<T, String> text) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
    }
}
