package com.salondesk.app.start;

import com.salondesk.persistence.tools.DeskMaintenance;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A support command given to the launcher instead of starting the desk: {@code salondesk status} or
 * {@code salondesk rebuild <read model>|all}. The data folder is found as for the desk itself
 * ({@code --data-dir}, else {@code SALONDESK_DATA_DIR}, else the demo folder); the work is done by
 * {@link DeskMaintenance}, whose exit status the launcher returns. No window opens.
 */
public record SupportCommand(List<String> words, Path dataFolder, boolean helpWanted) {

    private static final Set<String> COMMANDS = Set.of("status", "rebuild");
    public static final String USAGE = """
            Support commands (close SalonDesk on this PC first):
              salondesk status [--data-dir <folder>]
                  each read model's position and how far it is behind the event log
              salondesk rebuild <read model>|all [--data-dir <folder>]
                  builds read models again from the event log""";

    public SupportCommand {
        words = List.copyOf(words);
    }

    /** Whether the command line asks for a support command rather than the desk. */
    public static boolean isWanted(List<String> args) {
        return !args.isEmpty() && COMMANDS.contains(args.getFirst());
    }

    /** Reads the command line; throws {@link BadStartOptions} with a message fit for the person who typed it. */
    public static SupportCommand read(List<String> args, Map<String, String> environment, Path home) {
        List<String> words = new ArrayList<>();
        List<String> options = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--data-dir")) {
                options.add(arg);
                if (i + 1 < args.size()) {
                    options.add(args.get(++i));
                }
            } else if (arg.startsWith("-")) {
                options.add(arg);
            } else {
                words.add(arg);
            }
        }
        StartOptions start = StartOptions.read(options, environment, home);
        if (start.helpWanted()) {
            return new SupportCommand(words, null, true);
        }
        return new SupportCommand(words, start.dataFolder(), false);
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
            err.println(USAGE);
            return badUsage;
        }
        if (!command.helpWanted()) {
            // Read by logback.xml; set before the first logger exists (DeskMaintenance opens the desk later).
            System.setProperty("salondesk.log.dir", command.dataFolder().toString());
            System.setProperty("org.jooq.no-logo", "true");
            System.setProperty("org.jooq.no-tips", "true");
        }
        return command.run(out, err);
    }

    /** Runs the command and returns the exit status for the process. */
    public int run(PrintStream out, PrintStream err) {
        if (helpWanted) {
            out.println(USAGE);
            return 0;
        }
        List<String> args = new ArrayList<>(words);
        args.add("--data-dir");
        args.add(dataFolder.toString());
        return DeskMaintenance.run(args.toArray(String[]::new), out, err);
    }
}
