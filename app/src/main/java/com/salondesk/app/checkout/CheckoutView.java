package com.salondesk.app.checkout;

import com.salondesk.app.dialog.DialogService;
import com.salondesk.app.language.Texts;
import com.salondesk.app.payment.TenderPane;
import com.salondesk.app.port.Checkouts.CheckoutReceipt;
import com.salondesk.app.port.Checkouts.ProductChoice;
import com.salondesk.app.port.Checkouts.ReceiptPayment;
import com.salondesk.app.port.PaymentEntry;
import com.salondesk.app.view.FieldErrors;
import com.salondesk.app.view.FxmlViews;
import com.salondesk.app.view.Prices;
import com.salondesk.domain.checkout.CheckoutItem;
import com.salondesk.domain.payment.Tender;
import java.util.List;
import java.util.function.Function;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.StringConverter;

/** The checkout screen of a booking; after Complete it shows the receipt, to print, save as PDF or refund from. */
public final class CheckoutView extends Dialog<CheckoutReceipt> {

    @FXML private VBox billPane;
    @FXML private ListView<String> billList;
    @FXML private Label noProductsUsedLabel;
    @FXML private VBox productsUsedBox;
    @FXML private ComboBox<ProductChoice> retailChoice;
    @FXML private TextField retailQuantityField;
    @FXML private Button addRetailButton;
    @FXML private Button removeRetailButton;
    @FXML private Label retailError;
    @FXML private ListView<CheckoutItem> retailList;
    @FXML private TextField tipField;
    @FXML private Label tipError;
    @FXML private VBox tenderBox;
    @FXML private Button addPaymentButton;
    @FXML private Button removePaymentButton;
    @FXML private Label paymentError;
    @FXML private ListView<PaymentEntry> paymentList;
    @FXML private Label totalLabel;
    @FXML private Label depositLabel;
    @FXML private Label remainingLabel;
    @FXML private Label changeGivenLabel;
    @FXML private CheckBox leaveOpenCheck;
    @FXML private Label completeError;
    @FXML private VBox receiptPane;
    @FXML private ListView<String> receiptList;
    @FXML private Button printReceiptButton;
    @FXML private Button saveReceiptButton;
    @FXML private ComboBox<ReceiptPayment> refundPaymentChoice;
    @FXML private Button refundButton;
    @FXML private Label receiptStatus;

    private final CheckoutViewModel viewModel;
    private final DialogService dialogs;

    public CheckoutView(CheckoutViewModel viewModel, DialogService dialogs) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        setTitle(Texts.get("checkout.title"));
        headerTextProperty().bind(viewModel.headerProperty());
        getDialogPane().setId("checkoutDialog");
        getDialogPane().setContent(FxmlViews.load(this, "CheckoutView.fxml"));
        ButtonType completeType = new ButtonType(Texts.get("checkout.complete"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(completeType, ButtonType.CLOSE);
        Node complete = getDialogPane().lookupButton(completeType);
        complete.setId("completeCheckoutButton");
        complete.disableProperty().bind(viewModel.workingProperty().or(viewModel.receiptProperty().isNotNull()));
        complete.visibleProperty().bind(viewModel.receiptProperty().isNull());
        complete.managedProperty().bind(complete.visibleProperty());
        complete.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.complete();
        });
        getDialogPane().lookupButton(ButtonType.CLOSE).setId("closeCheckoutButton");
        setResultConverter(button -> viewModel.receiptProperty().get());
        setResizable(true);
        viewModel.load();
    }

    @FXML
    private void initialize() {
        billList.setItems(viewModel.billLines());
        noProductsUsedLabel.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.productsUsed()));
        noProductsUsedLabel.managedProperty().bind(noProductsUsedLabel.visibleProperty());
        viewModel.productsUsed().addListener((javafx.collections.ListChangeListener<CheckoutViewModel.UsedRow>) c ->
                showProductsUsed());
        retailChoice.setItems(viewModel.retailProducts());
        retailChoice.setConverter(converter(p -> p.retailPrice() == null ? p.name()
                : Texts.get("checkout.retailChoice", p.name(), Prices.say(p.retailPrice()))));
        retailChoice.valueProperty().bindBidirectional(viewModel.retailChoiceProperty());
        retailQuantityField.textProperty().bindBidirectional(viewModel.retailQuantityTextProperty());
        addRetailButton.setOnAction(e -> viewModel.addRetail());
        removeRetailButton.setOnAction(e -> viewModel.removeRetail(retailList.getSelectionModel().getSelectedIndex()));
        FieldErrors.bind(retailError, viewModel.retailErrorProperty());
        retailList.setItems(viewModel.retailItems());
        retailList.setCellFactory(cells(item -> Texts.get("checkout.retailLine", item.quantity().toPlainString(),
                item.description(), Prices.say(item.unitPrice()))));
        tipField.textProperty().bindBidirectional(viewModel.tipTextProperty());
        FieldErrors.bind(tipError, viewModel.tipErrorProperty());
        viewModel.loadedProperty().addListener((o, old, now) -> {
            if (now) {
                tenderBox.getChildren().setAll(new TenderPane(viewModel.payment(),
                        List.of(Tender.CASH, Tender.CARD, Tender.VOUCHER), viewModel::lookUpVoucher));
            }
        });
        addPaymentButton.setOnAction(e -> viewModel.addPayment());
        removePaymentButton.setOnAction(e -> viewModel.removePayment(paymentList.getSelectionModel().getSelectedIndex()));
        FieldErrors.bind(paymentError, viewModel.paymentErrorProperty());
        paymentList.setItems(viewModel.payments());
        paymentList.setCellFactory(cells(CheckoutViewModel::say));
        totalLabel.textProperty().bind(viewModel.totalProperty());
        depositLabel.textProperty().bind(viewModel.depositsProperty());
        remainingLabel.textProperty().bind(viewModel.remainingProperty());
        changeGivenLabel.textProperty().bind(viewModel.changeProperty());
        leaveOpenCheck.selectedProperty().bindBidirectional(viewModel.leaveBalanceOpenProperty());
        FieldErrors.bind(completeError, viewModel.completeErrorProperty());

        billPane.visibleProperty().bind(viewModel.receiptProperty().isNull());
        billPane.managedProperty().bind(billPane.visibleProperty());
        receiptPane.visibleProperty().bind(viewModel.receiptProperty().isNotNull());
        receiptPane.managedProperty().bind(receiptPane.visibleProperty());
        receiptList.setItems(viewModel.receiptLines());
        printReceiptButton.setOnAction(e -> print());
        saveReceiptButton.setOnAction(e -> viewModel.saveReceipt());
        refundPaymentChoice.setConverter(converter(p -> Texts.get("checkout.refundChoice", TenderPane.say(p.tender()),
                Prices.say(p.amount()))));
        viewModel.receiptProperty().addListener((o, old, receipt) -> refundPaymentChoice.getItems()
                .setAll(receipt == null ? List.of() : receipt.payments()));
        refundButton.disableProperty().bind(refundPaymentChoice.valueProperty().isNull());
        refundButton.setOnAction(e -> viewModel.refund(refundPaymentChoice.getValue())
                .ifPresent(form -> dialogs.showAndWait(new RefundView(form))));
        receiptStatus.textProperty().bind(viewModel.receiptStatusProperty());
    }

    private void showProductsUsed() {
        productsUsedBox.getChildren().clear();
        int i = 0;
        for (CheckoutViewModel.UsedRow row : viewModel.productsUsed()) {
            TextField quantity = new TextField();
            quantity.setId("usedQuantity-" + i++);
            quantity.setPrefColumnCount(6);
            quantity.textProperty().bindBidirectional(row.quantityTextProperty());
            Label error = new Label();
            FieldErrors.bind(error, row.errorProperty());
            productsUsedBox.getChildren().addAll(new HBox(8, new Label(row.label()), quantity), error);
        }
    }

    /** Prints the receipt's lines on the printer the person picks; says so when there is none or it failed. */
    private void print() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            viewModel.printed(false);
            return;
        }
        if (!job.showPrintDialog(getDialogPane().getScene().getWindow())) {
            job.cancelJob();
            return;
        }
        VBox paper = new VBox(2);
        for (String line : viewModel.receiptLines()) {
            Text text = new Text(line);
            text.setFont(Font.font(10));
            paper.getChildren().add(text);
        }
        boolean ok = job.printPage(paper) && job.endJob();
        viewModel.printed(ok);
    }

    private static <T> StringConverter<T> converter(Function<T, String> say) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : say.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    private static <T> javafx.util.Callback<ListView<T>, ListCell<T>> cells(Function<T, String> say) {
        return list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : say.apply(item));
            }
        };
    }
}
