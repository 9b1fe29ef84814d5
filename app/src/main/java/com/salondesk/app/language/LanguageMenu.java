package com.salondesk.app.language;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * The Language menu beside the Support menu: the computer's language, English or German. The choice is kept
 * in the data folder and applies from the next start (the screens are built in one language); the menu says so.
 */
public final class LanguageMenu {

    private final Path dataFolder;
    private final MenuButton menu = new MenuButton(Texts.get("language.menu"));
    private final MenuItem note = new MenuItem();

    private LanguageMenu(Path dataFolder) {
        this.dataFolder = dataFolder;
        menu.setId("languageMenu");
        menu.setMnemonicParsing(true);
        menu.getStyleClass().add("support-menu");
        // In the strip above the book, the sync words give way when room is short; the menus never do.
        menu.setMinWidth(Region.USE_PREF_SIZE);
        ToggleGroup group = new ToggleGroup();
        Optional<Locale> saved = DeskLocale.saved(dataFolder);
        menu.getItems().add(choice(group, "languageSystem", Texts.get("language.system",
                DeskLocale.system().getDisplayName(Texts.locale())), null, saved.isEmpty()));
        for (Locale language : DeskLocale.SHIPPED) {
            boolean chosen = saved.map(l -> l.getLanguage().equals(language.getLanguage())).orElse(false);
            menu.getItems().add(choice(group, "language-" + language.getLanguage(),
                    Texts.get("language." + language.getLanguage()), language, chosen));
        }
        note.setId("languageNote");
        note.setDisable(true);
        note.setVisible(false);
        menu.getItems().addAll(new SeparatorMenuItem(), note);
    }

    /**
     * Puts the menu into the support strip of {@code root} (the node with id {@code supportBar}), right after its
     * Support menu, in the same row of menus. A root without that strip is left as it is.
     */
    public static void addTo(Parent root, Path dataFolder) {
        Node bar = root.lookup("#supportBar");
        if (bar instanceof Pane strip) {
            Node support = strip.lookup("#supportMenu");
            // The Support menu sits in the strip's row of menus, which may be a pane of its own inside the strip.
            Pane menus = support != null && support.getParent() instanceof Pane row ? row : strip;
            int at = support == null ? 0 : menus.getChildren().indexOf(support) + 1;
            menus.getChildren().add(at, new LanguageMenu(dataFolder).menu);
        }
    }

    private RadioMenuItem choice(ToggleGroup group, String id, String text, Locale language, boolean selected) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setId(id);
        item.setToggleGroup(group);
        item.setSelected(selected);
        item.setOnAction(e -> choose(language, text));
        return item;
    }

    private void choose(Locale language, String text) {
        if (language == null) {
            DeskLocale.forget(dataFolder);
        } else {
            DeskLocale.save(dataFolder, language);
        }
        note.setText(Texts.get("language.saved", text));
        note.setVisible(true);
    }
}
