package com.salondesk.app.payment;

import com.salondesk.app.language.Texts;
import com.salondesk.app.view.FieldErrors;
import com.salondesk.domain.payment.Tender;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The "Sell gift voucher…" dialog: the value paid by cash or card, then the new code to hand over. */
public final class VoucherSaleView extends Dialog<Void> {

    public VoucherSaleView(VoucherSaleViewModel viewModel) {
        setTitle(Texts.get("voucherSale.title"));
        setHeaderText(Texts.get("voucherSale.header"));
        getDialogPane().setId("voucherSaleDialog");
        TenderPane tender = new TenderPane(viewModel.form(), List.of(Tender.CASH, Tender.CARD), () -> { });
        Label error = new Label();
        error.setId("voucherSaleError");
        FieldErrors.bind(error, viewModel.errorProperty());
        Label sold = new Label();
        sold.setId("voucherSoldLabel");
        sold.setWrapText(true);
        sold.textProperty().bind(viewModel.soldCodeProperty());
        getDialogPane().setContent(new VBox(10, tender, error, sold));
        ButtonType sellType = new ButtonType(Texts.get("voucherSale.sell"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(sellType, ButtonType.CLOSE);
        Node sell = getDialogPane().lookupButton(sellType);
        sell.setId("sellVoucherButton");
        sell.disableProperty().bind(viewModel.savingProperty().or(viewModel.soldCodeProperty().isNotEmpty()));
        sell.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.sell();
        });
        setResultConverter(button -> null);
    }
}
