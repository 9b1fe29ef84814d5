package com.salondesk.app.connect;

import com.salondesk.app.desk.Explanation;
import com.salondesk.app.language.Formats;
import com.salondesk.app.language.Texts;
import com.salondesk.app.port.ConnectionView;
import com.salondesk.app.port.DownloadProgress;
import com.salondesk.app.port.FirstStartChoices;
import com.salondesk.app.port.SyncUnavailable;
import com.salondesk.app.sync.SyncWords;
import com.salondesk.app.task.LatestOnly;
import com.salondesk.app.task.TaskExecutor;
import java.time.Duration;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The first start on an empty data folder: connect to the chain's sync server (then download its history, with
 * events received, events per second and the time left) or work standalone on the demo chain. When the desk is
 * ready, {@code whenReady} opens the book.
 */
public final class FirstStartViewModel {

    /** Where the first start stands. */
    public enum Step {
        /** The person chooses: connect or standalone. */
        CHOOSING,
        /** Connected; the chain's events so far are being downloaded. */
        DOWNLOADING,
        /** The demo chain is being recorded. */
        PREPARING_DEMO,
        /** The desk is ready; the book opens. */
        READY
    }

    private final FirstStartChoices choices;
    private final TaskExecutor tasks;
    private final Consumer<Runnable> fxThread;
    private final Runnable whenReady;
    private final ConnectFormViewModel form;

    // properties
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.CHOOSING);
    private final ReadOnlyStringWrapper connectedTo = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper downloaded = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper received = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rate = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timeLeft = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper preparing = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper downloadProblem = new ReadOnlyStringWrapper("");

    /**
     * @param fxThread  how to run on the FX thread ({@code Platform::runLater} in the app), for progress
     * @param whenReady runs on the FX thread once the desk is connected and downloaded, or the demo recorded
     */
    public FirstStartViewModel(FirstStartChoices choices, TaskExecutor tasks, Consumer<Runnable> fxThread,
                               Runnable whenReady) {
        this.choices = choices;
        this.tasks = tasks;
        this.fxThread = fxThread;
        this.whenReady = whenReady;
        this.form = new ConnectFormViewModel(choices, tasks);
        form.connectedProperty().addListener((obs, old, now) -> {
            if (now != null) {
                download(now);
            }
        });
    }

    // commands

    /** Records the demo chain and opens the book on it: today's behaviour, for training and trying out. */
    public void workStandalone() {
        if (step.get() != Step.CHOOSING || form.connectingProperty().get()) {
            return;
        }
        step.set(Step.PREPARING_DEMO);
        preparing.set(Texts.get("desk.opening"));
        tasks.execute(() -> {
            choices.workStandalone(new LatestOnly<String>(fxThread, preparing::set));
            return true;
        }, done -> ready(), failure -> {
            step.set(Step.CHOOSING);
            problem.set(Texts.get("firstStart.standaloneFailed", Explanation.of(failure)));
        });
    }

    private void download(ConnectionView connection) {
        step.set(Step.DOWNLOADING);
        connectedTo.set(Texts.get("firstStart.connectedTo", connection.tenantId(), connection.branchId(),
                connection.deviceId(), connection.server()));
        received.set(Texts.get("firstStart.download.starting"));
        tasks.execute(() -> {
            choices.downloadHistory(new LatestOnly<DownloadProgress>(fxThread, this::progress));
            return true;
        }, done -> ready(), failure -> {
            // The desk is connected and keeps what it has: the sync client takes the rest once it can. The person
            // reads why before the book opens on what came.
            downloadProblem.set(Texts.get("firstStart.download.interrupted", failure instanceof SyncUnavailable
                    unavailable ? SyncWords.unavailable(unavailable.reason()) : Explanation.of(failure)));
        });
    }

    private void progress(DownloadProgress now) {
        if (step.get() != Step.DOWNLOADING) {
            return;
        }
        downloaded.set(now.fraction());
        received.set(now.total() > 0 ? Texts.get("firstStart.download.received", now.received(), now.total())
                : Texts.get("firstStart.download.receivedSoFar", now.received()));
        rate.set(Texts.get("firstStart.download.rate", Formats.count(Math.round(now.eventsPerSecond()))));
        timeLeft.set(timeLeft(now.timeLeft()));
    }

    /** "About 1 min 05 s left", "Less than a second left", or "Working out the time left…". */
    static String timeLeft(Duration left) {
        if (left == null || left.isNegative()) {
            return Texts.get("firstStart.download.estimating");
        }
        long seconds = (left.toMillis() + 999) / 1000;
        if (seconds < 1) {
            return Texts.get("firstStart.download.almostDone");
        }
        return seconds < 60 ? Texts.get("firstStart.download.secondsLeft", seconds)
                : Texts.get("firstStart.download.minutesLeft", seconds / 60, seconds % 60);
    }

    /** After a download that stopped early: opens the book on what came; the sync client fetches the rest. */
    public void openWithWhatCame() {
        if (step.get() == Step.DOWNLOADING && !downloadProblem.get().isEmpty()) {
            ready();
        }
    }

    private void ready() {
        step.set(Step.READY);
        whenReady.run();
    }

    // property accessors

    public ConnectFormViewModel form() {
        return form;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** "Connected to tenant … as branch …, device …": once the server said yes. */
    public ReadOnlyStringProperty connectedToProperty() {
        return connectedTo.getReadOnlyProperty();
    }

    /** 0 to 1 while downloading; -1 while the total is not known. */
    public ReadOnlyDoubleProperty downloadedProperty() {
        return downloaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty receivedProperty() {
        return received.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rateProperty() {
        return rate.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeLeftProperty() {
        return timeLeft.getReadOnlyProperty();
    }

    /** What the demo chain's recording is doing now. */
    public ReadOnlyStringProperty preparingProperty() {
        return preparing.getReadOnlyProperty();
    }

    /** Why the download stopped before the end; empty while it runs or after it finished. */
    public ReadOnlyStringProperty downloadProblemProperty() {
        return downloadProblem.getReadOnlyProperty();
    }

    /** Something went wrong that the person should know (the demo could not be recorded, say). */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
