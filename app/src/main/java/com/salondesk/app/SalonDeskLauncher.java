package com.salondesk.app;

import com.salondesk.app.start.BadStartOptions;
import com.salondesk.app.start.StartOptions;
import com.salondesk.app.start.SupportCommand;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import org.slf4j.LoggerFactory;

/**
 * Starts the desk from a plain class path (a class extending {@code Application} cannot be the main class
 * there). Checks the options before anything is logged or written, so a typo leaves no trace on disk.
 * A support command ({@code status}, {@code rebuild}) runs without a window and exits with its status.
 */
public final class SalonDeskLauncher {

    /** Exit status for a command line the desk cannot use (as in sysexits' EX_USAGE). */
    static final int BAD_USAGE = 64;
    /** Exit status when no window can be opened (as in sysexits' EX_UNAVAILABLE). */
    static final int CANNOT_START = 69;

    private SalonDeskLauncher() {
    }

    public static void main(String[] args) {
        if (SupportCommand.isWanted(List.of(args))) {
            System.exit(SupportCommand.runFromLauncher(List.of(args), System.getenv(),
                    Path.of(System.getProperty("user.home")), System.out, System.err, BAD_USAGE));
        }
        StartOptions options;
        try {
            options = StartOptions.read(List.of(args), System.getenv(), Path.of(System.getProperty("user.home")));
        } catch (BadStartOptions e) {
            System.err.println("salondesk: " + e.getMessage());
            System.err.println(StartOptions.usage());
            System.exit(BAD_USAGE);
            return;
        }
        if (options.helpWanted()) {
            System.out.println(StartOptions.usage());
            System.out.println();
            System.out.println(SupportCommand.usage());
            return;
        }
        // Read by logback.xml: the log goes into the data folder. Set before the first logger exists.
        System.setProperty("salondesk.log.dir", options.dataFolder().toString());
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        try {
            Application.launch(SalonDeskApplication.class, "--data-dir=" + options.dataFolder());
        } catch (RuntimeException e) {
            // JavaFX could not open a window at all (no display, no GTK): say so plainly, keep the trace in the log.
            LoggerFactory.getLogger(SalonDeskLauncher.class).error("JavaFX could not start", e);
            System.err.println("salondesk: " + StartOptions.cannotOpenWindow(e.getMessage(),
                    options.dataFolder().resolve("salondesk.log")));
            System.exit(CANNOT_START);
        }
    }
}
