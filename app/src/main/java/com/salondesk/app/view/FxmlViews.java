package com.salondesk.app.view;

import com.salondesk.app.language.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;

/**
 * Loads a view's FXML (named after the view class, beside it) with the view object as its controller and the
 * desk's texts as its resources, so {@code text="%key"} reads in the desk's language.
 */
public final class FxmlViews {

    private FxmlViews() {
    }

    public static <T> T load(Object view, String fxml) {
        FXMLLoader loader = new FXMLLoader(view.getClass().getResource(fxml), Texts.bundle());
        loader.setController(view);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the layout " + fxml + " of " + view.getClass().getSimpleName()
                                           + " is missing or broken", e);
        }
    }
}
