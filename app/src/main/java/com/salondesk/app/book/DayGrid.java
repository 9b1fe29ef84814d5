package com.salondesk.app.book;

import com.salondesk.app.view.StaffRoles;
import com.salondesk.app.language.Formats;
import com.salondesk.app.language.Texts;
import com.salondesk.domain.shared.TimeRange;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The appointment book's day as a grid: time down the side in quarter hours, a column per staff member on
 * duty, closed and off-duty time shaded, appointments as blocks coloured by status. Each block has the id
 * {@code booking-<id>} and a {@code status-…} style class, so people's tools and tests can find it.
 */
public final class DayGrid extends Region {

    static final double HEADER = 46;
    static final double GUTTER = 58;
    static final double MIN_COLUMN = 170;
    static final double PIXELS_PER_MINUTE = 1.3;

    private final ObjectProperty<BookDay> day = new SimpleObjectProperty<>(this, "day");
    private final ObjectProperty<LocalTime> now = new SimpleObjectProperty<>(this, "now");
    private final Region nowLine = new Region();
    private final List<Region> headers = new ArrayList<>();
    private final List<StaffColumnPane> columns = new ArrayList<>();
    private final List<Label> hourLabels = new ArrayList<>();
    private final Label placeholder = new Label();
    private Function<BookingBlock, ContextMenu> blockMenu = b -> null;
    private BiConsumer<String, LocalTime> onEmptySlot = (staffId, time) -> { };

    public DayGrid() {
        getStyleClass().add("day-grid");
        placeholder.getStyleClass().add("day-placeholder");
        placeholder.setId("dayPlaceholder");
        nowLine.setId("nowLine");
        nowLine.getStyleClass().add("now-line");
        nowLine.setMouseTransparent(true);
        day.addListener((obs, old, shown) -> rebuild());
        now.addListener((obs, old, time) -> requestLayout());
    }

    /** The current time, marked across the columns; null on any day but today. */
    public ObjectProperty<LocalTime> nowProperty() {
        return now;
    }

    public ObjectProperty<BookDay> dayProperty() {
        return day;
    }

    /** Builds the menu shown when a block is right-clicked. */
    public void setBlockMenu(Function<BookingBlock, ContextMenu> blockMenu) {
        this.blockMenu = blockMenu;
    }

    /** Called with the staff member and quarter hour of an empty slot that was double-clicked. */
    public void setOnEmptySlot(BiConsumer<String, LocalTime> onEmptySlot) {
        this.onEmptySlot = onEmptySlot;
    }

    private void rebuild() {
        getChildren().clear();
        headers.clear();
        columns.clear();
        hourLabels.clear();
        BookDay shown = day.get();
        if (shown == null) {
            return;
        }
        TimeRange grid = shown.grid();
        for (LocalTime hour = grid.start(); hour.isBefore(grid.end()); hour = hour.plusHours(1)) {
            Label label = new Label(Formats.time(hour));
            label.getStyleClass().add("hour-label");
            hourLabels.add(label);
            if (hour.getHour() == 23) {
                break;
            }
        }
        for (StaffColumn column : shown.columns()) {
            headers.add(header(column));
            columns.add(new StaffColumnPane(column, shown, blockMenu, onEmptySlot));
        }
        getChildren().addAll(hourLabels);
        getChildren().addAll(columns);
        getChildren().addAll(headers);
        getChildren().add(nowLine);
        if (shown.columns().isEmpty()) {
            placeholder.setText(shown.closed() ? Texts.get("book.closedThisDay")
                    : Texts.get("book.nobodyOnDuty", shown.branch().name()));
            getChildren().add(placeholder);
        }
        requestLayout();
    }

    private static Region header(StaffColumn column) {
        Label name = new Label(column.staff().name());
        name.getStyleClass().add("staff-name");
        String roleName = StaffRoles.say(column.staff().role());
        Label role = new Label(column.workingWindows().isEmpty() ? Texts.get("book.offDuty", roleName) : roleName);
        role.getStyleClass().add("staff-role");
        VBox header = new VBox(name, role);
        header.setId("staff-" + column.staffId());
        header.getStyleClass().add("staff-header");
        header.setPadding(new Insets(4, 8, 4, 8));
        return header;
    }

    private double columnWidth() {
        return columns.isEmpty() ? MIN_COLUMN
                : Math.max(MIN_COLUMN, (getWidth() - GUTTER - snappedRightInset()) / columns.size());
    }

    private double gridHeight() {
        BookDay shown = day.get();
        return shown == null ? 0 : shown.grid().length().toMinutes() * PIXELS_PER_MINUTE;
    }

    @Override
    protected void layoutChildren() {
        double width = columnWidth();
        for (int i = 0; i < columns.size(); i++) {
            double x = GUTTER + i * width;
            headers.get(i).resizeRelocate(x, 0, width, HEADER);
            columns.get(i).resizeRelocate(x, HEADER, width, gridHeight());
        }
        for (int i = 0; i < hourLabels.size(); i++) {
            Label label = hourLabels.get(i);
            label.resizeRelocate(6, HEADER + i * 60 * PIXELS_PER_MINUTE - 7, GUTTER - 12, 16);
        }
        placeholder.resizeRelocate(GUTTER + 12, HEADER + 12, Math.max(200, getWidth() - GUTTER - 24), 24);
        LocalTime time = now.get();
        BookDay shown = day.get();
        boolean onGrid = time != null && shown != null && !time.isBefore(shown.grid().start())
                         && time.isBefore(shown.grid().end()) && !columns.isEmpty();
        nowLine.setVisible(onGrid);
        if (onGrid) {
            double y = HEADER + Duration.between(shown.grid().start(), time).toMinutes() * PIXELS_PER_MINUTE;
            nowLine.resizeRelocate(GUTTER - 6, y - 1, columns.size() * width + 6, 2);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return GUTTER + Math.max(1, columns.size()) * MIN_COLUMN;
    }

    @Override
    protected double computePrefHeight(double width) {
        return HEADER + gridHeight() + 12;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }
}
