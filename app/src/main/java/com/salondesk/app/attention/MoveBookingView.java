package com.salondesk.app.attention;

import com.salondesk.app.language.Texts;
import com.salondesk.app.port.StaffView;
import com.salondesk.app.view.FieldErrors;
import com.salondesk.app.view.FxmlViews;
import com.salondesk.app.view.StaffRoles;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** The dialog that moves a booking that lost its time. Stays open until it is moved, showing why when it cannot be. */
public final class MoveBookingView extends Dialog<Boolean> {

    @FXML private ComboBox<StaffView> moveStaffChoice;
    @FXML private Label moveStaffError;
    @FXML private DatePicker moveDatePicker;
    @FXML private TextField moveStartField;
    @FXML private Label moveStartError;
    @FXML private TextField moveEndField;
    @FXML private Label moveEndError;
    @FXML private Label moveError;

    private final MoveBookingViewModel viewModel;

    public MoveBookingView(MoveBookingViewModel viewModel) {
        this.viewModel = viewModel;
        setTitle(Texts.get("attention.move.title"));
        setHeaderText(viewModel.heading());
        getDialogPane().setId("moveBookingDialog");
        getDialogPane().setContent(FxmlViews.load(this, "MoveBookingView.fxml"));
        // Made per dialog: a constant would keep the language of the first dialog ever opened.
        ButtonType moveButton = new ButtonType(Texts.get("attention.move.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(moveButton, ButtonType.CANCEL);
        Node save = getDialogPane().lookupButton(moveButton);
        save.setId("moveSaveButton");
        save.disableProperty().bind(viewModel.savingProperty());
        getDialogPane().lookupButton(ButtonType.CANCEL).setId("moveBackButton");
        // The dialog only closes once the desk has moved the booking; a refusal keeps it open.
        save.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.save();
        });
        viewModel.movedProperty().addListener((obs, old, moved) -> {
            if (moved) {
                setResult(true);
            }
        });
        setResultConverter(button -> null);
        setResizable(true);
    }

    @FXML
    private void initialize() {
        moveStaffChoice.setItems(viewModel.staffChoices());
        moveStaffChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(StaffView staff) {
                return staff == null ? "" : Texts.get("newBooking.staffChoice", staff.name(),
                        StaffRoles.say(staff.role()));
            }

            @Override
            public StaffView fromString(String text) {
                return null;
            }
        });
        moveStaffChoice.valueProperty().bindBidirectional(viewModel.staffProperty());
        moveDatePicker.valueProperty().bindBidirectional(viewModel.dateProperty());
        moveStartField.textProperty().bindBidirectional(viewModel.startTextProperty());
        moveEndField.textProperty().bindBidirectional(viewModel.endTextProperty());
        FieldErrors.bind(moveStaffError, viewModel.staffErrorProperty());
        FieldErrors.bind(moveStartError, viewModel.startErrorProperty());
        FieldErrors.bind(moveEndError, viewModel.endErrorProperty());
        FieldErrors.bind(moveError, viewModel.moveErrorProperty());
    }
}
