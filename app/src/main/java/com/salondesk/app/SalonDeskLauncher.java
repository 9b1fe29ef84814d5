package com.salondesk.app;

import com.salondesk.app.start.BadStartOptions;
import com.salondesk.app.start.StartOptions;
import com.salondesk.app.start.SupportCommand;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;

/**
 * Starts the desk from a plain class path (a class extending {@code Application} cannot be the main class
 * there). Checks the options before anything is logged or written, so a typo leaves no trace on disk.
 * A support command ({@code status}, {@code rebuild}) runs without a window and exits with its status.
 */
public final class SalonDeskLauncher {

    /** Exit status for a command line the desk cannot use (as in sysexits' EX_USAGE). */
    static final int BAD_USAGE = 64;

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
            System.err.println(StartOptions.USAGE);
            System.exit(BAD_USAGE);
            return;
        }
        if (options.helpWanted()) {
            System.out.println(StartOptions.USAGE);
            System.out.println();
            System.out.println(SupportCommand.USAGE);
            return;
        }
        // Read by logback.xml: the log goes into the data folder. Set before the first logger exists.
        System.setProperty("salondesk.log.dir", options.dataFolder().toString());
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        Application.launch(SalonDeskApplication.class, "--data-dir=" + options.dataFolder());
    }
}
