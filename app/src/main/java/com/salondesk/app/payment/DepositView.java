package com.salondesk.app.payment;

import com.salondesk.app.language.Texts;
import com.salondesk.app.view.FieldErrors;
import com.salondesk.app.view.FormDialogs;
import com.salondesk.domain.payment.Tender;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The "Take deposit…" dialog. Stays open until the deposit is recorded, showing why when it cannot be. */
public final class DepositView extends Dialog<Boolean> {

    public DepositView(DepositViewModel viewModel) {
        setTitle(Texts.get("deposit.title"));
        setHeaderText(viewModel.header());
        getDialogPane().setId("depositDialog");
        TenderPane tender = new TenderPane(viewModel.form(), List.of(Tender.CASH, Tender.CARD, Tender.VOUCHER),
                viewModel::lookUpVoucher);
        CheckBox declined = new CheckBox(Texts.get("deposit.declined"));
        declined.setId("cardDeclinedCheck");
        declined.selectedProperty().bindBidirectional(viewModel.declinedProperty());
        declined.visibleProperty().bind(viewModel.form().tenderProperty().isEqualTo(Tender.CARD));
        declined.managedProperty().bind(declined.visibleProperty());
        Label error = new Label();
        error.setId("depositError");
        FieldErrors.bind(error, viewModel.errorProperty());
        getDialogPane().setContent(new VBox(10, tender, declined, error));
        FormDialogs.saveButton(this, Texts.get("deposit.save"), "saveDepositButton", ButtonType.CANCEL,
                viewModel.savingProperty(), viewModel::save, viewModel.savedProperty(), true);
        setResizable(true);
    }
}
