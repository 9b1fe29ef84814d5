package com.salondesk.app.payment;

import com.salondesk.app.language.Texts;
import com.salondesk.app.view.FieldErrors;
import com.salondesk.domain.payment.Tender;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/**
 * The fields of one payment, bound to a {@link TenderForm}: the way of paying, the amount, and the one field that
 * way needs (cash received with the change, the card terminal's reference, the voucher's code with its balance).
 * The same pane serves the deposit, checkout and voucher-sale forms, with the same ids.
 */
public final class TenderPane extends GridPane {

    private int row;

    /** {@code ways}: the ways of paying offered (a voucher cannot buy a voucher). */
    public TenderPane(TenderForm form, List<Tender> ways, Runnable lookUpVoucher) {
        getStyleClass().add("form-grid");
        setHgap(8);
        setVgap(6);
        ComboBox<Tender> tender = new ComboBox<>(FXCollections.observableArrayList(ways));
        tender.setId("tenderChoice");
        tender.setConverter(new StringConverter<>() {
            @Override
            public String toString(Tender value) {
                return value == null ? "" : say(value);
            }

            @Override
            public Tender fromString(String text) {
                return null;
            }
        });
        tender.valueProperty().bindBidirectional(form.tenderProperty());
        add(Texts.get("payment.tender"), tender, null, null);

        TextField amount = field("amountField", form.amountTextProperty());
        add(Texts.get("payment.amount"), amount, error("amountError"), null);
        FieldErrors.bind(errorLabel("amountError"), form.amountErrorProperty());

        BooleanBinding cash = form.tenderProperty().isEqualTo(Tender.CASH);
        TextField received = field("cashReceivedField", form.receivedTextProperty());
        Label change = new Label();
        change.setId("changeLabel");
        change.textProperty().bind(form.changeProperty());
        add(Texts.get("payment.received"), new HBox(8, received, change), error("receivedError"), cash);
        FieldErrors.bind(errorLabel("receivedError"), form.receivedErrorProperty());

        TextField reference = field("cardReferenceField", form.referenceTextProperty());
        add(Texts.get("payment.reference"), reference, error("referenceError"),
                form.tenderProperty().isEqualTo(Tender.CARD));
        FieldErrors.bind(errorLabel("referenceError"), form.referenceErrorProperty());

        TextField code = field("voucherCodeField", form.codeTextProperty());
        code.setPromptText("7KQD-M2XP-9HTC");
        Button check = new Button(Texts.get("payment.checkVoucher"));
        check.setId("checkVoucherButton");
        check.setOnAction(e -> lookUpVoucher.run());
        Label balance = new Label();
        balance.setId("voucherBalanceLabel");
        balance.textProperty().bind(form.voucherBalanceProperty());
        add(Texts.get("payment.voucherCode"), new HBox(8, code, check, balance), error("codeError"),
                form.tenderProperty().isEqualTo(Tender.VOUCHER));
        FieldErrors.bind(errorLabel("codeError"), form.codeErrorProperty());
    }

    /** A way of paying in the desk's words. */
    public static String say(Tender tender) {
        return Texts.get("payment.tender." + tender.name());
    }

    private static TextField field(String id, javafx.beans.property.StringProperty text) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(12);
        field.textProperty().bindBidirectional(text);
        return field;
    }

    private static Label error(String id) {
        Label label = new Label();
        label.setId(id);
        return label;
    }

    private Label errorLabel(String id) {
        return (Label) getChildren().stream().filter(n -> id.equals(n.getId())).findFirst().orElseThrow();
    }

    /** A labelled row, its error below it, both shown only while {@code shown} holds (always when null). */
    private void add(String caption, Node field, Label error, BooleanBinding shown) {
        Label label = new Label(caption);
        add(label, 0, row);
        add(field, 1, row);
        row++;
        if (error != null) {
            add(error, 1, row);
            row++;
        }
        // The error needs no binding: the form clears it when the way of paying changes, and an empty error
        // takes no room.
        if (shown != null) {
            for (Node node : List.of(label, field)) {
                node.visibleProperty().bind(shown);
                node.managedProperty().bind(shown);
            }
        }
    }
}
