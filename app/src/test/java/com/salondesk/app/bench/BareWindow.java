package com.salondesk.app.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The start-up benchmark's yardstick: the least a JavaFX desk can show, one window with one label, started the
 * way the desk is. Prints {@value #SHOWN} once the window is shown, then exits.
 */
public final class BareWindow extends Application {

    static final String SHOWN = "bare window shown";

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("SalonDesk"), 1280, 820));
        stage.show();
        System.out.println(SHOWN);
        System.out.flush();
        Platform.runLater(Platform::exit);
    }

    /** Started from a plain class path, as the desk's launcher is (an Application cannot be the main class there). */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }
}
