package com.salondesk.app;

import com.salondesk.app.book.AppointmentBookViewModel;
import com.salondesk.app.connect.FirstStartView;
import com.salondesk.app.connect.FirstStartViewModel;
import com.salondesk.app.desk.Explanation;
import com.salondesk.app.language.DeskLocale;
import com.salondesk.app.language.Texts;
import com.salondesk.app.task.BackgroundTaskExecutor;
import com.salondesk.app.task.TaskExecutor;
import com.salondesk.app.wiring.DeskOpening;
import com.salondesk.app.wiring.FirstStart;
import com.salondesk.app.wiring.FrontDesk;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app. Opens the desk in the data folder the launcher checked, with a "preparing" screen meanwhile,
 * then shows the appointment book. On a first start it asks the person ({@code --first-start=ask}, which the
 * launcher passes on a normal start) whether to connect to the chain's sync server or work standalone on the demo
 * chain; without that parameter (tests) and in a self-check it records the demo chain as before. A new connection
 * chosen in the settings reopens the desk in the same window. In a self-check ({@code --self-check=true}) it
 * closes again as soon as the book shows, or when the desk cannot be opened, and leaves the outcome for the
 * launcher.
 */
public final class SalonDeskApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(SalonDeskApplication.class);
    /** How long the preparing screen waits before it shows a spinner. */
    private static final Duration SPINNER_DELAY = Duration.millis(800);

    /** How a self-check ended, for the launcher once {@code launch} returns: empty while it has not ended. */
    static final AtomicReference<Optional<String>> SELF_CHECK_FAILURE = new AtomicReference<>();

    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile TaskExecutor tasks;
    private volatile FrontDesk desk;
    /** A first start still open (its back end), until it becomes the desk. */
    private volatile FirstStart firstStart;
    private Stage stage;
    private Path folder;
    private boolean selfCheck;
    private boolean askOnFirstStart;
    private Label progress;

    @Override
    public void start(Stage stage) {
        String folderArgument = getParameters().getNamed().get("data-dir");
        if (folderArgument == null) {
            throw new IllegalStateException("start the desk through SalonDeskLauncher, which names the data folder");
        }
        this.stage = stage;
        this.folder = Path.of(folderArgument);
        this.selfCheck = Boolean.parseBoolean(getParameters().getNamed().get("self-check"));
        // Only a person can answer the first-start question: the launcher asks for it on a normal start.
        this.askOnFirstStart = "ask".equals(getParameters().getNamed().get("first-start")) && !selfCheck;
        // Before the first word is shown: the whole desk speaks one language, chosen here.
        Texts.use(DeskLocale.resolve(folder, System.getenv(), DeskLocale.system()));
        stage.setTitle(Texts.get("window.app"));
        showPreparing(Texts.get("desk.opening"));
        stage.show();

        tasks = new BackgroundTaskExecutor();
        // Ctrl+C in the terminal skips stop(); the event log is still closed properly.
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("desk-shutdown").unstarted(this::closeDesk));
        openFolder();
    }

    private void showPreparing(String step) {
        progress = new Label(step);
        progress.setId("preparingLabel");
        VBox preparing = new VBox(12, progress);
        preparing.setAlignment(Pos.CENTER);
        stage.setScene(new Scene(preparing, 480, 240));
        // The spinner only when the wait is long enough to need one (a first start recording the demo): on the
        // everyday start the book is there before it would show, and its animation would only take the CPU the
        // opening needs.
        PauseTransition delay = new PauseTransition(SPINNER_DELAY);
        delay.setOnFinished(e -> {
            if (preparing.getScene() != null && preparing.getScene().getWindow() != null) {
                preparing.getChildren().addFirst(new ProgressIndicator());
            }
        });
        delay.play();
    }

    private void openFolder() {
        EarlyOpening early = EarlyOpening.take(folder);
        if (early != null) {
            tasks.execute(early::await, this::opened, this::failedToOpen);
            return;
        }
        Label shown = progress;
        tasks.execute(() -> DeskOpening.begin(folder, Clock.systemDefaultZone(),
                step -> Platform.runLater(() -> shown.setText(step))), this::opened, this::failedToOpen);
    }

    private void opened(DeskOpening.Opening opening) {
        switch (opening) {
            case DeskOpening.Opened o -> showBook(o.desk());
            case FirstStart first when askOnFirstStart -> askHowToStart(first);
            case FirstStart first -> {
                // Tests and the self-check start without a person: today's demo chain, as before.
                firstStart = first;
                Label shown = progress;
                tasks.execute(() -> {
                    first.workStandalone(step -> Platform.runLater(() -> shown.setText(step)));
                    return first.open();
                }, this::showBook, this::failedToOpen);
            }
        }
    }

    private void askHowToStart(FirstStart first) {
        firstStart = first;
        FirstStartViewModel choice = new FirstStartViewModel(first, tasks, Platform::runLater,
                () -> tasks.execute(first::open, this::showBook, this::failedToOpen));
        stage.setTitle(Texts.get("window.firstStart"));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(FirstStartView.load(choice), Math.min(720, screen.getWidth()),
                Math.min(680, screen.getHeight())));
        LOG.info("first start in {}: asking whether to connect or work standalone", folder);
    }

    private void showBook(FrontDesk opened) {
        desk = opened;
        opened.onReopen(this::reopen);
        AppointmentBookViewModel book = opened.show(stage, tasks, folder);
        LOG.info("appointment book shown for desk {} from {}", opened, folder);
        if (selfCheck) {
            endSelfCheckOnceLoaded(book);
        } else {
            // What the start left out, after the book's first day (the worker takes work in order).
            tasks.execute(opened::checkMigrations, checked -> { }, failure ->
                    LOG.warn("could not check the log's migrations: {}", failure.getMessage()));
        }
    }

    /** A new connection to the chain was stored: the desk closes and opens again to use it. */
    private void reopen() {
        FrontDesk closing = desk;
        desk = null;
        firstStart = null;
        showPreparing(Texts.get("desk.reopening"));
        stage.setTitle(Texts.get("window.app"));
        LOG.info("reopening desk {} from {} with its new connection", closing, folder);
        Label shown = progress;
        tasks.execute(() -> {
            closing.close();
            return DeskOpening.begin(folder, Clock.systemDefaultZone(),
                    step -> Platform.runLater(() -> shown.setText(step)));
        }, this::opened, this::failedToOpen);
    }

    private void failedToOpen(Exception failure) {
        String message = failure instanceof DeskOpening.UnusableDataFolder
                ? failure.getMessage() : Explanation.of(failure);
        LOG.error("the desk could not be opened in {}: {}", folder, failure.getMessage());
        if (selfCheck) {
            // Nobody is there to close a dialog: the launcher reports the reason instead.
            SELF_CHECK_FAILURE.set(Optional.of(failure instanceof DeskOpening.UnusableDataFolder ? message
                    : Texts.get("desk.cannotOpen") + " (" + String.valueOf(failure.getMessage()).lines().findFirst()
                    .orElse(failure.getClass().getSimpleName()) + ")"));
            Platform.exit();
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.CLOSE);
        alert.setHeaderText(Texts.get("desk.cannotOpen"));
        alert.initOwner(stage);
        alert.showAndWait();
        Platform.exit();
    }

    /**
     * The window is up; the check passes once the book has read its first day (the person would see it),
     * and fails with the book's own words if that read fails.
     */
    private static void endSelfCheckOnceLoaded(AppointmentBookViewModel book) {
        InvalidationListener whenLoaded = new InvalidationListener() {
            @Override
            public void invalidated(Observable observable) {
                if (book.loadingProperty().get()) {
                    return;
                }
                book.loadingProperty().removeListener(this);
                LOG.info("self-check: the book's first day {}", book.dayProperty().get() == null ? "failed" : "loaded");
                SELF_CHECK_FAILURE.set(book.dayProperty().get() == null
                        ? Optional.of(book.statusProperty().get()) : Optional.empty());
                // Later, so the listeners still running on this change finish first.
                Platform.runLater(Platform::exit);
            }
        };
        book.loadingProperty().addListener(whenLoaded);
        whenLoaded.invalidated(book.loadingProperty());
    }

    @Override
    public void stop() {
        closeDesk();
    }

    private void closeDesk() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (tasks != null) {
            tasks.close();
        }
        FrontDesk open = desk;
        if (open != null) {
            open.close();
        } else if (firstStart != null) {
            firstStart.close();
        }
        LOG.info("desk closed");
    }
}
