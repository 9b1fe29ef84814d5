package com.salondesk.app.book.sheet;

import com.salondesk.app.language.Texts;
import com.salondesk.app.view.FxmlViews;
import java.io.File;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.FileChooser;

/** The "Day sheet" window: the day as it will print, with Print…, Save as PDF and Save as…. */
public final class DaySheetView extends Dialog<Void> {

    @FXML private ListView<DaySheet.Line> daySheetPreview;
    @FXML private Button printDaySheetButton;
    @FXML private Button saveDaySheetButton;
    @FXML private Button saveDaySheetAsButton;
    @FXML private Label daySheetStatus;

    private final DaySheetViewModel viewModel;

    public DaySheetView(DaySheetViewModel viewModel) {
        this.viewModel = viewModel;
        setTitle(Texts.get("sheet.window"));
        setHeaderText(viewModel.title());
        getDialogPane().setId("daySheetDialog");
        getDialogPane().setContent(FxmlViews.load(this, "DaySheetView.fxml"));
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        getDialogPane().lookupButton(ButtonType.CLOSE).setId("closeDaySheetButton");
        setResizable(true);
        viewModel.load();
    }

    @FXML
    private void initialize() {
        daySheetPreview.setItems(viewModel.lines());
        daySheetPreview.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(DaySheet.Line line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : line.text());
                setStyle(!empty && line != null && (line.kind() == DaySheet.Kind.STYLIST
                        || line.kind() == DaySheet.Kind.TITLE) ? "-fx-font-weight: bold" : "");
            }
        });
        printDaySheetButton.disableProperty().bind(viewModel.readyProperty().not());
        saveDaySheetButton.disableProperty().bind(viewModel.readyProperty().not());
        saveDaySheetAsButton.disableProperty().bind(viewModel.readyProperty().not());
        printDaySheetButton.setOnAction(e -> print());
        saveDaySheetButton.setOnAction(e -> viewModel.save());
        saveDaySheetAsButton.setOnAction(e -> saveAs());
        daySheetStatus.textProperty().bind(viewModel.statusProperty());
    }

    private void saveAs() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("sheet.saveAs"));
        chooser.setInitialFileName(viewModel.defaultFileName());
        if (Files.isDirectory(viewModel.folder())) {
            chooser.setInitialDirectory(viewModel.folder().toFile());
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File file = chooser.showSaveDialog(getDialogPane().getScene().getWindow());
        if (file != null) {
            viewModel.saveTo(file.toPath());
        }
    }

    /** Prints on A4 (or the page the person sets up), as many pages as the day needs. */
    private void print() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            viewModel.printed(false);
            return;
        }
        Printer printer = job.getPrinter();
        job.getJobSettings().setPageLayout(printer.createPageLayout(Paper.A4, PageOrientation.PORTRAIT,
                Printer.MarginType.DEFAULT));
        var window = getDialogPane().getScene().getWindow();
        if (!job.showPageSetupDialog(window) || !job.showPrintDialog(window)) {
            job.cancelJob();
            return;
        }
        PageLayout page = job.getJobSettings().getPageLayout();
        boolean ok = true;
        for (VBox paper : pages(page.getPrintableHeight())) {
            ok &= job.printPage(paper);
        }
        viewModel.printed(ok && job.endJob());
    }

    private List<VBox> pages(double height) {
        List<VBox> pages = new ArrayList<>();
        VBox paper = new VBox(2);
        double used = 0;
        for (DaySheet.Line line : DaySheetPdf.wrapped(viewModel.lines())) {
            Text text = new Text(line.text());
            boolean heading = line.kind() == DaySheet.Kind.TITLE || line.kind() == DaySheet.Kind.STYLIST;
            text.setFont(Font.font(null, heading ? FontWeight.BOLD : FontWeight.NORMAL, heading ? 12 : 10));
            double lineHeight = text.getLayoutBounds().getHeight() + 2;
            if (used + lineHeight > height && !paper.getChildren().isEmpty()) {
                pages.add(paper);
                paper = new VBox(2);
                used = 0;
            }
            paper.getChildren().add(text);
            used += lineHeight;
        }
        pages.add(paper);
        return pages;
    }
}
