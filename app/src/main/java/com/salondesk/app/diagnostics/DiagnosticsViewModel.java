package com.salondesk.app.diagnostics;

import com.google.common.eventbus.EventBus;
import com.google.common.eventbus.Subscribe;
import com.salondesk.app.desk.Explanation;
import com.salondesk.app.desk.FrontDesk;
import com.salondesk.app.task.TaskExecutor;
import com.salondesk.persistence.runtime.ReplayProgress;
import com.salondesk.persistence.runtime.HandlerStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * How the desk's read models and event handlers keep up with its log: position, lag, failures, retries
 * and dead letters, read again on every refresh. A read model can be rebuilt from the log; the rebuild
 * runs on a worker of its own and reports its progress, so the desk stays usable meanwhile.
 */
public final class DiagnosticsViewModel {

    private final FrontDesk desk;
    private final TaskExecutor reads;
    private final TaskExecutor rebuilds;
    private final Consumer<Runnable> fxThread;

    // properties
    private final ObservableList<DiagnosticsRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<DiagnosticsRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper head = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper rebuilding = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper rebuildProgress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding canRebuild = Bindings.createBooleanBinding(
            () -> selected.get() != null && selected.get().isReadModel(), selected).and(rebuilding.not());

    /** A read is running; another request meanwhile reads once more afterwards instead of piling up. */
    private boolean reading;
    private boolean readAgain;
    /** True while the rows are replaced: the table drops its selection then, which is no choice of the person. */
    private boolean replacing;
    private List<DiagnosticsRow> lastReadModels = List.of();

    /**
     * @param reads    reads the status (quick)
     * @param rebuilds runs rebuilds (long); a worker of its own so reads and the rest of the desk go on
     * @param fxThread how to run on the FX thread ({@code Platform::runLater} in the app), for progress
     */
    public DiagnosticsViewModel(FrontDesk desk, TaskExecutor reads, TaskExecutor rebuilds, Consumer<Runnable> fxThread) {
        this.desk = desk;
        this.reads = reads;
        this.rebuilds = rebuilds;
        this.fxThread = fxThread;
    }

    // commands

    /** Reads every read model's and handler's status again. */
    public void refresh() {
        if (reading) {
            readAgain = true;
            return;
        }
        reading = true;
        // A rebuild holds the read models' worker, so their status would wait for it: keep the last one meanwhile.
        boolean readModelsToo = !rebuilding.get();
        reads.execute(() -> read(readModelsToo), this::shown, failure -> {
            message.set("The desk's status could not be read. " + Explanation.of(failure));
            doneReading();
        });
    }

    /** Rebuilds the selected read model from the log beside the live one, then swaps it in. */
    public void rebuildSelected() {
        DiagnosticsRow row = selected.get();
        if (!canRebuild.get()) {
            return;
        }
        String name = row.name();
        rebuilding.set(true);
        rebuildProgress.set(0);
        message.set("Rebuilding " + name + " from the log…");
        EventBus bus = desk.local().bus();
        ProgressListener listener = new ProgressListener(name);
        bus.register(listener);
        long started = System.nanoTime();
        rebuilds.execute(() -> {
            desk.local().runtime().projections().rebuild(name);
            return desk.local().log().headPosition();
        }, events -> {
            bus.unregister(listener);
            rebuilding.set(false);
            rebuildProgress.set(1);
            message.set(String.format(Locale.UK, "%s was rebuilt from %,d events in %.1f s.", name, events,
                    (System.nanoTime() - started) / 1e9));
            refresh();
        }, failure -> {
            bus.unregister(listener);
            rebuilding.set(false);
            rebuildProgress.set(0);
            message.set(name + " could not be rebuilt. " + Explanation.of(failure));
            refresh();
        });
    }

    /** Feeds the progress bar from the rebuild's progress reports, one hop to the FX thread per burst. */
    private final class ProgressListener {
        private final String projection;
        private final AtomicReference<ReplayProgress> latest = new AtomicReference<>();
        private final AtomicBoolean scheduled = new AtomicBoolean();

        ProgressListener(String projection) {
            this.projection = projection;
        }

        @Subscribe
        public void on(ReplayProgress progress) {
            if (!progress.projection().equals(projection)) {
                return;
            }
            latest.set(progress);
            if (scheduled.compareAndSet(false, true)) {
                fxThread.accept(() -> {
                    scheduled.set(false);
                    ReplayProgress now = latest.get();
                    if (rebuilding.get()) {
                        rebuildProgress.set(now.fraction());
                        message.set(String.format(Locale.UK, "Rebuilding %s from the log… %d%% (%,d of %,d events)",
                                projection, Math.round(now.fraction() * 100), now.position(), now.head()));
                    }
                });
            }
        }
    }

    // reading

    private record Status(long head, List<DiagnosticsRow> readModels, List<DiagnosticsRow> handlers) {
    }

    private Status read(boolean readModelsToo) {
        long headPosition = desk.local().log().headPosition();
        List<DiagnosticsRow> readModels = readModelsToo ? rows(DiagnosticsRow.Kind.READ_MODEL,
                desk.local().runtime().projections().status()) : null;
        List<DiagnosticsRow> handlers = rows(DiagnosticsRow.Kind.HANDLER, desk.local().runtime().handlers().status());
        return new Status(headPosition, readModels, handlers);
    }

    private static List<DiagnosticsRow> rows(DiagnosticsRow.Kind kind, List<HandlerStatus> statuses) {
        return statuses.stream().map(s -> DiagnosticsRow.of(kind, s)).toList();
    }

    private void shown(Status status) {
        if (status.readModels() != null) {
            lastReadModels = status.readModels();
        }
        head.set(String.format(Locale.UK, "The log holds %,d events.", status.head())
                 + (status.handlers().isEmpty() ? " No event handlers run on this desk." : ""));
        List<DiagnosticsRow> now = new ArrayList<>(lastReadModels);
        now.addAll(status.handlers());
        if (!now.equals(rows)) {
            DiagnosticsRow before = selected.get();
            DiagnosticsRow after = before == null ? null : now.stream()
                    .filter(r -> r.kind() == before.kind() && r.name().equals(before.name())).findFirst().orElse(null);
            replacing = true;
            try {
                rows.setAll(now);
                selected.set(null);
            } finally {
                replacing = false;
            }
            selected.set(after);
        }
        doneReading();
    }

    private void doneReading() {
        reading = false;
        if (readAgain) {
            readAgain = false;
            refresh();
        }
    }

    /** Called by the view when the table's selection changes; ignored while the rows are being replaced. */
    public void select(DiagnosticsRow row) {
        if (!replacing) {
            selected.set(row);
        }
    }

    // property accessors

    public ObservableList<DiagnosticsRow> rows() {
        return rows;
    }

    public ObjectProperty<DiagnosticsRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty headProperty() {
        return head.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty rebuildingProperty() {
        return rebuilding.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty rebuildProgressProperty() {
        return rebuildProgress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BooleanBinding canRebuild() {
        return canRebuild;
    }
}
