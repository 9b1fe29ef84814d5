package com.salondesk.app;

import com.salondesk.app.language.DeskLocale;
import com.salondesk.app.language.Texts;
import com.salondesk.app.start.BadStartOptions;
import com.salondesk.app.start.DeskLogging;
import com.salondesk.app.start.StartOptions;
import com.salondesk.app.start.SupportCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.application.Application;
import org.slf4j.LoggerFactory;

/**
 * Starts the desk from a plain class path (a class extending {@code Application} cannot be the main class
 * there). Checks the options before anything is logged or written, so a typo leaves no trace on disk.
 * A support command ({@code status}, {@code rebuild}) runs without a window and exits with its status;
 * {@code --version} prints the build's version; {@code --self-check} opens the window on demo data without a
 * display, checks that the book shows, and exits 0 (or {@value #SELF_CHECK_FAILED} with the reason).
 */
public final class SalonDeskLauncher {

    /** Exit status for a command line the desk cannot use (as in sysexits' EX_USAGE). */
    static final int BAD_USAGE = 64;
    /** Exit status when no window can be opened (as in sysexits' EX_UNAVAILABLE). */
    static final int CANNOT_START = 69;
    /** Exit status of a self-check whose book did not show, in time or at all (as in sysexits' EX_SOFTWARE). */
    static final int SELF_CHECK_FAILED = 70;
    /** How long a self-check waits for the book: a first start records the demo chain, on a slow CI machine. */
    static final Duration SELF_CHECK_LIMIT = Duration.ofSeconds(120);

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
        if (options.versionWanted()) {
            System.out.println(StartOptions.versionLine());
            return;
        }
        if (options.selfCheck()) {
            System.exit(selfCheck(options));
        }
        prepare(options.dataFolder());
        openWhileJavaFxStarts(options.dataFolder());
        if (!launch(options.dataFolder(), false, !options.standalone())) {
            System.exit(CANNOT_START);
        }
    }

    private static void prepare(Path folder) {
        // Read by DeskLogging: the log goes into the data folder. Set before the first logger exists.
        System.setProperty(DeskLogging.LOG_DIR_PROPERTY, folder.toString());
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    /**
     * Begins opening the data folder before JavaFX starts, so the two overlap ({@link EarlyOpening}); the desk's
     * language is chosen first, as the application would, since the opening speaks it.
     */
    private static void openWhileJavaFxStarts(Path folder) {
        Texts.use(DeskLocale.resolve(folder, System.getenv(), DeskLocale.system()));
        EarlyOpening.begin(folder, Clock.systemDefaultZone());
    }

    /** Runs the window until it closes; false (with the reason printed) when JavaFX could not start at all. */
    private static boolean launch(Path folder, boolean selfCheck, boolean askOnFirstStart) {
        try {
            // A person is asked how an empty folder starts; a self-check or --standalone takes the demo chain.
            Application.launch(SalonDeskApplication.class, "--data-dir=" + folder, "--self-check=" + selfCheck,
                    "--first-start=" + (askOnFirstStart ? "ask" : "standalone"));
            return true;
        } catch (RuntimeException e) {
            // JavaFX could not open a window at all (no display, no GTK): say so plainly, keep the trace in the log.
            LoggerFactory.getLogger(SalonDeskLauncher.class).error("JavaFX could not start", e);
            EarlyOpening.abandon();
            System.err.println("salondesk: " + StartOptions.cannotOpenWindow(e.getMessage(),
                    folder.resolve("salondesk.log")));
            return false;
        }
    }

    /**
     * {@code --self-check}: the real window on demo data, headless, closed as soon as the book shows. A
     * temporary folder is removed after a pass and kept after a failure, for its log.
     */
    private static int selfCheck(StartOptions options) {
        Path folder;
        try {
            folder = options.dataFolder() != null ? options.dataFolder()
                    : Files.createTempDirectory("salondesk-self-check-");
        } catch (IOException e) {
            System.err.println("salondesk: " + StartOptions.selfCheckFailed(String.valueOf(e.getMessage()),
                    Path.of(System.getProperty("java.io.tmpdir"))));
            return SELF_CHECK_FAILED;
        }
        Path log = folder.resolve("salondesk.log");
        // JavaFX reads these when its toolkit starts, which is later, inside launch: a CI machine has no display,
        // and a check must not depend on one. Options given to the JVM (-Dglass.platform=...) win.
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        prepare(folder);
        openWhileJavaFxStarts(folder);
        Thread watchdog = Thread.ofPlatform().daemon().name("self-check-time-limit").start(() -> {
            try {
                Thread.sleep(SELF_CHECK_LIMIT);
            } catch (InterruptedException e) {
                return;
            }
            System.err.println("salondesk: " + StartOptions.selfCheckTooSlow(SELF_CHECK_LIMIT.toSeconds(), log));
            // halt, not exit: whatever is stuck may hold the locks a shutdown hook would wait for.
            Runtime.getRuntime().halt(SELF_CHECK_FAILED);
        });
        if (!launch(folder, true, false)) {
            return CANNOT_START;
        }
        watchdog.interrupt();
        Optional<String> failure = SalonDeskApplication.SELF_CHECK_FAILURE.get();
        if (failure == null) {
            failure = Optional.of("the window closed before the appointment book showed");
        }
        if (failure.isPresent()) {
            System.err.println("salondesk: " + StartOptions.selfCheckFailed(failure.get(), log));
            return SELF_CHECK_FAILED;
        }
        System.out.println(StartOptions.selfCheckPassed(folder));
        if (options.dataFolder() == null) {
            deleteQuietly(folder);
        }
        return 0;
    }

    /** Removes the self-check's temporary folder; what cannot be removed (an open log on Windows) stays. */
    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a left-over temporary folder harms nobody
        }
    }
}
