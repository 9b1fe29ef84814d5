package com.salondesk.app.view;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.stage.Window;
import javafx.util.Duration;
import javafx.util.Subscription;

/**
 * Runs a refresh on the FX thread every so often while a window is showing. The refresh itself hands its
 * reading to a task executor, so the tick only starts work and never blocks the screen.
 */
public final class Repeating {

    private Repeating() {
    }

    /**
     * Refreshes every {@code period} while {@code window} shows (again if it is shown again), until the
     * returned subscription is cancelled.
     */
    public static Subscription whileShowing(Window window, Duration period, Runnable refresh) {
        Timeline timeline = new Timeline(new KeyFrame(period, e -> refresh.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
        Subscription showing = window.showingProperty().subscribe(shown -> {
            if (shown) {
                timeline.play();
            } else {
                timeline.stop();
            }
        });
        return () -> {
            showing.unsubscribe();
            timeline.stop();
        };
    }
}
