package com.salondesk.app.attention;

import com.salondesk.app.language.Texts;
import com.salondesk.app.port.DeskChanges;
import com.salondesk.app.port.NeedsAttention;
import com.salondesk.app.task.BackgroundCount;
import com.salondesk.app.task.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;

/**
 * The "Needs attention (n)" counter on the main window: this desk's bookings that lost their time and wait for a
 * person. Counted again after each change to the read models (a pull from the server is one) and whenever asked,
 * always off the FX thread.
 */
public final class AttentionCounterViewModel {

    // properties
    private final BackgroundCount open;
    private final BooleanBinding anyOpen;
    private final StringBinding text;

    public AttentionCounterViewModel(NeedsAttention attention, TaskExecutor tasks, DeskChanges changes) {
        this.open = new BackgroundCount(tasks, attention::openCount, "the bookings that need attention");
        this.anyOpen = open.value().greaterThan(0);
        this.text = Bindings.createStringBinding(() -> Texts.get("attention.counter", open.value().get()),
                open.value());
        changes.onChange(this::refresh);
    }

    // commands

    /** Counts the open entries again. */
    public void refresh() {
        open.refresh();
    }

    // property accessors

    public ReadOnlyIntegerProperty openProperty() {
        return open.value();
    }

    public BooleanBinding anyOpen() {
        return anyOpen;
    }

    /** "Needs attention (2)". */
    public StringBinding text() {
        return text;
    }
}
