package com.salondesk.app.book.week;

import com.salondesk.app.book.BookingBlock;
import com.salondesk.app.language.Formats;
import com.salondesk.app.language.Texts;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.geometry.VPos;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The book's week as a grid: time down the side, seven days across (Monday first), each day split into narrow
 * columns, one per stylist on duty; a closed day is a narrow hatched strip. Day headers have the id
 * {@code weekday-<date>} and open that day in the day view on a double-click.
 */
public final class WeekGrid extends Region {

    static final double DAY_HEADER = 38;
    static final double STAFF_HEADER = 18;
    static final double HEADER = DAY_HEADER + STAFF_HEADER;
    static final double GUTTER = 50;
    static final double MIN_COLUMN = 22;
    static final double CLOSED_DAY = 56;
    static final double PIXELS_PER_MINUTE = 1.0;
    private static final Font STAFF_FONT = Font.font(10);
    private static final Color STAFF_COLOUR = Color.web("#555555");
    private static final PseudoClass TODAY = PseudoClass.getPseudoClass("today");

    /** One day's nodes: its header, its columns' headers and bodies (a closed day has one hatched body). */
    private record DayNodes(WeekDay day, Region header, List<Region> staffHeaders, List<Region> bodies) {
    }

    private final ObjectProperty<BookWeek> week = new SimpleObjectProperty<>(this, "week");
    private final ObjectProperty<LocalDateTime> now = new SimpleObjectProperty<>(this, "now");
    private final Region nowLine = new Region();
    private final List<DayNodes> days = new ArrayList<>();
    private final List<Label> hourLabels = new ArrayList<>();
    private final List<Region> hourLines = new ArrayList<>();
    private Function<BookingBlock, ContextMenu> blockMenu = b -> null;
    private Consumer<LocalDate> onOpenDay = d -> { };

    public WeekGrid() {
        getStyleClass().addAll("day-grid", "week-grid");
        nowLine.setId("weekNowLine");
        nowLine.getStyleClass().add("now-line");
        nowLine.setMouseTransparent(true);
        week.addListener((obs, old, shown) -> rebuild());
        now.addListener((obs, old, time) -> {
            markToday();
            requestLayout();
        });
    }

    public ObjectProperty<BookWeek> weekProperty() {
        return week;
    }

    /** The branch's date and time now, marked across today's columns; null when today is not in the week. */
    public ObjectProperty<LocalDateTime> nowProperty() {
        return now;
    }

    /** Builds the menu a block opens when it is clicked. */
    public void setBlockMenu(Function<BookingBlock, ContextMenu> blockMenu) {
        this.blockMenu = blockMenu;
    }

    /** Called with the day whose header was double-clicked. */
    public void setOnOpenDay(Consumer<LocalDate> onOpenDay) {
        this.onOpenDay = onOpenDay;
    }

    /** "Mon 30 Nov" in the desk's language. */
    static String shortDay(LocalDate date) {
        return DateTimeFormatter.ofPattern(Texts.get("week.dayHeader.pattern"), Texts.locale()).format(date);
    }

    private void rebuild() {
        getChildren().clear();
        days.clear();
        hourLabels.clear();
        hourLines.clear();
        BookWeek shown = week.get();
        if (shown == null) {
            return;
        }
        for (LocalTime hour = shown.grid().start(); hour.isBefore(shown.grid().end()); hour = hour.plusHours(1)) {
            Label label = new Label(Formats.time(hour));
            label.getStyleClass().add("hour-label");
            hourLabels.add(label);
            Region line = new Region();
            line.getStyleClass().add("hour-line");
            line.setMouseTransparent(true);
            hourLines.add(line);
            if (hour.getHour() == 23) {
                break;
            }
        }
        List<Region> bodies = new ArrayList<>();
        List<Region> headers = new ArrayList<>();
        for (WeekDay day : shown.days()) {
            DayNodes nodes = nodesOf(day, shown);
            days.add(nodes);
            bodies.addAll(nodes.bodies());
            headers.add(nodes.header());
            headers.addAll(nodes.staffHeaders());
        }
        getChildren().addAll(bodies);
        getChildren().addAll(hourLines);
        getChildren().addAll(hourLabels);
        getChildren().addAll(headers);
        getChildren().add(nowLine);
        markToday();
        requestLayout();
    }

    private void markToday() {
        LocalDateTime time = now.get();
        for (DayNodes nodes : days) {
            nodes.header().pseudoClassStateChanged(TODAY, time != null && nodes.day().date().equals(time.toLocalDate()));
        }
    }

    private DayNodes nodesOf(WeekDay day, BookWeek shown) {
        Label date = new Label(shortDay(day.date()));
        date.getStyleClass().add("week-day-name");
        Label count = new Label(day.closed() ? Texts.get("week.closed")
                : Texts.get("week.dayCount", day.appointments()));
        count.getStyleClass().add("staff-role");
        count.setId("weekday-count-" + day.date());
        VBox header = new VBox(date, count);
        header.setId("weekday-" + day.date());
        header.getStyleClass().addAll("staff-header", "week-day-header");
        header.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (!header.getProperties().containsKey(Tooltip.class)) {
                Tooltip tip = new Tooltip(Texts.get("week.openDay", Formats.fullDate(day.date())));
                Tooltip.install(header, tip);
                header.getProperties().put(Tooltip.class, tip);
            }
        });
        header.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                onOpenDay.accept(day.date());
            }
        });
        List<Region> staffHeaders = new ArrayList<>();
        List<Region> bodies = new ArrayList<>();
        if (day.closed() || day.columns().isEmpty()) {
            Region body = new Label(day.closed() ? Texts.get("week.closed") : Texts.get("week.nobodyOnDuty"));
            body.setId("week-closed-" + day.date());
            body.getStyleClass().addAll(day.closed() ? "closed-time" : "off-duty-time", "week-closed-day");
            bodies.add(body);
        }
        for (WeekColumn column : day.columns()) {
            staffHeaders.add(staffHeader(column, day));
            bodies.add(new WeekColumnPane(column, day, shown.grid(), blockMenu));
        }
        if (!bodies.isEmpty()) {
            bodies.getFirst().getStyleClass().add("week-day-start");
        }
        return new DayNodes(day, header, staffHeaders, bodies);
    }

    /**
     * A stylist's name above their column, as far as it fits: a region with a text rather than a label (a week has
     * a hundred or more of them); the whole name is what a screen reader says.
     */
    private static Region staffHeader(WeekColumn column, WeekDay day) {
        Text name = new Text(column.staff().name());
        name.setFont(STAFF_FONT);
        name.setFill(STAFF_COLOUR);
        name.setTextOrigin(VPos.TOP);
        name.relocate(2, 2);
        Pane header = new Pane(name);
        header.setId("week-staff-" + day.date() + "-" + column.staffId());
        header.getStyleClass().add("week-staff-name");
        header.setAccessibleText(column.staff().name());
        header.setMinWidth(0);
        // No clip: the next header, drawn after this one on an opaque background, covers a name that runs on.
        return header;
    }

    private boolean narrow(DayNodes nodes) {
        return nodes.staffHeaders().isEmpty();
    }

    /** The width of a stylist's column: the room left after the narrow days, shared, but never below MIN_COLUMN. */
    private double columnWidth() {
        int columns = 0;
        int narrowDays = 0;
        for (DayNodes nodes : days) {
            if (narrow(nodes)) {
                narrowDays++;
            } else {
                columns += nodes.staffHeaders().size();
            }
        }
        return columns == 0 ? MIN_COLUMN
                : Math.max(MIN_COLUMN, (getWidth() - GUTTER - narrowDays * CLOSED_DAY - snappedRightInset()) / columns);
    }

    private double gridHeight() {
        BookWeek shown = week.get();
        return shown == null ? 0 : shown.grid().length().toMinutes() * PIXELS_PER_MINUTE;
    }

    @Override
    protected void layoutChildren() {
        double column = columnWidth();
        double height = gridHeight();
        double x = GUTTER;
        LocalDateTime time = now.get();
        BookWeek shown = week.get();
        nowLine.setVisible(false);
        for (DayNodes nodes : days) {
            double dayWidth = narrow(nodes) ? CLOSED_DAY : column * nodes.staffHeaders().size();
            nodes.header().resizeRelocate(x, 0, dayWidth, DAY_HEADER);
            if (narrow(nodes)) {
                nodes.bodies().getFirst().resizeRelocate(x, HEADER, dayWidth, height);
            } else {
                for (int i = 0; i < nodes.bodies().size(); i++) {
                    nodes.staffHeaders().get(i).resizeRelocate(x + i * column, DAY_HEADER, column, STAFF_HEADER);
                    nodes.bodies().get(i).resizeRelocate(x + i * column, HEADER, column, height);
                }
            }
            if (time != null && shown != null && nodes.day().date().equals(time.toLocalDate()) && !narrow(nodes)
                && !time.toLocalTime().isBefore(shown.grid().start()) && time.toLocalTime().isBefore(shown.grid().end())) {
                double y = HEADER + Duration.between(shown.grid().start(), time.toLocalTime()).toMinutes()
                                    * PIXELS_PER_MINUTE;
                nowLine.resizeRelocate(x, y - 1, dayWidth, 2);
                nowLine.setVisible(true);
            }
            x += dayWidth;
        }
        for (int i = 0; i < hourLabels.size(); i++) {
            double y = HEADER + i * 60 * PIXELS_PER_MINUTE;
            hourLabels.get(i).resizeRelocate(4, y - 7, GUTTER - 8, 16);
            hourLines.get(i).resizeRelocate(GUTTER, y, Math.max(0, x - GUTTER), 1);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        double width = GUTTER;
        for (DayNodes nodes : days) {
            width += narrow(nodes) ? CLOSED_DAY : MIN_COLUMN * nodes.staffHeaders().size();
        }
        return width;
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
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
