package com.salondesk.app.start;

import com.salondesk.app.wiring.DemoTraining;
import com.salondesk.app.wiring.DeskOpening;
import com.salondesk.persistence.tools.DeskMaintenance;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.LoggerFactory;

/**
 * A support command given to the launcher instead of starting the desk: {@code salondesk status},
 * {@code rebuild <read model>|all}, {@code connect}, {@code sync}, {@code log}, {@code demo} or
 * {@code import-customers <file.csv>}. The data folder
 * is found as for the desk itself ({@code --data-dir}, else {@code SALONDESK_DATA_DIR}, else the {@link DefaultDataFolder}).
 * {@code demo} needs the app's demo chain and runs here ({@link DemoTraining}); the others, and their help,
 * are {@link DeskMaintenance}'s, whose exit status the launcher returns. No window opens.
 */
public record SupportCommand(List<String> words, Path dataFolder, boolean helpWanted) {

    private static final Set<String> COMMANDS = Set.of("status", "rebuild", "connect", "sync", "log", "demo",
            "import-customers");
    private static final String DEMO = "demo";
    private static final Set<String> LAUNCHER_OPTIONS = Set.of("--data-dir", "--help", "-h");
    /**
     * The options of each command beyond {@code --data-dir} and {@code --help}: handed to the command as they
     * were typed. Any other option is the launcher's to refuse, as for the desk itself.
     */
    private static final Map<String, Set<String>> OWN_OPTIONS = Map.of(
            "log", Set.of("--after"),
            "connect", Set.of("--server", "--token"),
            "import-customers", Set.of("--dry-run"));
    /** The maintenance tool's exit statuses, which {@code demo} shares: the work failed or was refused; a wrong command. */
    static final int FAILED = 1;
    static final int BAD_COMMAND = 2;

    public SupportCommand {
        words = List.copyOf(words);
    }

    /** The support commands in short, as the launcher shows them beside its own options. */
    public static String usage() {
        return StartOptions.text("support-overview");
    }

    /** Whether the command line asks for a support command rather than the desk. */
    public static boolean isWanted(List<String> args) {
        return !args.isEmpty() && COMMANDS.contains(args.getFirst());
    }

    /** Reads the command line; throws {@link BadStartOptions} with a message fit for the person who typed it. */
    public static SupportCommand read(List<String> args, Map<String, String> environment, Path home) {
        Set<String> own = args.isEmpty() ? Set.of() : OWN_OPTIONS.getOrDefault(args.getFirst(), Set.of());
        List<String> launcherArgs = new ArrayList<>();
        List<String> commandOptions = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (own.contains(arg.split("=", 2)[0])) {
                commandOptions.add(arg);
                // The next word is its value unless it is an option's name (a token may begin with a dash).
                if (!arg.contains("=") && i + 1 < args.size() && !own.contains(args.get(i + 1))
                    && !LAUNCHER_OPTIONS.contains(args.get(i + 1).split("=", 2)[0])) {
                    commandOptions.add(args.get(++i));
                }
            } else {
                launcherArgs.add(arg);
            }
        }
        StartOptions.SupportLine line = StartOptions.parse(new StartOptions.SupportLine(), launcherArgs);
        List<String> words = new ArrayList<>(line.words);
        words.addAll(commandOptions);
        if (line.help) {
            return new SupportCommand(words, null, true);
        }
        return new SupportCommand(words, StartOptions.folder(line.dataDir, environment, home), false);
    }

    /**
     * Reads and runs a support command as the launcher does: a bad command line gets a message, the usage
     * and {@code badUsage}; otherwise the log goes into the data folder, as the desk's own does.
     */
    public static int runFromLauncher(List<String> args, Map<String, String> environment, Path home, PrintStream out,
                                      PrintStream err, int badUsage) {
        SupportCommand command;
        try {
            command = read(args, environment, home);
        } catch (BadStartOptions e) {
            err.println("salondesk: " + e.getMessage());
            err.println(usage());
            return badUsage;
        }
        if (!command.helpWanted()) {
            // Read by DeskLogging; set before the first logger exists (DeskMaintenance opens the desk later).
            System.setProperty(DeskLogging.LOG_DIR_PROPERTY, command.dataFolder().toString());
            System.setProperty("org.jooq.no-logo", "true");
            System.setProperty("org.jooq.no-tips", "true");
        }
        return command.run(out, err);
    }

    /** Runs the command and returns the exit status for the process. */
    public int run(PrintStream out, PrintStream err) {
        if (!words.isEmpty() && words.getFirst().equals(DEMO)) {
            return demo(out, err);
        }
        List<String> args = new ArrayList<>(words);
        if (helpWanted) {
            args.add("--help");
            int status = DeskMaintenance.run(args.toArray(String[]::new), out, err);
            out.println();
            out.println(usage());
            return status;
        }
        args.add("--data-dir");
        args.add(dataFolder.toString());
        return DeskMaintenance.run(args.toArray(String[]::new), out, err);
    }

    /** {@code salondesk demo}: the demo chain into the data folder's desk, if its log is empty. */
    private int demo(PrintStream out, PrintStream err) {
        if (helpWanted) {
            out.println(StartOptions.text("demo.help"));
            return 0;
        }
        if (words.size() > 1) {
            err.println("salondesk: " + StartOptions.text("demo.takes-no-words"));
            err.println(StartOptions.text("demo.help"));
            return BAD_COMMAND;
        }
        DemoTraining.Outcome outcome;
        try {
            outcome = DemoTraining.record(dataFolder, Clock.systemUTC(), out::println);
        } catch (DeskOpening.UnusableDataFolder e) {
            err.println("salondesk: " + e.getMessage());
            return FAILED;
        } catch (RuntimeException e) {
            // The outer edge of the command: the reason in a sentence, the trace in the desk's log.
            LoggerFactory.getLogger(SupportCommand.class).error("demo failed in {}", dataFolder, e);
            err.println("salondesk: " + StartOptions.text("demo.failed", String.valueOf(e.getMessage()),
                    dataFolder.resolve("salondesk.log").toString()));
            return FAILED;
        }
        return switch (outcome) {
            case DemoTraining.Recorded r -> {
                out.println(StartOptions.text(r.newDesk() ? "demo.recorded-new-desk" : "demo.recorded-as-this-desk",
                        r.events(), dataFolder.toString(), r.identity().deviceId(), r.identity().tenantId(),
                        r.identity().branchId()));
                yield 0;
            }
            case DemoTraining.AlreadyHoldsEvents a -> {
                err.println("salondesk: " + StartOptions.text("demo.not-empty", a.events(), dataFolder.toString()));
                yield FAILED;
            }
        };
    }
}
