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
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The appointment book's day as a grid: time down the side in quarter hours, a column per staff member on
 * duty, closed and off-duty time shaded, appointments as blocks coloured by status (or by stylist). Each block has
 * the id {@code booking-<id>} and a {@code status-…} style class, so people's tools and tests can find it. A block is
 * dragged to another time or column, or resized at its bottom edge, in five-minute steps; a ghost shows where it
 * lands, and a refused drop's reason shows where it was dropped ({@code dropRefusal}).
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
    private final ObjectProperty<BlockColours> colours = new SimpleObjectProperty<>(this, "colours",
            BlockColours.STATUS);
    private final ObjectProperty<DropRefusal> refusal = new SimpleObjectProperty<>(this, "refusal");
    private final Label ghost = new Label();
    private final Label refusalLabel = new Label();
    private final BlockDrag dragging = new BlockDrag();
    private Consumer<BlockMove> onMove = move -> { };
    private Runnable onDismissRefusal = () -> { };
    private boolean rebuildAfterDrop;

    public DayGrid() {
        getStyleClass().add("day-grid");
        placeholder.getStyleClass().add("day-placeholder");
        placeholder.setId("dayPlaceholder");
        nowLine.setId("nowLine");
        nowLine.getStyleClass().add("now-line");
        nowLine.setMouseTransparent(true);
        ghost.setId("dragGhost");
        ghost.getStyleClass().add("drag-ghost");
        ghost.setMouseTransparent(true);
        ghost.setVisible(false);
        refusalLabel.setId("dropRefusal");
        refusalLabel.getStyleClass().add("drop-refusal");
        refusalLabel.setWrapText(true);
        refusalLabel.setOnMouseClicked(e -> onDismissRefusal.run());
        refusalLabel.setTooltip(new javafx.scene.control.Tooltip(Texts.get("book.refusal.dismiss")));
        // The grid follows a dragged block wherever the pointer goes over it, whichever node is under the pointer.
        addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> dragging.drag(e.getSceneX(), e.getSceneY()));
        addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                dragging.drop(e.getSceneX(), e.getSceneY());
            }
        });
        day.addListener((obs, old, shown) -> rebuild());
        colours.addListener((obs, old, chosen) -> rebuild());
        refusal.addListener((obs, old, shown) -> showRefusal());
        now.addListener((obs, old, time) -> requestLayout());
    }

    /** Whether the blocks are coloured by status or by stylist. */
    public ObjectProperty<BlockColours> coloursProperty() {
        return colours;
    }

    /** A refused drop's reason, shown where it was dropped; null shows none. */
    public ObjectProperty<DropRefusal> refusalProperty() {
        return refusal;
    }

    /** Called with a block dropped in a new place (moved or resized). */
    public void setOnMove(Consumer<BlockMove> onMove) {
        this.onMove = onMove;
    }

    /** Called when the person clicks the refusal away. */
    public void setOnDismissRefusal(Runnable onDismissRefusal) {
        this.onDismissRefusal = onDismissRefusal;
    }

    private void showRefusal() {
        DropRefusal shown = refusal.get();
        refusalLabel.setText(shown == null ? "" : shown.reason());
        refusalLabel.setAccessibleText(refusalLabel.getText());
        if (shown != null && !getChildren().contains(refusalLabel)) {
            getChildren().add(refusalLabel);
        } else if (shown == null) {
            getChildren().remove(refusalLabel);
        }
        requestLayout();
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
        if (dragging.active()) {
            // Drawn anew once the block is dropped: taking the dragged block away now would end the drag.
            rebuildAfterDrop = true;
            return;
        }
        rebuildAfterDrop = false;
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
        int colour = 0;
        for (StaffColumn column : shown.columns()) {
            headers.add(header(column));
            columns.add(new StaffColumnPane(column, shown, blockMenu, onEmptySlot, dragging, colours.get(), colour++));
        }
        getChildren().addAll(hourLabels);
        getChildren().addAll(columns);
        getChildren().addAll(headers);
        getChildren().add(nowLine);
        ghost.setVisible(false);
        getChildren().add(ghost);
        if (refusal.get() != null) {
            getChildren().add(refusalLabel);
        }
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
        layoutRefusal(width);
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

    /** The refusal sits where the booking was dropped: in its column, at its time, over the blocks. */
    private void layoutRefusal(double width) {
        DropRefusal shown = refusal.get();
        BookDay book = day.get();
        if (shown == null || book == null) {
            return;
        }
        int index = columnOf(shown.staffId());
        double x = GUTTER + Math.max(0, index) * width + 4;
        double minutes = Math.max(0, Duration.between(book.grid().start(), shown.at()).toMinutes());
        double labelWidth = Math.min(Math.max(width - 8, 180), 280);
        double height = refusalLabel.prefHeight(labelWidth);
        refusalLabel.resizeRelocate(Math.min(x, Math.max(GUTTER, getWidth() - labelWidth - 4)),
                HEADER + minutes * PIXELS_PER_MINUTE, labelWidth, height);
        refusalLabel.toFront();
    }

    private int columnOf(String staffId) {
        BookDay book = day.get();
        for (int i = 0; book != null && i < book.columns().size(); i++) {
            if (book.columns().get(i).staffId().equals(staffId)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * One drag of a block: where it was taken (a move keeps the pointer's offset into the block, a resize moves the
     * end), the ghost that follows the pointer in five-minute steps, and the move handed on at the drop.
     */
    private final class BlockDrag implements StaffColumnPane.Dragging {
        private BookingBlock booking;
        private boolean resize;
        private double offsetMinutes;
        private boolean moved;
        private BlockMove target;

        @Override
        public void start(BookingBlock taken, boolean resizing, double offsetY) {
            booking = taken;
            resize = resizing;
            offsetMinutes = offsetY / PIXELS_PER_MINUTE;
            moved = false;
            target = null;
        }

        void drag(double sceneX, double sceneY) {
            if (booking == null) {
                return;
            }
            target = targetAt(sceneToLocal(sceneX, sceneY));
            if (target == null) {
                ghost.setVisible(false);
                return;
            }
            moved = true;
            ghost.setText(Formats.time(target.start()) + "–" + Formats.time(target.end()));
            double width = columnWidth();
            BookDay book = day.get();
            double top = HEADER + Duration.between(book.grid().start(), target.start()).toMinutes() * PIXELS_PER_MINUTE;
            double height = Duration.between(target.start(), target.end()).toMinutes() * PIXELS_PER_MINUTE;
            ghost.resizeRelocate(GUTTER + columnOf(target.staffId()) * width + 3, top, width - 6, height);
            ghost.setVisible(true);
            ghost.toFront();
        }

        void drop(double sceneX, double sceneY) {
            if (booking == null) {
                return;
            }
            BlockMove move = moved ? targetAt(sceneToLocal(sceneX, sceneY)) : null;
            booking = null;
            ghost.setVisible(false);
            if (rebuildAfterDrop) {
                rebuild();
            }
            if (move != null && !move.changesNothing()) {
                onMove.accept(move);
            }
        }

        boolean active() {
            return booking != null;
        }

        /** Where the booking lands with the pointer at {@code at}: snapped to five minutes, kept on the grid. */
        private BlockMove targetAt(Point2D at) {
            BookDay book = day.get();
            if (book == null || columns.isEmpty() || booking.end().equals(LocalTime.MAX)) {
                return null;
            }
            long gridMinutes = book.grid().length().toMinutes();
            double pointer = (at.getY() - HEADER) / PIXELS_PER_MINUTE;
            if (resize) {
                long start = Duration.between(book.grid().start(), booking.start()).toMinutes();
                long end = Math.min(gridMinutes, Math.max(start + SNAP_MINUTES, snap(pointer)));
                return new BlockMove(booking, booking.staffId(), booking.start(), book.grid().start().plusMinutes(end));
            }
            int index = (int) Math.floor((at.getX() - GUTTER) / columnWidth());
            index = Math.max(0, Math.min(columns.size() - 1, index));
            long length = booking.minutes();
            long start = Math.max(0, Math.min(gridMinutes - length, snap(pointer - offsetMinutes)));
            LocalTime from = book.grid().start().plusMinutes(start);
            return new BlockMove(booking, book.columns().get(index).staffId(), from, from.plusMinutes(length));
        }
    }

    /** The step a dragged block moves and resizes in. */
    static final int SNAP_MINUTES = 5;

    private static long snap(double minutes) {
        return Math.round(minutes / SNAP_MINUTES) * SNAP_MINUTES;
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
