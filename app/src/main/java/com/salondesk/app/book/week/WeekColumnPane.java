package com.salondesk.app.book.week;

import com.salondesk.app.book.BlockLanes;
import com.salondesk.app.book.BookingBlock;
import com.salondesk.domain.schedule.Availability;
import com.salondesk.domain.shared.TimeRange;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.ContextMenu;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

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
                placed.add(new Placed(new WeekBlock(booking, day.date(), blockMenu), y(booking.start()),
                        height(booking.start(), booking.end()), lanes.get(i), count));
            }
        }
        placed.forEach(p -> getChildren().add(p.node()));
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
    }

    private void shade(TimeRange range, String styleClass) {
        Region shading = new Region();
        shading.getStyleClass().add(styleClass);
        shading.setMouseTransparent(true);
        placed.add(new Placed(shading, y(range.start()), height(range.start(), range.end()), 0, 1));
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
            boolean block = p.node() instanceof WeekBlock;
            double inset = block ? 1 : 0;
            double lane = (width - 2 * inset) / p.lanes();
            double w = Math.max(1, lane - (p.lane() < p.lanes() - 1 ? 1 : 0));
            double h = block ? Math.max(1, p.height() - 1) : p.height();
            p.node().resizeRelocate(inset + p.lane() * lane, p.y(), w, h);
        }
    }
}
