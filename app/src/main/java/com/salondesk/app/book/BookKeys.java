package com.salondesk.app.book;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The book's keys, for the whole main window: next/previous day (Alt+→/←, Page Down/Up), next/previous week (the same
 * with Shift), today (Alt+Home, or Home or T), a new booking (Ctrl+N), find a customer (Ctrl+F: the field with id
 * {@code customerSearchField}, when the window has one), undo the last move (Ctrl+Z). Keys that type or move a caret
 * are left to a text field that has the focus.
 */
final class BookKeys {

    private static final KeyCombination PREVIOUS_DAY = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);
    private static final KeyCombination NEXT_DAY = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN);
    private static final KeyCombination PREVIOUS_WEEK = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination NEXT_WEEK = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination PAGE_UP = new KeyCodeCombination(KeyCode.PAGE_UP);
    private static final KeyCombination PAGE_DOWN = new KeyCodeCombination(KeyCode.PAGE_DOWN);
    private static final KeyCombination WEEK_UP = new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination WEEK_DOWN = new KeyCodeCombination(KeyCode.PAGE_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination TODAY = new KeyCodeCombination(KeyCode.HOME, KeyCombination.ALT_DOWN);
    private static final KeyCombination HOME = new KeyCodeCombination(KeyCode.HOME);
    private static final KeyCombination T = new KeyCodeCombination(KeyCode.T);
    private static final KeyCombination NEW_BOOKING = new KeyCodeCombination(KeyCode.N,
            KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private BookKeys() {
    }

    /** Listens on the window {@code book} is shown in, from the moment it is in one. */
    static void install(Node book, AppointmentBookViewModel viewModel, Runnable newBooking) {
        book.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && scene.getProperties().putIfAbsent(BookKeys.class, Boolean.TRUE) == null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                    if (handle(e, scene, viewModel, newBooking)) {
                        e.consume();
                    }
                });
            }
        });
    }

    private static boolean handle(KeyEvent e, Scene scene, AppointmentBookViewModel viewModel, Runnable newBooking) {
        boolean typing = scene.getFocusOwner() instanceof TextInputControl;
        if (PREVIOUS_WEEK.match(e) || (!typing && WEEK_UP.match(e))) {
            viewModel.previousWeek();
        } else if (NEXT_WEEK.match(e) || (!typing && WEEK_DOWN.match(e))) {
            viewModel.nextWeek();
        } else if (PREVIOUS_DAY.match(e) || (!typing && PAGE_UP.match(e))) {
            viewModel.previousDay();
        } else if (NEXT_DAY.match(e) || (!typing && PAGE_DOWN.match(e))) {
            viewModel.nextDay();
        } else if (TODAY.match(e) || (!typing && (HOME.match(e) || T.match(e)))) {
            viewModel.today();
        } else if (NEW_BOOKING.match(e)) {
            newBooking.run();
        } else if (FIND.match(e)) {
            Node search = scene.lookup("#customerSearchField");
            if (search == null) {
                return false;
            }
            search.requestFocus();
        } else if (!typing && UNDO.match(e)) {
            viewModel.undo();
        } else {
            return false;
        }
        return true;
    }
}
