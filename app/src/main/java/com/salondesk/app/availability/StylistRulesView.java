package com.salondesk.app.availability;

import com.salondesk.app.availability.StylistRulesViewModel.BreakLine;
import com.salondesk.app.language.Formats;
import com.salondesk.app.language.Texts;
import com.salondesk.app.port.AvailabilityRules.ShiftLine;
import com.salondesk.app.port.AvailabilityRules.StylistRules;
import com.salondesk.app.port.AvailabilityRules.TimeOffLine;
import com.salondesk.app.view.FieldErrors;
import com.salondesk.app.view.FxmlViews;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;

/** Salon ▸ Stylist breaks, shifts and time off: the chosen stylist's lists and forms, errors beside. Binds only. */
public final class StylistRulesView {

    @FXML private ChoiceBox<StylistRules> stylistChoice;
    @FXML private ListView<BreakLine> breakList;
    @FXML private ChoiceBox<DayOfWeek> breakDayChoice;
    @FXML private TextField breakFromField;
    @FXML private TextField breakToField;
    @FXML private Button addBreakButton;
    @FXML private Button removeBreakButton;
    @FXML private Label breakError;
    @FXML private ListView<ShiftLine> shiftList;
    @FXML private DatePicker shiftDatePicker;
    @FXML private TextField shiftFromField;
    @FXML private TextField shiftToField;
    @FXML private Button addShiftButton;
    @FXML private Button removeShiftButton;
    @FXML private Label shiftError;
    @FXML private ListView<TimeOffLine> timeOffList;
    @FXML private DatePicker offFromDatePicker;
    @FXML private TextField offFromTimeField;
    @FXML private DatePicker offToDatePicker;
    @FXML private TextField offToTimeField;
    @FXML private TextField offReasonField;
    @FXML private Button addTimeOffButton;
    @FXML private Button removeTimeOffButton;
    @FXML private Label timeOffError;
    @FXML private Label stylistRulesMessage;

    private final StylistRulesViewModel viewModel;

    private StylistRulesView(StylistRulesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public static Parent load(StylistRulesViewModel viewModel) {
        return FxmlViews.load(new StylistRulesView(viewModel), "StylistRulesView.fxml");
    }

    @FXML
    private void initialize() {
        stylistChoice.setItems(viewModel.stylists());
        stylistChoice.setConverter(Cells.converter(StylistRules::name));
        stylistChoice.valueProperty().bindBidirectional(viewModel.stylistProperty());
        breakList.setItems(viewModel.breaks());
        Cells.say(breakList, b -> Texts.get("salon.break.line", day(b.day()), Formats.range(b.hours())));
        breakDayChoice.setItems(FXCollections.observableArrayList(DayOfWeek.values()));
        breakDayChoice.setConverter(Cells.converter(StylistRulesView::day));
        breakDayChoice.valueProperty().bindBidirectional(viewModel.breakDayProperty());
        breakFromField.textProperty().bindBidirectional(viewModel.breakFromProperty());
        breakToField.textProperty().bindBidirectional(viewModel.breakToProperty());
        addBreakButton.setOnAction(e -> viewModel.addBreak());
        removeBreakButton.disableProperty().bind(breakList.getSelectionModel().selectedItemProperty().isNull());
        removeBreakButton.setOnAction(e -> viewModel.removeBreak(breakList.getSelectionModel().getSelectedItem()));
        FieldErrors.bind(breakError, viewModel.breakErrorProperty());
        shiftList.setItems(viewModel.shifts());
        Cells.say(shiftList, s -> Texts.get("salon.shift.line", Formats.fullDate(s.date()),
                s.hours().isEmpty() ? Texts.get("salon.dayOff") : Formats.ranges(s.hours())));
        shiftDatePicker.valueProperty().bindBidirectional(viewModel.shiftDateProperty());
        shiftFromField.textProperty().bindBidirectional(viewModel.shiftFromProperty());
        shiftToField.textProperty().bindBidirectional(viewModel.shiftToProperty());
        addShiftButton.setOnAction(e -> viewModel.addShift());
        removeShiftButton.disableProperty().bind(shiftList.getSelectionModel().selectedItemProperty().isNull());
        removeShiftButton.setOnAction(e -> viewModel.removeShift(shiftList.getSelectionModel().getSelectedItem()));
        FieldErrors.bind(shiftError, viewModel.shiftErrorProperty());
        timeOffList.setItems(viewModel.timeOff());
        Cells.say(timeOffList, t -> Texts.get("salon.timeOff.line", Formats.fullDate(t.start().toLocalDate()),
                Formats.time(t.start().toLocalTime()), Formats.fullDate(t.end().toLocalDate()),
                Formats.time(t.end().toLocalTime()), t.reason()));
        offFromDatePicker.valueProperty().bindBidirectional(viewModel.offFromDateProperty());
        offFromTimeField.textProperty().bindBidirectional(viewModel.offFromTimeProperty());
        offToDatePicker.valueProperty().bindBidirectional(viewModel.offToDateProperty());
        offToTimeField.textProperty().bindBidirectional(viewModel.offToTimeProperty());
        offReasonField.textProperty().bindBidirectional(viewModel.offReasonProperty());
        addTimeOffButton.setOnAction(e -> viewModel.addTimeOff());
        removeTimeOffButton.disableProperty().bind(timeOffList.getSelectionModel().selectedItemProperty().isNull());
        removeTimeOffButton.setOnAction(e -> viewModel.removeTimeOff(timeOffList.getSelectionModel()
                .getSelectedItem()));
        FieldErrors.bind(timeOffError, viewModel.timeOffErrorProperty());
        stylistRulesMessage.textProperty().bind(viewModel.messageProperty());
    }

    private static String day(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Texts.locale());
    }
}
