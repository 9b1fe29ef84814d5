package com.salondesk.app.book.week;

import com.salondesk.app.book.BookingBlock;
import com.salondesk.app.language.Texts;
import com.salondesk.app.port.StaffView;
import com.salondesk.app.view.FxmlViews;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.util.Duration;
import javafx.util.StringConverter;

/** The book's week: paging by week, a staff filter, and the week grid. Binds; decides nothing. */
public final class WeekBookView {

    @FXML private Button previousWeekButton;
    @FXML private Button thisWeekButton;
    @FXML private Button nextWeekButton;
    @FXML private Label weekTitle;
    @FXML private ComboBox<StaffView> staffFilter;
    @FXML private WeekGrid weekGrid;
    @FXML private Label weekStatus;

    private final WeekBookViewModel viewModel;
    private final Function<BookingBlock, ContextMenu> blockMenu;

    private WeekBookView(WeekBookViewModel viewModel, Function<BookingBlock, ContextMenu> blockMenu) {
        this.viewModel = viewModel;
        this.blockMenu = blockMenu;
    }

    /** Loads the week for a view model; a click on a block opens {@code blockMenu}'s menu (the day view's). */
    public static Parent load(WeekBookViewModel viewModel, Function<BookingBlock, ContextMenu> blockMenu) {
        return FxmlViews.load(new WeekBookView(viewModel, blockMenu), "WeekBookView.fxml");
    }

    @FXML
    private void initialize() {
        previousWeekButton.setOnAction(e -> viewModel.previousWeek());
        thisWeekButton.setOnAction(e -> viewModel.thisWeek());
        nextWeekButton.setOnAction(e -> viewModel.nextWeek());
        weekTitle.textProperty().bind(viewModel.titleProperty());
        weekStatus.textProperty().bind(viewModel.statusProperty());
        staffFilter.getItems().add(null);
        viewModel.team().addListener((javafx.collections.ListChangeListener<StaffView>) c -> {
            StaffView chosen = viewModel.staffFilterProperty().get();
            staffFilter.getItems().setAll(viewModel.team());
            staffFilter.getItems().addFirst(null);
            staffFilter.setValue(chosen);
        });
        staffFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(StaffView member) {
                return member == null ? Texts.get("week.allStaff") : member.name();
            }

            @Override
            public StaffView fromString(String text) {
                return null;
            }
        });
        staffFilter.valueProperty().bindBidirectional(viewModel.staffFilterProperty());
        weekGrid.weekProperty().bind(viewModel.weekProperty());
        weekGrid.nowProperty().bind(viewModel.nowProperty());
        weekGrid.setBlockMenu(blockMenu);
        weekGrid.setOnOpenDay(viewModel::openDay);
        Timeline everyMinute = new Timeline(new KeyFrame(Duration.minutes(1), e -> viewModel.tick()));
        everyMinute.setCycleCount(Animation.INDEFINITE);
        everyMinute.play();
    }
}
