package com.salondesk.app.checkout;

import com.salondesk.app.language.Texts;
import com.salondesk.app.view.FieldErrors;
import com.salondesk.app.view.FormDialogs;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** The refund dialog of one payment: amount and reason; stays open until the refund is recorded. */
public final class RefundView extends Dialog<Boolean> {

    public RefundView(RefundViewModel viewModel) {
        setTitle(Texts.get("refund.title"));
        setHeaderText(viewModel.header());
        getDialogPane().setId("refundDialog");
        TextField amount = new TextField();
        amount.setId("refundAmountField");
        amount.textProperty().bindBidirectional(viewModel.amountTextProperty());
        TextField reason = new TextField();
        reason.setId("refundReasonField");
        reason.setPrefColumnCount(28);
        reason.textProperty().bindBidirectional(viewModel.reasonTextProperty());
        Label amountError = new Label();
        amountError.setId("refundAmountError");
        FieldErrors.bind(amountError, viewModel.amountErrorProperty());
        Label reasonError = new Label();
        reasonError.setId("refundReasonError");
        FieldErrors.bind(reasonError, viewModel.reasonErrorProperty());
        Label error = new Label();
        error.setId("refundError");
        FieldErrors.bind(error, viewModel.errorProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(Texts.get("refund.amount")), amount);
        grid.add(amountError, 1, 1);
        grid.addRow(2, new Label(Texts.get("refund.reason")), reason);
        grid.add(reasonError, 1, 3);
        grid.add(error, 0, 4, 2, 1);
        getDialogPane().setContent(grid);
        FormDialogs.saveButton(this, Texts.get("refund.save"), "saveRefundButton", ButtonType.CANCEL,
                viewModel.savingProperty(), viewModel::save, viewModel.savedProperty(), true);
    }
}
