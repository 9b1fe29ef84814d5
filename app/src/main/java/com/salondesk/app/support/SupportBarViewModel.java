package com.salondesk.app.support;

import com.salondesk.app.language.Texts;
import com.salondesk.app.port.DeadLetters;
import com.salondesk.app.port.DeskChanges;
import com.salondesk.app.task.BackgroundCount;
import com.salondesk.app.task.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;

/**
 * The support strip above the main screen: how many dead letters wait for a person. Counted again after
 * each change to the read models and on every tick of the screen's timer, always off the FX thread.
 */
public final class SupportBarViewModel {

    // properties
    private final BackgroundCount deadLetters;
    private final BooleanBinding anyDeadLetters;
    private final StringBinding badgeText;

    public SupportBarViewModel(DeadLetters deadLetterDesk, TaskExecutor tasks, DeskChanges changes) {
        this.deadLetters = new BackgroundCount(tasks, deadLetterDesk::countDead, "the dead letters");
        this.anyDeadLetters = deadLetters.value().greaterThan(0);
        this.badgeText = Bindings.createStringBinding(() -> Texts.get("support.badge", deadLetters.value().get()),
                deadLetters.value());
        changes.onChange(this::refresh);
    }

    // commands

    /** Counts the dead letters again. */
    public void refresh() {
        deadLetters.refresh();
    }

    // property accessors

    public ReadOnlyIntegerProperty deadLettersProperty() {
        return deadLetters.value();
    }

    public BooleanBinding anyDeadLetters() {
        return anyDeadLetters;
    }

    public StringBinding badgeText() {
        return badgeText;
    }
}
