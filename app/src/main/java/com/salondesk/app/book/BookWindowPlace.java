package com.salondesk.app.book;

import com.salondesk.app.port.BookSettings;
import javafx.animation.PauseTransition;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Puts the main window where it was last time (when that is still on a screen) and keeps its place and size for the
 * next start, half a second after it stops moving, through the book's view model.
 */
public final class BookWindowPlace {

    private BookWindowPlace() {
    }

    public static void keep(Stage stage, AppointmentBookViewModel book) {
        PauseTransition settle = new PauseTransition(Duration.millis(500));
        settle.setOnFinished(e -> {
            if (!stage.isIconified() && !stage.isMaximized()) {
                book.rememberWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
        });
        book.restoredProperty().addListener((obs, old, remembered) -> {
            if (remembered != null && remembered.hasWindow() && onAScreen(remembered)) {
                stage.setX(remembered.x());
                stage.setY(remembered.y());
                stage.setWidth(remembered.width());
                stage.setHeight(remembered.height());
            }
            // Listening only from here: placing the window above is not a move by the person.
            for (var size : java.util.List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(),
                    stage.heightProperty())) {
                size.addListener(o -> settle.playFromStart());
            }
        });
    }

    /** Whether the remembered window would show at least partly on one of today's screens. */
    private static boolean onAScreen(BookSettings.Remembered remembered) {
        Rectangle2D place = new Rectangle2D(remembered.x(), remembered.y(), Math.max(1, remembered.width()),
                Math.max(1, remembered.height()));
        return remembered.width() >= 200 && remembered.height() >= 150
               && Screen.getScreens().stream().anyMatch(s -> s.getVisualBounds().intersects(place));
    }
}
