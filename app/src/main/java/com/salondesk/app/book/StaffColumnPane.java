package com.salondesk.app.book;

import com.salondesk.app.language.Texts;
import com.salondesk.domain.availability.DaySegment;
import com.salondesk.domain.booking.BookingStatus;
import com.salondesk.domain.schedule.Availability;
import com.salondesk.domain.shared.TimeRange;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/** One staff member's column of the day grid: shading, quarter-hour lines and appointment blocks. */
final class StaffColumnPane extends Pane {

    private static final String BLOCK = "booking-block";
    /** How many pixels at a block's bottom edge take a drag as a resize rather than a move. */
    static final double RESIZE_EDGE = 6;

    /** What a block tells the grid while it is dragged; the grid draws the ghost and says where it landed. */
    interface Dragging {
        /** A primary press on a block; the grid follows the pointer from here until the button is released. */
        void start(BookingBlock booking, boolean resize, double offsetY);
    }

    /** Bookings shorter than this many minutes show one line (the customer and the time); shorter than THREE_LINES, two. */
    static final int TWO_LINES = 25;
    static final int THREE_LINES = 40;

    /** Which part of the column's width a child takes: all of it, all but the strip at the edge, or the strip. */
    private enum Area { FULL, MAIN, STRIP }

    /**
     * A child and where it sits: vertically by time, horizontally in its area, where bookings that share time
     * stand side by side in {@code lanes} lanes; its width follows the column's.
     */
    private record Placed(Region node, double y, double height, Area area, int lane, int lanes, double inset) {
        Placed(Region node, double y, double height) {
            this(node, y, height, Area.FULL, 0, 1, 0);
        }
    }

    private final List<Placed> placed = new ArrayList<>();
    private final TimeRange grid;
    /** How many released bookings stand side by side in the strip at most; 0 when the column needs no strip. */
    private int stripLanes;

    private final Dragging dragging;
    private final BlockColours colours;
    private final int stylistColour;

    StaffColumnPane(StaffColumn column, BookDay day, Function<BookingBlock, ContextMenu> blockMenu,
                    BiConsumer<String, LocalTime> onEmptySlot, Dragging dragging, BlockColours colours,
                    int stylistColour) {
        this.grid = day.grid();
        this.dragging = dragging;
        this.colours = colours;
        this.stylistColour = stylistColour;
        getStyleClass().add("staff-column");
        setId("column-" + column.staffId());
        for (TimeRange closed : Availability.freeTimes(List.of(grid), day.openingHours())) {
            shade(closed, "closed-time");
        }
        for (TimeRange offDuty : Availability.freeTimes(day.openingHours(), column.workingWindows())) {
            shade(offDuty, "off-duty-time");
        }
        shadePicture(column.picture());
        for (LocalTime t = grid.start(); t.isBefore(grid.end()); t = t.plusMinutes(15)) {
            Region line = new Region();
            line.getStyleClass().add(t.getMinute() == 0 ? "hour-line" : "quarter-line");
            line.setMouseTransparent(true);
            placed.add(new Placed(line, y(t), 1));
            if (t.equals(LocalTime.of(23, 45))) {
                break;
            }
        }
        List<BookingBlock> holding = column.bookings().stream().filter(BookingBlock::holdsTime).toList();
        List<BookingBlock> released = column.bookings().stream().filter(b -> !b.holdsTime()).toList();
        // Cancelled and no-show appointments, and those that lost their time to another desk's booking, no longer
        // hold the time. Where it was booked again they move to a
        // narrow strip at the column's edge, so the live appointment keeps most of the width and is never
        // covered. Bookings of one kind that share time (a cancellation and a no-show, an overbooking) stand
        // side by side instead of on top of each other.
        List<BookingBlock> inStrip = new ArrayList<>();
        for (List<BookingBlock> group : BlockLanes.overlapping(released)) {
            boolean rebooked = group.stream().anyMatch(r -> holding.stream().anyMatch(h -> overlaps(h, r)));
            if (rebooked) {
                inStrip.addAll(group);
            }
            if (rebooked) {
                stripLanes = Math.max(stripLanes, BlockLanes.lanes(group).stream().mapToInt(l -> l + 1).max()
                        .orElse(1));
            }
            addAll(group, rebooked ? Area.STRIP : Area.FULL, blockMenu);
        }
        for (List<BookingBlock> group : BlockLanes.overlapping(holding)) {
            boolean besideStrip = group.stream().anyMatch(h -> inStrip.stream().anyMatch(r -> overlaps(h, r)));
            addAll(group, besideStrip ? Area.MAIN : Area.FULL, blockMenu);
        }
        placed.forEach(p -> getChildren().add(p.node()));
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !insideBlock(e.getPickResult()
                    .getIntersectedNode())) {
                onEmptySlot.accept(column.staffId(), slotAt(e.getY()));
            }
        });
    }

    private Region shade(TimeRange range, String styleClass) {
        Region shading = new Region();
        shading.getStyleClass().add(styleClass);
        placed.add(new Placed(shading, y(range.start()), height(range.start(), range.end())));
        return shading;
    }

    /**
     * The live availability's picture of the stylist's day within the grid: free time tinted, a colour's processing
     * time (the stylist free for someone else) striped, blocked time (a break, time off, closed) hatched. Booked time
     * shows as the blocks themselves.
     */
    private void shadePicture(List<DaySegment> picture) {
        for (DaySegment segment : picture) {
            LocalTime from = segment.from().isBefore(grid.start()) ? grid.start() : segment.from();
            LocalTime to = segment.to().isAfter(grid.end()) ? grid.end() : segment.to();
            if (!to.isAfter(from) || segment.kind() == DaySegment.Kind.BOOKED) {
                continue;
            }
            String kind = switch (segment.kind()) {
                case FREE -> "free-time";
                case PROCESSING -> "processing-time";
                case BLOCKED -> "blocked-time";
                case BOOKED -> "booked-time";
            };
            Region shading = shade(new TimeRange(from, to), kind);
            shading.getStyleClass().add("availability-shading");
        }
    }

    /** Whether the booking can be dragged: it holds its time and is still to come or under way. */
    private static boolean movable(BookingBlock booking) {
        BookingStatus status = booking.status();
        return booking.holdsTime() && (status == BookingStatus.REQUESTED || status == BookingStatus.CONFIRMED
                                       || status == BookingStatus.CHECKED_IN);
    }

    private void addAll(List<BookingBlock> group, Area area, Function<BookingBlock, ContextMenu> blockMenu) {
        List<Integer> lanes = BlockLanes.lanes(group);
        int count = lanes.stream().mapToInt(l -> l + 1).max().orElse(1);
        for (int i = 0; i < group.size(); i++) {
            addBlock(group.get(i), area, lanes.get(i), count, blockMenu);
        }
    }

    private void addBlock(BookingBlock booking, Area area, int lane, int lanes,
                          Function<BookingBlock, ContextMenu> blockMenu) {
        Region block = area == Area.STRIP ? stripBlockFor(booking) : blockFor(booking);
        block.setId("booking-" + booking.bookingId());
        block.getStyleClass().addAll(BLOCK, booking.statusStyleClass());
        if (colours == BlockColours.STYLIST && booking.holdsTime()) {
            block.getStyleClass().addAll("by-stylist", "stylist-" + stylistColour % STYLIST_COLOURS);
        }
        if (area != Area.STRIP && movable(booking)) {
            draggable(block, booking);
        }
        block.setMinHeight(0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(block.widthProperty());
        clip.heightProperty().bind(block.heightProperty());
        block.setClip(clip);
        String cancelText = booking.cancelText();
        String summary = cancelText == null
                ? Texts.get("book.block.summary", booking.times(), booking.customerName(), booking.serviceName(),
                        booking.statusText())
                : Texts.get("book.block.summaryWithReason", booking.times(), booking.customerName(),
                        booking.serviceName(), booking.statusText(), cancelText);
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
        placed.add(new Placed(block, y(booking.start()), height(booking.start(), booking.end()), area, lane, lanes,
                3));
    }

    /** How many stylist colours the style sheet has; more stylists than that share them in turn. */
    static final int STYLIST_COLOURS = 8;

    /** A press and drag moves the block; at its bottom edge, it resizes it (the cursor says which). */
    private void draggable(Region block, BookingBlock booking) {
        block.getStyleClass().add("movable");
        block.setOnMouseMoved(e -> block.setCursor(e.getY() >= block.getHeight() - RESIZE_EDGE
                ? Cursor.S_RESIZE : Cursor.HAND));
        block.setOnMousePressed(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                dragging.start(booking, e.getY() >= block.getHeight() - RESIZE_EDGE, e.getY());
            }
        });
    }

    /** The customer's name always shows: first on a short block, with the time (and service) beside or below. */
    private static Region blockFor(BookingBlock booking) {
        Label customer = label(booking.customerName(), "block-customer");
        long minutes = booking.minutes();
        if (minutes < TWO_LINES) {
            Label time = label(booking.times(), "block-time");
            time.setMinWidth(Region.USE_PREF_SIZE);
            HBox line = new HBox(4, customer, time);
            line.setAlignment(Pos.CENTER_LEFT);
            line.getStyleClass().add("one-line");
            return line;
        }
        if (minutes < THREE_LINES) {
            return new VBox(customer, label(booking.times() + " · " + booking.serviceName(), "block-time"));
        }
        return new VBox(label(booking.times(), "block-time"), customer, label(booking.serviceName(), "block-service"));
    }

    /** In the narrow strip: whose it was and what became of it; the tooltip tells the rest. */
    private static Region stripBlockFor(BookingBlock booking) {
        return new VBox(label(booking.customerName(), "block-customer"),
                label(booking.statusText(), "block-time"));
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setMinWidth(0);
        return label;
    }

    private static void showMenuBelow(Region block, BookingBlock booking,
                                      Function<BookingBlock, ContextMenu> blockMenu) {
        ContextMenu menu = blockMenu.apply(booking);
        if (menu != null) {
            menu.show(block, Side.BOTTOM, 8, -Math.min(block.getHeight(), 24));
        }
    }

    private static boolean overlaps(BookingBlock a, BookingBlock b) {
        return BlockLanes.overlap(a, b);
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

    /**
     * The strip for released bookings beside a live one: narrow, but with room for a first name in each of its
     * lanes, and never more than half the column.
     */
    private double stripWidth(double columnWidth) {
        double lane = Math.min(72, Math.max(48, columnWidth * 0.25));
        return Math.min(columnWidth / 2, lane * Math.max(1, stripLanes));
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double strip = stripWidth(width);
        for (Placed p : placed) {
            double from = p.area() == Area.STRIP ? width - strip : p.inset();
            double to = p.area() == Area.MAIN ? width - strip - p.inset() : width - p.inset();
            double lane = (to - from) / p.lanes();
            double x = from + p.lane() * lane;
            // A gap between lanes, so two blocks side by side read as two.
            double w = Math.max(1, lane - (p.lane() < p.lanes() - 1 ? 2 : 0));
            double h = p.inset() > 0 ? Math.max(1, p.height() - 1) : p.height();
            p.node().resizeRelocate(x, p.y(), w, h);
        }
    }
}
