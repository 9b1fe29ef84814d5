package com.salondesk.app.attention;

import com.salondesk.app.language.Texts;
import com.salondesk.app.port.DeskChanges;
import com.salondesk.app.port.NeedsAttention;
import com.salondesk.app.task.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "Needs attention (n)" counter on the main window: this desk's bookings that lost their time and wait for a
 * person. Counted again after each change to the read models (a pull from the server is one) and whenever asked,
 * always off the FX thread.
 */
public final class AttentionCounterViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(AttentionCounterViewModel.class);

    private final NeedsAttention attention;
    private final TaskExecutor tasks;

    // properties
    private final ReadOnlyIntegerWrapper open = new ReadOnlyIntegerWrapper(0);
    private final BooleanBinding anyOpen = open.greaterThan(0);
    private final StringBinding text = Bindings.createStringBinding(() -> Texts.get("attention.counter", open.get()),
            open);
    /** A count is being read; another request meanwhile reads once more afterwards instead of piling up. */
    private boolean counting;
    private boolean countAgain;
    private boolean failedLastTime;

    public AttentionCounterViewModel(NeedsAttention attention, TaskExecutor tasks, DeskChanges changes) {
        this.attention = attention;
        this.tasks = tasks;
        changes.onChange(this::refresh);
    }

    // commands

    /** Counts the open entries again. */
    public void refresh() {
        if (counting) {
            countAgain = true;
            return;
        }
        counting = true;
        tasks.execute(attention::openCount, count -> {
            failedLastTime = false;
            open.set(count);
            counted();
        }, failure -> {
            // The counter keeps its last count; one line in the log is enough for a timer that keeps trying.
            if (!failedLastTime) {
                LOG.warn("could not count the bookings that need attention: {}", failure.toString());
            }
            failedLastTime = true;
            counted();
        });
    }

    private void counted() {
        counting = false;
        if (countAgain) {
            countAgain = false;
            refresh();
        }
    }

    // property accessors

    public ReadOnlyIntegerProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public BooleanBinding anyOpen() {
        return anyOpen;
    }

    /** "Needs attention (2)". */
    public StringBinding text() {
        return text;
    }
}
