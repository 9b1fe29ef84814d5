package com.salondesk.app.support;

import com.salondesk.app.deadletters.DeadLettersView;
import com.salondesk.app.deadletters.DeadLettersViewModel;
import com.salondesk.app.diagnostics.DiagnosticsView;
import com.salondesk.app.diagnostics.DiagnosticsViewModel;
import com.salondesk.app.dialog.FxDialogService;
import com.salondesk.app.language.Texts;
import com.salondesk.app.view.Repeating;
import java.util.ArrayList;
import java.util.List;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import javafx.util.Subscription;

/**
 * The desk's support tools around the main screen — the Support menu, the dead-letter badge, and the
 * dead-letters and diagnostics windows they open, with view models from {@link SupportScreens}. Support work
 * runs on workers of its own, so a slow retry or a rebuild never holds up the appointment book.
 */
public final class DeskSupport {

    private static final Duration BADGE_REFRESH = Duration.seconds(2);
    private static final Duration DEAD_LETTERS_REFRESH = Duration.seconds(3);
    private static final Duration DIAGNOSTICS_REFRESH = Duration.seconds(1);

    private final Stage owner;
    private final SupportScreens screens;
    private final ClosingTasks support = new ClosingTasks("desk-support");
    /** Reading a read model's status waits while it is rebuilt; only the diagnostics screen should wait then. */
    private final ClosingTasks diagnosticReads = new ClosingTasks("desk-diagnostics");
    private final ClosingTasks rebuilds = new ClosingTasks("desk-rebuild");
    private final SupportBarViewModel bar;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private Stage deadLettersWindow;
    private DeadLettersViewModel deadLetters;
    private Stage diagnosticsWindow;
    private DiagnosticsViewModel diagnostics;

    private DeskSupport(Stage owner, SupportScreens screens) {
        this.owner = owner;
        this.screens = screens;
        this.bar = screens.supportBar(support);
    }

    /**
     * Puts the support strip above {@code screen} in {@code stage}; the tools stop when the stage hides.
     * Returns the new root for the stage's scene.
     */
    public static Parent around(Parent screen, Stage stage, SupportScreens screens) {
        DeskSupport tools = new DeskSupport(stage, screens);
        BorderPane shell = new BorderPane(screen);
        shell.setTop(SupportBarView.load(tools.bar, tools::openDeadLetters, tools::openDiagnostics));
        tools.subscriptions.add(Repeating.whileShowing(stage, BADGE_REFRESH, tools.bar::refresh));
        EventHandler<WindowEvent> stop = new EventHandler<>() {
            @Override
            public void handle(WindowEvent event) {
                stage.removeEventHandler(WindowEvent.WINDOW_HIDDEN, this);
                tools.close();
            }
        };
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, stop);
        tools.bar.refresh();
        return shell;
    }

    void openDeadLetters() {
        if (deadLettersWindow == null) {
            deadLettersWindow = window(Texts.get("window.deadLetters"));
            deadLetters = screens.deadLetters(support, new FxDialogService(deadLettersWindow), bar::refresh);
            deadLettersWindow.setScene(scene(DeadLettersView.load(deadLetters, screens.zone()), 1040, 680));
            subscriptions.add(Repeating.whileShowing(deadLettersWindow, DEAD_LETTERS_REFRESH, deadLetters::refresh));
        }
        deadLetters.refresh();
        show(deadLettersWindow);
    }

    void openDiagnostics() {
        if (diagnosticsWindow == null) {
            diagnosticsWindow = window(Texts.get("window.diagnostics"));
            diagnostics = screens.diagnostics(diagnosticReads, rebuilds);
            diagnosticsWindow.setScene(scene(DiagnosticsView.load(diagnostics), 860, 420));
            subscriptions.add(Repeating.whileShowing(diagnosticsWindow, DIAGNOSTICS_REFRESH, diagnostics::refresh));
        }
        diagnostics.refresh();
        show(diagnosticsWindow);
    }

    private Stage window(String title) {
        Stage window = new Stage();
        window.initOwner(owner);
        window.setTitle(title);
        return window;
    }

    /** A scene no larger than the screen: front-desk PCs often have small ones. */
    private static Scene scene(Parent root, double width, double height) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return new Scene(root, Math.min(width, screen.getWidth()), Math.min(height, screen.getHeight()));
    }

    private static void show(Stage window) {
        if (window.isShowing()) {
            window.toFront();
        } else {
            window.show();
        }
    }

    private void close() {
        subscriptions.forEach(Subscription::unsubscribe);
        subscriptions.clear();
        for (Stage window : new Stage[] {deadLettersWindow, diagnosticsWindow}) {
            if (window != null) {
                window.hide();
            }
        }
        support.close();
        diagnosticReads.close();
        rebuilds.close();
    }
}
