package com.salondesk.app.diagnostics;

import com.salondesk.app.desk.Explanation;
import com.salondesk.app.language.Texts;
import com.salondesk.app.language.Formats;
import com.salondesk.app.port.ChainSync;
import com.salondesk.app.port.ConnectionView;
import com.salondesk.app.port.Diagnostics;
import com.salondesk.app.port.RefusedEvent;
import com.salondesk.app.port.SyncView;
import com.salondesk.app.sync.SyncWords;
import com.salondesk.app.port.ProcessingStatus;
import com.salondesk.app.port.RebuildProgress;
import com.salondesk.app.task.TaskExecutor;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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
 * runs on a worker of its own and reports its progress, so the desk stays usable meanwhile. Below them, the desk's
 * sync with the chain: server, device, how far it has pulled, the server's head, lag, what waits to be sent, and
 * the events the server refused with its reasons.
 */
public final class DiagnosticsViewModel {

    private final Diagnostics desk;
    private final ChainSync sync;
    private final ZoneId zone;
    private final TaskExecutor reads;
    private final TaskExecutor rebuilds;
    private final Consumer<Runnable> fxThread;
    private final Clock clock;

    // properties
    private final ObservableList<DiagnosticsRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<DiagnosticsRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper head = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper rebuilding = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper rebuildProgress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper syncServer = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper syncDevice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper syncConnection = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper syncPosition = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper syncPending = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper syncLast = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper syncProblem = new ReadOnlyStringWrapper("");
    private final ObservableList<RefusedEvent> refused = FXCollections.observableArrayList();
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
    public DiagnosticsViewModel(Diagnostics desk, TaskExecutor reads, TaskExecutor rebuilds, Consumer<Runnable> fxThread) {
        this(desk, null, Clock.systemDefaultZone(), reads, rebuilds, fxThread);
    }

    /**
     * As above, with the desk's sync shown below the read models and handlers.
     *
     * @param clock its zone is the one times are shown in; today's sync shows only its time
     */
    public DiagnosticsViewModel(Diagnostics desk, ChainSync sync, Clock clock, TaskExecutor reads,
                                TaskExecutor rebuilds, Consumer<Runnable> fxThread) {
        this.desk = desk;
        this.sync = sync;
        this.clock = clock;
        this.zone = clock.getZone();
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
            message.set(Texts.get("diagnostics.unreadable", Explanation.of(failure)));
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
        message.set(Texts.get("diagnostics.rebuilding", name));
        ProgressListener listener = new ProgressListener();
        long started = System.nanoTime();
        rebuilds.execute(() -> desk.rebuild(name, listener), events -> {
            rebuilding.set(false);
            rebuildProgress.set(1);
            message.set(Texts.get("diagnostics.rebuilt", name, events, (System.nanoTime() - started) / 1e9));
            refresh();
        }, failure -> {
            rebuilding.set(false);
            rebuildProgress.set(0);
            message.set(Texts.get("diagnostics.rebuildFailed", name, Explanation.of(failure)));
            refresh();
        });
    }

    /** Feeds the progress bar from the rebuild's progress reports, one hop to the FX thread per burst. */
    private final class ProgressListener implements Consumer<RebuildProgress> {
        private final AtomicReference<RebuildProgress> latest = new AtomicReference<>();
        private final AtomicBoolean scheduled = new AtomicBoolean();

        @Override
        public void accept(RebuildProgress progress) {
            latest.set(progress);
            if (scheduled.compareAndSet(false, true)) {
                fxThread.accept(() -> {
                    scheduled.set(false);
                    RebuildProgress now = latest.get();
                    if (rebuilding.get()) {
                        rebuildProgress.set(now.fraction());
                        message.set(Texts.get("diagnostics.rebuildProgress.message", now.readModel(), now.fraction(),
                                now.position(), now.head()));
                    }
                });
            }
        }
    }

    // reading

    private record Status(long head, List<DiagnosticsRow> readModels, List<DiagnosticsRow> handlers,
                          SyncDetails sync) {
    }

    private record SyncDetails(ConnectionView connection, SyncView state, List<RefusedEvent> refused) {
    }

    private Status read(boolean readModelsToo) {
        long headPosition = desk.headPosition();
        List<DiagnosticsRow> readModels = readModelsToo ? rows(DiagnosticsRow.Kind.READ_MODEL, desk.readModels())
                : null;
        List<DiagnosticsRow> handlers = rows(DiagnosticsRow.Kind.HANDLER, desk.handlers());
        SyncDetails details = sync == null ? null
                : new SyncDetails(sync.connection(), sync.state(), sync.refusedEvents());
        return new Status(headPosition, readModels, handlers, details);
    }

    private static List<DiagnosticsRow> rows(DiagnosticsRow.Kind kind, List<ProcessingStatus> statuses) {
        return statuses.stream().map(s -> DiagnosticsRow.of(kind, s)).toList();
    }

    private void shown(Status status) {
        if (status.readModels() != null) {
            lastReadModels = status.readModels();
        }
        head.set(Texts.get(status.handlers().isEmpty() ? "diagnostics.headNoHandlers" : "diagnostics.head",
                status.head()));
        if (status.sync() != null) {
            showSync(status.sync());
        }
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

    private void showSync(SyncDetails details) {
        ConnectionView connection = details.connection();
        SyncView state = details.state();
        syncServer.set(connection.connected() ? connection.server().toString()
                : Texts.get("diagnostics.sync.standalone"));
        syncDevice.set(Texts.get("diagnostics.sync.device", connection.deviceId(), connection.branchId(),
                connection.tenantId()));
        syncConnection.set(SyncWords.explanation(state.connection()));
        if (connection.connected()) {
            syncPosition.set(Texts.get("diagnostics.sync.position", state.pulledThrough(), state.serverHead(),
                    state.lag()));
            syncPending.set(Texts.get("diagnostics.sync.pending", state.pending(), state.refused()));
        } else {
            // A standalone desk sends nothing: its events stay here, and there is no server position to speak of.
            syncPosition.set("—");
            syncPending.set(Texts.get("diagnostics.sync.pendingStandalone", state.pending()));
        }
        syncLast.set(SyncWords.lastSync(state.lastSuccess(), clock));
        syncProblem.set(state.problem() == null ? "" : state.problem());
        if (!details.refused().equals(refused)) {
            refused.setAll(details.refused());
        }
    }

    /** When the server refused an event, in the desk's zone, for the refused events' table. */
    public String refusedAt(RefusedEvent event) {
        return event.recordedAt() == null ? "" : Formats.instant(event.recordedAt(), zone);
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

    /** False for a screen made without the desk's sync (then the sync part is hidden). */
    public boolean showsSync() {
        return sync != null;
    }

    public ReadOnlyStringProperty syncServerProperty() {
        return syncServer.getReadOnlyProperty();
    }

    /** "desk-soho-1 of branch soho, tenant test-salons". */
    public ReadOnlyStringProperty syncDeviceProperty() {
        return syncDevice.getReadOnlyProperty();
    }

    /** Online or offline and what it means, in words. */
    public ReadOnlyStringProperty syncConnectionProperty() {
        return syncConnection.getReadOnlyProperty();
    }

    /** Pulled through, the server's head, and the lag. */
    public ReadOnlyStringProperty syncPositionProperty() {
        return syncPosition.getReadOnlyProperty();
    }

    /** Events waiting to be sent, and those the server refused. */
    public ReadOnlyStringProperty syncPendingProperty() {
        return syncPending.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty syncLastProperty() {
        return syncLast.getReadOnlyProperty();
    }

    /** The sync client's last problem, as it put it (for support). */
    public ReadOnlyStringProperty syncProblemProperty() {
        return syncProblem.getReadOnlyProperty();
    }

    /** This desk's events the server refused as invalid, with its reasons. */
    public ObservableList<RefusedEvent> refusedEvents() {
        return refused;
    }
}
