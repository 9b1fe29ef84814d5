package com.salondesk.app.sync;

import com.salondesk.app.desk.Explanation;
import com.salondesk.app.language.Texts;
import com.salondesk.app.port.ChainSync;
import com.salondesk.app.port.SyncUnavailable;
import com.salondesk.app.port.SyncView;
import com.salondesk.app.task.TaskExecutor;
import com.salondesk.app.task.LatestOnly;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The sync line on the main window: online or offline (or the token refused, the desk revoked), what waits to
 * be sent, the last successful sync and how far the desk is behind the server — kept up to date from the sync
 * client's own reports. "Sync now" runs a round off the FX thread and says how it went.
 */
public final class SyncStatusViewModel {

    private final ChainSync sync;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final Consumer<Runnable> fxThread;

    // properties
    private final ReadOnlyObjectWrapper<SyncView> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper line = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper roundMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper syncing = new ReadOnlyBooleanWrapper(false);

    /**
     * @param fxThread how to run on the FX thread ({@code Platform::runLater} in the app): the sync client reports
     *                 on its own thread, and a burst of reports becomes one hop with the latest state
     */
    public SyncStatusViewModel(ChainSync sync, TaskExecutor tasks, Clock clock, Consumer<Runnable> fxThread) {
        this.sync = sync;
        this.tasks = tasks;
        this.clock = clock;
        this.fxThread = fxThread;
    }

    // commands

    /** Reads the state once and follows every change after it. */
    public void start() {
        sync.onChange(new LatestOnly<SyncView>(fxThread, this::show));
        tasks.execute(sync::state, this::show, failure -> line.set(Texts.get("sync.line.unreadable")));
    }

    /** Runs one round now (push, then pull) and says what it did or why it could not. */
    public void syncNow() {
        if (syncing.get()) {
            return;
        }
        syncing.set(true);
        roundMessage.set(Texts.get("sync.now.running"));
        tasks.execute(sync::syncNow, round -> {
            syncing.set(false);
            roundMessage.set(Texts.get("sync.now.done", round.pushed(), round.pulled(), round.pending(),
                    round.conflicts()));
        }, failure -> {
            syncing.set(false);
            roundMessage.set(failure instanceof SyncUnavailable unavailable
                    ? SyncWords.unavailable(unavailable.reason()) : Explanation.of(failure));
        });
    }

    /** The round's words have been read: the strip goes back to the sync line alone. */
    public void clearRoundMessage() {
        if (!syncing.get()) {
            roundMessage.set("");
        }
    }

    private void show(SyncView now) {
        // The state last: whoever follows it (a listener, or a test reading from another thread) finds the line and
        // its explanation already saying the same thing.
        line.set(SyncWords.line(now, clock));
        details.set(SyncWords.explanation(now.connection()));
        state.set(now);
    }

    // property accessors

    public ReadOnlyObjectProperty<SyncView> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lineProperty() {
        return line.getReadOnlyProperty();
    }

    /** What the state means and what to do, for the line's tooltip. */
    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** How the last round asked for went; empty until one is asked for. */
    public ReadOnlyStringProperty roundMessageProperty() {
        return roundMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty syncingProperty() {
        return syncing.getReadOnlyProperty();
    }
}
