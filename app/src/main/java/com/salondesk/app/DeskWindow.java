package com.salondesk.app;

import com.salondesk.app.book.AppointmentBookView;
import com.salondesk.app.book.AppointmentBookViewModel;
import com.salondesk.app.desk.FrontDesk;
import com.salondesk.app.desk.ProjectionUpdates;
import com.salondesk.app.dialog.DialogService;
import com.salondesk.app.dialog.FxDialogService;
import com.salondesk.app.language.LanguageMenu;
import com.salondesk.app.language.Texts;
import com.salondesk.app.support.DeskSupport;
import com.salondesk.app.task.TaskExecutor;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Puts the appointment book for an opened desk into the main window: the screens' composition root. */
public final class DeskWindow {

    private DeskWindow() {
    }

    public static AppointmentBookViewModel show(Stage stage, FrontDesk desk, TaskExecutor tasks) {
        return show(stage, desk, tasks, null);
    }

    /**
     * As {@link #show(Stage, FrontDesk, TaskExecutor)}, with a Language menu that keeps its choice in
     * {@code dataFolder}.
     */
    public static AppointmentBookViewModel show(Stage stage, FrontDesk desk, TaskExecutor tasks, Path dataFolder) {
        DialogService dialogs = new FxDialogService(stage);
        var changes = new ProjectionUpdates(desk.local().bus(), Platform::runLater);
        var book = new AppointmentBookViewModel(desk, tasks, dialogs, changes);
        Parent root = DeskSupport.around(AppointmentBookView.load(book, dialogs), stage, desk);
        if (dataFolder != null) {
            LanguageMenu.addTo(root, dataFolder);
        }
        stage.setTitle(Texts.get("window.book"));
        // Never larger than the screen (front-desk PCs often have small ones), and on it.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(root, Math.min(1280, screen.getWidth()), Math.min(820, screen.getHeight())));
        stage.setX(screen.getMinX() + Math.max(0, (screen.getWidth() - stage.getScene().getWidth()) / 2));
        stage.setY(screen.getMinY() + Math.max(0, (screen.getHeight() - stage.getScene().getHeight()) / 2));
        stage.show();
        book.start();
        return book;
    }
}
