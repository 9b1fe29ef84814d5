package com.salondesk.app.book;

import com.salondesk.app.book.sheet.DaySheetView;
import com.salondesk.app.checkout.CheckoutView;
import com.salondesk.app.dialog.DialogService;
import com.salondesk.app.language.Texts;
import com.salondesk.app.newbooking.NewBookingView;
import com.salondesk.app.payment.DepositView;
import com.salondesk.app.port.BranchView;
import com.salondesk.app.view.FxmlViews;
import com.salondesk.app.workflow.WorkflowView;
import java.time.LocalTime;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.util.Duration;
import javafx.util.StringConverter;

/** The main screen: branch and day at the top, the appointment book below. Binds; decides nothing. */
public final class AppointmentBookView {

    @FXML private ComboBox<BranchView> branchSelector;
    @FXML private Button previousDayButton;
    @FXML private Button todayButton;
    @FXML private Button nextDayButton;
    @FXML private DatePicker datePicker;
    @FXML private Label dayTitle;
    @FXML private Button newBookingButton;
    @FXML private Button undoButton;
    @FXML private Button walkInButton;
    @FXML private ToggleButton colourByStatusButton;
    @FXML private ToggleButton colourByStylistButton;
    @FXML private DayGrid appointmentBook;
    @FXML private Label statusLabel;
    @FXML private ProgressIndicator loadingIndicator;

    private final AppointmentBookViewModel viewModel;
    private final DialogService dialogs;

    private AppointmentBookView(AppointmentBookViewModel viewModel, DialogService dialogs) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
    }

    /** Loads the screen for a view model. */
    public static Parent load(AppointmentBookViewModel viewModel, DialogService dialogs) {
        return FxmlViews.load(new AppointmentBookView(viewModel, dialogs), "AppointmentBookView.fxml");
    }

    @FXML
    private void initialize() {
        branchSelector.setItems(viewModel.branches());
        branchSelector.setConverter(new StringConverter<>() {
            @Override
            public String toString(BranchView branch) {
                return branch == null ? "" : branch.name();
            }

            @Override
            public BranchView fromString(String text) {
                return null;
            }
        });
        branchSelector.valueProperty().bindBidirectional(viewModel.branchProperty());
        datePicker.valueProperty().bindBidirectional(viewModel.dateProperty());
        previousDayButton.setOnAction(e -> viewModel.previousDay());
        nextDayButton.setOnAction(e -> viewModel.nextDay());
        todayButton.setOnAction(e -> viewModel.today());
        newBookingButton.setOnAction(e -> openNewBooking(null, null));
        newBookingButton.disableProperty().bind(viewModel.dayProperty().isNull());
        dayTitle.textProperty().bind(viewModel.titleProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());
        appointmentBook.dayProperty().bind(viewModel.dayProperty());
        appointmentBook.nowProperty().bind(viewModel.nowProperty());
        Timeline everyMinute = new Timeline(new KeyFrame(Duration.minutes(1), e -> viewModel.tick()));
        everyMinute.setCycleCount(Animation.INDEFINITE);
        everyMinute.play();
        appointmentBook.setBlockMenu(this::menuFor);
        appointmentBook.setOnEmptySlot(this::openNewBooking);
        bindMoving();
        bindColours();
        walkInButton.setOnAction(e -> viewModel.walkIn()
                .ifPresent(form -> dialogs.showAndWait(new NewBookingView(form, dialogs))));
        walkInButton.disableProperty().bind(viewModel.dayProperty().isNull());
        BookKeys.install(appointmentBook, viewModel, () -> openNewBooking(null, null));
        showDayOrWeek();
    }

    /** Drag and drop, the refusal where a booking was dropped, and Undo. */
    private void bindMoving() {
        appointmentBook.setOnMove(viewModel::move);
        appointmentBook.refusalProperty().bind(viewModel.refusalProperty());
        appointmentBook.setOnDismissRefusal(viewModel::dismissRefusal);
        undoButton.setOnAction(e -> viewModel.undo());
        undoButton.disableProperty().bind(viewModel.undoProperty().isNull().or(viewModel.movingProperty()));
        Tooltip undoTip = new Tooltip(Texts.get("book.undo.none"));
        undoButton.setTooltip(undoTip);
        viewModel.undoProperty().addListener((obs, old, last) -> undoTip.setText(last == null
                ? Texts.get("book.undo.none") : Texts.get("book.undo.tooltip", last.label())));
    }

    /** The colour toggle: by status or by stylist, one of them always chosen. */
    private void bindColours() {
        ToggleGroup group = new ToggleGroup();
        colourByStatusButton.setToggleGroup(group);
        colourByStylistButton.setToggleGroup(group);
        colourByStatusButton.setUserData(BlockColours.STATUS);
        colourByStylistButton.setUserData(BlockColours.STYLIST);
        group.selectToggle(viewModel.coloursProperty().get() == BlockColours.STYLIST ? colourByStylistButton
                : colourByStatusButton);
        group.selectedToggleProperty().addListener((obs, old, chosen) -> {
            if (chosen == null) {
                group.selectToggle(old);
            } else {
                viewModel.coloursProperty().set((BlockColours) chosen.getUserData());
            }
        });
        viewModel.coloursProperty().addListener((obs, old, chosen) -> group.selectToggle(
                chosen == BlockColours.STYLIST ? colourByStylistButton : colourByStatusButton));
        appointmentBook.coloursProperty().bind(viewModel.coloursProperty());
    }

    // the Day|Week toggle and the day sheet (issue 12, week)

    @FXML private BorderPane appointmentBookScreen;
    @FXML private ScrollPane dayScroller;
    @FXML private ToggleButton dayViewToggle;
    @FXML private ToggleButton weekViewToggle;
    @FXML private Button daySheetButton;
    /** The week the toggle shows in place of the day; null hides the toggle. */
    private WeekPage weekPage;

    /** Loads the screen with a week view, which the toolbar's Day|Week toggle puts in place of the day. */
    public static Parent load(AppointmentBookViewModel viewModel, DialogService dialogs, WeekPage weekPage) {
        AppointmentBookView view = new AppointmentBookView(viewModel, dialogs);
        view.weekPage = weekPage;
        return FxmlViews.load(view, "AppointmentBookView.fxml");
    }

    private void showDayOrWeek() {
        daySheetButton.disableProperty().bind(viewModel.branchProperty().isNull());
        daySheetButton.setOnAction(e -> viewModel.daySheet()
                .ifPresent(sheet -> dialogs.showAndWait(new DaySheetView(sheet))));
        dayViewToggle.setVisible(weekPage != null);
        dayViewToggle.managedProperty().bind(dayViewToggle.visibleProperty());
        weekViewToggle.visibleProperty().bind(dayViewToggle.visibleProperty());
        weekViewToggle.managedProperty().bind(dayViewToggle.visibleProperty());
        if (weekPage == null) {
            return;
        }
        Node week = weekPage.build(this::menuFor);
        ToggleGroup views = new ToggleGroup();
        views.getToggles().addAll(dayViewToggle, weekViewToggle);
        views.selectedToggleProperty().addListener((obs, old, chosen) -> {
            if (chosen == null) {
                old.setSelected(true); // one of the two is always chosen
            } else {
                viewModel.viewProperty().set(chosen == weekViewToggle ? BookMode.WEEK : BookMode.DAY);
            }
        });
        viewModel.viewProperty().addListener((obs, old, mode) -> show(mode, week));
        show(viewModel.viewProperty().get(), week);
    }

    private void show(BookMode mode, Node week) {
        (mode == BookMode.WEEK ? weekViewToggle : dayViewToggle).setSelected(true);
        appointmentBookScreen.setCenter(mode == BookMode.WEEK ? week : dayScroller);
    }

    private void act(BookingAction action, BookingBlock booking) {
        switch (action) {
            case TAKE_DEPOSIT -> viewModel.openDeposit(booking, form -> dialogs.showAndWait(new DepositView(form)));
            case CHECKOUT -> {
                dialogs.showAndWait(new CheckoutView(viewModel.checkout(booking), dialogs));
                viewModel.refresh();
            }
            default -> viewModel.perform(action, booking);
        }
    }

    private void openNewBooking(String staffId, LocalTime start) {
        viewModel.newBooking(staffId, start).ifPresent(form -> dialogs.showAndWait(new NewBookingView(form, dialogs)));
    }

    private ContextMenu menuFor(BookingBlock booking) {
        ContextMenu menu = new ContextMenu();
        menu.setId("bookingMenu");
        if (booking.timeLost() && booking.status().holdsTime()) {
            MenuItem where = new MenuItem(Texts.get("book.timeLost.settle"));
            where.setId("timeLostItem");
            where.setDisable(true);
            menu.getItems().addAll(where, new SeparatorMenuItem());
        }
        for (BookingAction action : BookingAction.values()) {
            if (action == BookingAction.CANCEL) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            MenuItem item = new MenuItem(action.label());
            item.setId(action.id());
            item.setDisable(!viewModel.canDo(action, booking));
            item.setOnAction(e -> act(action, booking));
            menu.getItems().add(item);
        }
        MenuItem edit = new MenuItem(Texts.get("book.edit"));
        edit.setId("editBookingItem");
        edit.setDisable(!viewModel.canEdit(booking));
        edit.setOnAction(e -> viewModel.edit(booking).ifPresent(form -> {
            dialogs.showAndWait(new EditBookingView(form));
            viewModel.refresh();
        }));
        menu.getItems().addAll(new SeparatorMenuItem(), edit);
        MenuItem workflow = new MenuItem(Texts.get("workflow.menu"));
        workflow.setId("workflowItem");
        workflow.setOnAction(e -> dialogs.showAndWait(new WorkflowView(viewModel.workflowOf(booking))));
        menu.getItems().addAll(new SeparatorMenuItem(), workflow);
        return menu;
    }
}
