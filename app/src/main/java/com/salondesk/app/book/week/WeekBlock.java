package com.salondesk.app.book.week;

import com.salondesk.app.book.BookingBlock;
import com.salondesk.app.language.Texts;
import com.salondesk.domain.booking.BookingStatus;
import java.time.LocalDate;
import java.util.function.Function;
import javafx.geometry.Side;
import javafx.geometry.VPos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * A booking in the week: a narrow block in the day view's status colours with the customer's name, clipped. A plain
 * region with one text rather than a label, because a week draws hundreds of them; its summary (the tooltip and
 * what a screen reader says) is written when it is first asked for.
 */
final class WeekBlock extends Region {

    private static final Font FONT = Font.font(null, FontWeight.BOLD, 10);

    private final Text name;
    private final BookingBlock booking;
    private final LocalDate date;
    private String summary;

    WeekBlock(BookingBlock booking, LocalDate date, Function<BookingBlock, ContextMenu> blockMenu) {
        this.booking = booking;
        this.date = date;
        setId("booking-" + booking.bookingId());
        getStyleClass().addAll("booking-block", "week-block", booking.statusStyleClass());
        name = new Text(booking.customerName());
        // Font and strike-through set here rather than by style sheet: hundreds of texts, no CSS to match.
        name.getStyleClass().add("week-block-text");
        name.setFont(FONT);
        name.setStrikethrough(booking.status() == BookingStatus.CANCELLED || booking.status() == BookingStatus.NO_SHOW);
        name.setManaged(false);
        name.setTextOrigin(VPos.TOP);
        getChildren().add(name);
        // Its column clips the name; a block below or beside it is drawn over what runs on.
        setMinSize(0, 0);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.BUTTON);
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (getProperties().get(Tooltip.class) == null) {
                Tooltip tip = new Tooltip(summary());
                Tooltip.install(this, tip);
                getProperties().put(Tooltip.class, tip);
            }
        });
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1) {
                show(blockMenu.apply(booking), e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
        setOnContextMenuRequested(e -> {
            if (e.isKeyboardTrigger()) {
                showBelow(blockMenu.apply(booking));
            } else {
                show(blockMenu.apply(booking), e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                showBelow(blockMenu.apply(booking));
                e.consume();
            }
        });
    }

    /** The customer's name as the block shows it. */
    String text() {
        return name.getText();
    }

    /** "Wed 2 Dec · 10:00–10:45 · Jane Doe · Cut & finish · Confirmed", and why it was cancelled if it was. */
    String summary() {
        if (summary == null) {
            String cancelText = booking.cancelText();
            summary = cancelText == null
                    ? Texts.get("week.block.summary", WeekGrid.shortDay(date), booking.times(), booking.customerName(),
                            booking.serviceName(), booking.statusText())
                    : Texts.get("week.block.summaryWithReason", WeekGrid.shortDay(date), booking.times(),
                            booking.customerName(), booking.serviceName(), booking.statusText(), cancelText);
        }
        return summary;
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        return attribute == AccessibleAttribute.TEXT ? summary() : super.queryAccessibleAttribute(attribute, parameters);
    }

    private void show(ContextMenu menu, double x, double y) {
        if (menu != null) {
            menu.show(this, x, y);
        }
    }

    private void showBelow(ContextMenu menu) {
        if (menu != null) {
            menu.show(this, Side.BOTTOM, 4, -Math.min(getHeight(), 16));
        }
    }

    @Override
    protected void layoutChildren() {
        // Below the block's top edge and right of its status stripe, by the font's ascent.
        name.relocate(snappedLeftInset(), snappedTopInset());
    }
}
