package com.salondesk.app.customer;

import com.salondesk.app.language.Texts;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** How the import asks for a file to read and a file to save the report in: the system's file chooser, or a test's. */
public interface FileChoice {

    Optional<Path> open(Window owner);

    Optional<Path> save(Window owner, String suggestedName);

    /** The system's file chooser. */
    static FileChoice system() {
        return new FileChoice() {
            @Override
            public Optional<Path> open(Window owner) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(Texts.get("customers.import.choose"));
                chooser.getExtensionFilters().addAll(
                        new FileChooser.ExtensionFilter(Texts.get("customers.import.csvFiles"), "*.csv", "*.txt"),
                        new FileChooser.ExtensionFilter(Texts.get("customers.import.allFiles"), "*.*"));
                return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> save(Window owner, String suggestedName) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(Texts.get("customers.import.save"));
                chooser.setInitialFileName(suggestedName);
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }
        };
    }
}
