package com.salondesk.app.book.week;

import com.salondesk.app.book.BlockLanes;
import com.salondesk.app.book.BookingBlock;
import com.salondesk.app.language.Texts;
import com.salondesk.domain.schedule.Availability;
import com.salondesk.domain.shared.TimeRange;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * One stylist's narrow column on one day of the week: closed and off-duty time shaded, bookings as blocks in the
 * day view's status colours (bookings that share time side by side). Each block has the id {@code booking-<id>}.
 */
final class WeekColumnPane extends Pane {

    /** A child and where it sits: vertically by time, horizontally in one of {@code lanes} lanes. */
    private record Placed(Region node, double y, double height, int lane, int lanes) {
    }

    private final List<Placed> placed = new ArrayList<>();
    private final TimeRange grid;

    WeekColumnPane(WeekColumn column, WeekDay day, TimeRange grid, Function<BookingBlock, ContextMenu> blockMenu) {
        this.grid = grid;
        getStyleClass().add("staff-column");
        setId("week-column-" + day.date() + "-" + column.staffId());
        for (TimeRange closed : Availability.freeTimes(List.of(grid), day.openingHours())) {
            shade(closed, "closed-time");
        }
        for (TimeRange offDuty : Availability.freeTimes(day.openingHours(), column.workingWindows())) {
            shade(offDuty, "off-duty-time");
        }
        // Too narrow to set a cancelled booking aside as the day view does: everything that shares time stands
        // side by side, so nothing is hidden under anything else.
        for (List<BookingBlock> group : BlockLanes.overlapping(column.bookings())) {
            List<Integer> lanes = BlockLanes.lanes(group);
            int count = lanes.stream().mapToInt(l -> l + 1).max().orElse(1);
            for (int i = 0; i < group.size(); i++) {
                BookingBlock booking = group.get(i);
                placed.add(new Placed(block(booking, day.date(), blockMenu), y(booking.start()),
                        height(booking.start(), booking.end()), lanes.get(i), count));
            }
        }
        placed.forEach(p -> getChildren().add(p.node()));
    }

    private void shade(TimeRange range, String styleClass) {
        Region shading = new Region();
        shading.getStyleClass().add(styleClass);
        shading.setMouseTransparent(true);
        placed.add(new Placed(shading, y(range.start()), height(range.start(), range.end()), 0, 1));
    }

    private static Region block(BookingBlock booking, LocalDate date, Function<BookingBlock, ContextMenu> blockMenu) {
        Label block = new Label(booking.customerName());
        block.setId("booking-" + booking.bookingId());
        block.getStyleClass().addAll("booking-block", "week-block", booking.statusStyleClass());
        block.setMinSize(0, 0);
        String cancelText = booking.cancelText();
        String summary = cancelText == null
                ? Texts.get("week.block.summary", WeekGrid.shortDay(date), booking.times(), booking.customerName(),
                        booking.serviceName(), booking.statusText())
                : Texts.get("week.block.summaryWithReason", WeekGrid.shortDay(date), booking.times(),
                        booking.customerName(), booking.serviceName(), booking.statusText(), cancelText);
        block.setAccessibleText(summary);
        // The tooltip is made when the mouse first comes by: most of a week's blocks are never pointed at.
        block.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (block.getTooltip() == null) {
                block.setTooltip(new Tooltip(summary));
            }
        });
        block.setFocusTraversable(true);
        block.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1) {
                show(blockMenu.apply(booking), block, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
        block.setOnContextMenuRequested(e -> {
            if (e.isKeyboardTrigger()) {
                showBelow(blockMenu.apply(booking), block);
            } else {
                show(blockMenu.apply(booking), block, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
        block.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                showBelow(blockMenu.apply(booking), block);
                e.consume();
            }
        });
        return block;
    }

    private static void show(ContextMenu menu, Region block, double x, double y) {
        if (menu != null) {
            menu.show(block, x, y);
        }
    }

    private static void showBelow(ContextMenu menu, Region block) {
        if (menu != null) {
            menu.show(block, Side.BOTTOM, 4, -Math.min(block.getHeight(), 16));
        }
    }

    private double y(LocalTime time) {
        return Duration.between(grid.start(), time).toMinutes() * WeekGrid.PIXELS_PER_MINUTE;
    }

    private static double height(LocalTime start, LocalTime end) {
        long minutes = end.equals(LocalTime.MAX) ? Duration.between(start, LocalTime.MAX).toMinutes() + 1
                : Duration.between(start, end).toMinutes();
        return minutes * WeekGrid.PIXELS_PER_MINUTE;
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        for (Placed p : placed) {
            boolean block = p.node() instanceof Label;
            double inset = block ? 1 : 0;
            double lane = (width - 2 * inset) / p.lanes();
            double w = Math.max(1, lane - (p.lane() < p.lanes() - 1 ? 1 : 0));
            double h = block ? Math.max(1, p.height() - 1) : p.height();
            p.node().resizeRelocate(inset + p.lane() * lane, p.y(), w, h);
        }
    }
}
