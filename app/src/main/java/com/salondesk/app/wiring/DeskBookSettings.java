package com.salondesk.app.wiring;

import com.salondesk.app.port.BookSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The book's remembered window, branch and view in {@code book-window.properties} in the desk's data folder. */
final class DeskBookSettings implements BookSettings {

    private static final Logger LOG = LoggerFactory.getLogger(DeskBookSettings.class);
    static final String FILE = "book-window.properties";

    private final Path file;

    DeskBookSettings(Path dataFolder) {
        this.file = dataFolder.resolve(FILE);
    }

    @Override
    public Remembered read() {
        if (!Files.isRegularFile(file)) {
            return Remembered.NOTHING;
        }
        Properties stored = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            stored.load(in);
        } catch (IOException | IllegalArgumentException e) {
            // Only a convenience: the window opens as on a first start.
            LOG.warn("could not read {}; the window opens at its usual place", file, e);
            return Remembered.NOTHING;
        }
        return new Remembered(number(stored, "x"), number(stored, "y"), number(stored, "width"),
                number(stored, "height"), stored.getProperty("branch"), stored.getProperty("view"));
    }

    @Override
    public void write(Remembered remembered) {
        Properties stored = new Properties();
        put(stored, "x", remembered.x());
        put(stored, "y", remembered.y());
        put(stored, "width", remembered.width());
        put(stored, "height", remembered.height());
        put(stored, "branch", remembered.branchId());
        put(stored, "view", remembered.view());
        try {
            // Written beside it and moved over it, so a crash mid-write leaves the old file, not half a new one.
            Path next = file.resolveSibling(FILE + ".new");
            try (OutputStream out = Files.newOutputStream(next)) {
                stored.store(out, "SalonDesk: the main window's place and what the book showed");
            }
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    private static Double number(Properties stored, String key) {
        String value = stored.getProperty(key);
        if (value == null) {
            return null;
        }
        try {
            double number = Double.parseDouble(value);
            return Double.isFinite(number) ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void put(Properties stored, String key, Object value) {
        if (value != null) {
            stored.setProperty(key, value.toString());
        }
    }
}
