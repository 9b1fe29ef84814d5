package com.salondesk.app.book;

import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;

/**
 * The week view as the book's Day|Week toggle puts it in place of the day. The book hands over the menu its day
 * view opens on a block, so a block in the week offers the same actions. Built by the composition root, so the book
 * does not depend on the week's package (which depends on the book's).
 */
@FunctionalInterface
public interface WeekPage {

    /** Builds the week's screen, whose blocks open {@code blockMenu}'s menu. */
    Node build(Function<BookingBlock, ContextMenu> blockMenu);
}
