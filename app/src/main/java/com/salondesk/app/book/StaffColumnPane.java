package com.salondesk.app.book;

import com.salondesk.app.language.Texts;
import com.salondesk.domain.schedule.Availability;
import com.salondesk.domain.shared.TimeRange;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/** One staff member's column of the day grid: shading, quarter-hour lines and appointment blocks. */
final class StaffColumnPane extends Pane {

    private static final String BLOCK = "booking-block";

    /** Which part of the column's width a child takes. */
    private enum Lane { FULL, MAIN, SIDE }

    /** A child and where it sits vertically; its width follows the column's. */
    private record Placed(Region node, double y, double height, Lane lane, double inset) {
    }

    private final List<Placed> placed = new ArrayList<>();
    private final TimeRange grid;

    StaffColumnPane(StaffColumn column, BookDay day, Function<BookingBlock, ContextMenu> blockMenu,
                    BiConsumer<String, LocalTime> onEmptySlot) {
        this.grid = day.grid();
        getStyleClass().add("staff-column");
        setId("column-" + column.staffId());
        for (TimeRange closed : Availability.freeTimes(List.of(grid), day.openingHours())) {
            shade(closed, "closed-time");
        }
        for (TimeRange offDuty : Availability.freeTimes(day.openingHours(), column.workingWindows())) {
            shade(offDuty, "off-duty-time");
        }
        for (LocalTime t = grid.start(); t.isBefore(grid.end()); t = t.plusMinutes(15)) {
            Region line = new Region();
            line.getStyleClass().add(t.getMinute() == 0 ? "hour-line" : "quarter-line");
            line.setMouseTransparent(true);
            placed.add(new Placed(line, y(t), 1, Lane.FULL, 0));
            if (t.equals(LocalTime.of(23, 45))) {
                break;
            }
        }
        List<BookingBlock> holding = column.bookings().stream().filter(b -> b.status().holdsTime()).toList();
        List<BookingBlock> released = column.bookings().stream().filter(b -> !b.status().holdsTime()).toList();
        // Cancelled and no-show appointments no longer hold the time. Where it was booked again, the two
        // share the column: the live appointment on the left, the released one in a strip on the right.
        for (BookingBlock b : released) {
            addBlock(b, holding.stream().anyMatch(h -> overlaps(h, b)) ? Lane.SIDE : Lane.FULL, blockMenu);
        }
        for (BookingBlock b : holding) {
            addBlock(b, released.stream().anyMatch(r -> overlaps(r, b)) ? Lane.MAIN : Lane.FULL, blockMenu);
        }
        placed.forEach(p -> getChildren().add(p.node()));
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !insideBlock(e.getPickResult()
                    .getIntersectedNode())) {
                onEmptySlot.accept(column.staffId(), slotAt(e.getY()));
            }
        });
    }

    private void shade(TimeRange range, String styleClass) {
        Region shading = new Region();
        shading.getStyleClass().add(styleClass);
        placed.add(new Placed(shading, y(range.start()), height(range.start(), range.end()), Lane.FULL, 0));
    }

    private void addBlock(BookingBlock booking, Lane lane, Function<BookingBlock, ContextMenu> blockMenu) {
        Label time = new Label(booking.times());
        time.getStyleClass().add("block-time");
        Label customer = new Label(booking.customerName());
        customer.getStyleClass().add("block-customer");
        Label service = new Label(booking.serviceName());
        service.getStyleClass().add("block-service");
        VBox block = new VBox(time, customer, service);
        block.setId("booking-" + booking.bookingId());
        block.getStyleClass().addAll(BLOCK, booking.statusStyleClass());
        block.setMinHeight(0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(block.widthProperty());
        clip.heightProperty().bind(block.heightProperty());
        block.setClip(clip);
        String summary = booking.cancelReason() == null || booking.cancelReason().isBlank()
                ? Texts.get("book.block.summary", booking.times(), booking.customerName(), booking.serviceName(),
                        booking.statusText())
                : Texts.get("book.block.summaryWithReason", booking.times(), booking.customerName(),
                        booking.serviceName(), booking.statusText(), booking.cancelReason());
        Tooltip.install(block, new Tooltip(summary));
        block.setAccessibleText(summary);
        // Reachable with Tab; Enter or Space (or the platform's context-menu key) then opens the same menu
        // as a right-click.
        block.setFocusTraversable(true);
        block.setOnContextMenuRequested(e -> {
            if (e.isKeyboardTrigger()) {
                showMenuBelow(block, booking, blockMenu);
            } else {
                ContextMenu menu = blockMenu.apply(booking);
                if (menu != null) {
                    menu.show(block, e.getScreenX(), e.getScreenY());
                }
            }
            e.consume();
        });
        block.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                showMenuBelow(block, booking, blockMenu);
                e.consume();
            }
        });
        placed.add(new Placed(block, y(booking.start()), height(booking.start(), booking.end()), lane, 3));
    }

    private static void showMenuBelow(Region block, BookingBlock booking,
                                      Function<BookingBlock, ContextMenu> blockMenu) {
        ContextMenu menu = blockMenu.apply(booking);
        if (menu != null) {
            menu.show(block, Side.BOTTOM, 8, -Math.min(block.getHeight(), 24));
        }
    }

    private static boolean overlaps(BookingBlock a, BookingBlock b) {
        return a.start().isBefore(b.end()) && b.start().isBefore(a.end());
    }

    private boolean insideBlock(Node node) {
        for (Node n = node; n != null && n != this; n = n.getParent()) {
            if (n.getStyleClass().contains(BLOCK)) {
                return true;
            }
        }
        return false;
    }

    private LocalTime slotAt(double y) {
        long quarter = (long) Math.floor(y / DayGrid.PIXELS_PER_MINUTE / 15);
        LocalTime slot = grid.start().plusMinutes(15 * quarter);
        return slot.isBefore(grid.start()) ? grid.start() : slot;
    }

    private double y(LocalTime time) {
        return Duration.between(grid.start(), time).toMinutes() * DayGrid.PIXELS_PER_MINUTE;
    }

    private double height(LocalTime start, LocalTime end) {
        long minutes = end.equals(LocalTime.MAX) ? Duration.between(start, LocalTime.MAX).toMinutes() + 1
                : Duration.between(start, end).toMinutes();
        return minutes * DayGrid.PIXELS_PER_MINUTE;
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double split = width * 0.64;
        for (Placed p : placed) {
            double x = p.lane() == Lane.SIDE ? split : p.inset();
            double w = switch (p.lane()) {
                case FULL -> width - 2 * p.inset();
                case MAIN -> split - 2 * p.inset();
                case SIDE -> width - split - p.inset();
            };
            double h = p.inset() > 0 ? Math.max(1, p.height() - 1) : p.height();
            p.node().resizeRelocate(x, p.y(), w, h);
        }
    }
}
