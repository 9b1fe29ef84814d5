package com.salondesk.app.start;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where a desk keeps its data when neither {@code --data-dir} nor {@code SALONDESK_DATA_DIR} names a folder.
 * An installed desk (its launcher sets {@value #INSTALLED_PROPERTY}) uses the folder its operating system keeps
 * per-user data in; a desk started from a checkout (Maven, {@code java -jar}, the tests) keeps the demo folder
 * in the home it always had, so a developer's data and an installed desk's never mix.
 */
public final class DefaultDataFolder {

    /** Set to {@code true} by the installers' launchers ({@code installers/pom.xml}). */
    public static final String INSTALLED_PROPERTY = "salondesk.installed";
    static final String APP_FOLDER = "SalonDesk";

    private DefaultDataFolder() {
    }

    /** The default for this JVM: its operating system and whether it is the installed desk. */
    static Path of(Map<String, String> environment, Path home) {
        return of(System.getProperty("os.name", ""), Boolean.getBoolean(INSTALLED_PROPERTY), environment, home);
    }

    /**
     * The default folder: {@code ~/.salondesk/demo} from a checkout; for an installed desk
     * {@code %LOCALAPPDATA%\SalonDesk} on Windows, {@code ~/Library/Application Support/SalonDesk} on macOS and
     * {@code $XDG_DATA_HOME/SalonDesk} (usually {@code ~/.local/share/SalonDesk}) elsewhere.
     */
    static Path of(String osName, boolean installed, Map<String, String> environment, Path home) {
        if (!installed) {
            return home.resolve(".salondesk").resolve("demo");
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            // Local, not Roaming: an event log of hundreds of megabytes must not travel with a roaming profile.
            return absolute(environment.get("LOCALAPPDATA")).orElse(home.resolve("AppData").resolve("Local"))
                    .resolve(APP_FOLDER);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(APP_FOLDER);
        }
        // The XDG base directory rules: a relative XDG_DATA_HOME is invalid and ignored.
        return absolute(environment.get("XDG_DATA_HOME")).orElse(home.resolve(".local").resolve("share"))
                .resolve(APP_FOLDER);
    }

    private static Optional<Path> absolute(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(value.strip());
            return path.isAbsolute() ? Optional.of(path) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
