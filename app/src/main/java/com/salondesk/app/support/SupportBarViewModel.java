package com.salondesk.app.support;

import com.salondesk.app.desk.DeskChanges;
import com.salondesk.app.desk.FrontDesk;
import com.salondesk.app.task.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The support strip above the main screen: how many dead letters wait for a person. Counted again after
 * each change to the read models and on every tick of the screen's timer, always off the FX thread.
 */
public final class SupportBarViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(SupportBarViewModel.class);

    private final FrontDesk desk;
    private final TaskExecutor tasks;

    // properties
    private final ReadOnlyIntegerWrapper deadLetters = new ReadOnlyIntegerWrapper(0);
    private final BooleanBinding anyDeadLetters = deadLetters.greaterThan(0);
    private final StringBinding badgeText = Bindings.createStringBinding(() -> switch (deadLetters.get()) {
        case 0 -> "No dead letters";
        case 1 -> "1 dead letter";
        default -> deadLetters.get() + " dead letters";
    }, deadLetters);
    /** A count is being read; another request meanwhile reads once more afterwards instead of piling up. */
    private boolean counting;
    private boolean countAgain;
    private boolean failedLastTime;

    public SupportBarViewModel(FrontDesk desk, TaskExecutor tasks, DeskChanges changes) {
        this.desk = desk;
        this.tasks = tasks;
        changes.onChange(this::refresh);
    }

    // commands

    /** Counts the dead letters again. */
    public void refresh() {
        if (counting) {
            countAgain = true;
            return;
        }
        counting = true;
        tasks.execute(() -> desk.local().runtime().handlers().deadLetters().countDead(), count -> {
            failedLastTime = false;
            deadLetters.set(count);
            counted();
        }, failure -> {
            // The badge keeps its last count; one line in the log is enough for a timer that keeps trying.
            if (!failedLastTime) {
                LOG.warn("could not count the dead letters: {}", failure.toString());
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

    public ReadOnlyIntegerProperty deadLettersProperty() {
        return deadLetters.getReadOnlyProperty();
    }

    public BooleanBinding anyDeadLetters() {
        return anyDeadLetters;
    }

    public StringBinding badgeText() {
        return badgeText;
    }
}
