package com.salondesk.app.start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How the desk was asked to start: which data folder holds its event log. Read from the command line
 * ({@code --data-dir <folder>}), else {@code SALONDESK_DATA_DIR}, else {@code ~/.salondesk/demo}.
 * Nothing is created here: a bad start must leave the disk untouched.
 */
public record StartOptions(Path dataFolder, boolean helpWanted) {

    public static final String ENVIRONMENT_VARIABLE = "SALONDESK_DATA_DIR";
    public static final String USAGE = """
            Usage: salondesk [--data-dir <folder>]
              --data-dir <folder>  where the desk keeps its event log (created if missing);
                                   otherwise $SALONDESK_DATA_DIR, otherwise ~/.salondesk/demo
              --help               show this text""";

    /** Reads the arguments; throws {@link BadStartOptions} with a message fit for the person who typed them. */
    public static StartOptions read(List<String> args, Map<String, String> environment, Path home) {
        Path fromArgs = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.isBlank()) {
                // Started through Maven without options, the desk is handed one empty argument.
                continue;
            } else if (arg.equals("--help") || arg.equals("-h")) {
                return new StartOptions(null, true);
            } else if (arg.equals("--data-dir")) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--") || args.get(i + 1).isBlank()) {
                    throw new BadStartOptions("--data-dir needs a folder, e.g. --data-dir ~/salondesk-data");
                }
                fromArgs = folder(args.get(++i), "--data-dir");
            } else if (arg.startsWith("--data-dir=")) {
                String value = arg.substring("--data-dir=".length());
                if (value.isBlank()) {
                    throw new BadStartOptions("--data-dir needs a folder, e.g. --data-dir ~/salondesk-data");
                }
                fromArgs = folder(value, "--data-dir");
            } else {
                throw new BadStartOptions("Unknown option '" + arg + "'.");
            }
        }
        Path folder = fromArgs;
        if (folder == null) {
            String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
            folder = fromEnvironment == null || fromEnvironment.isBlank()
                    ? home.resolve(".salondesk").resolve("demo")
                    : folder(fromEnvironment, ENVIRONMENT_VARIABLE);
        }
        check(folder);
        return new StartOptions(folder.toAbsolutePath().normalize(), false);
    }

    private static Path folder(String text, String source) {
        try {
            return Path.of(text.strip());
        } catch (java.nio.file.InvalidPathException e) {
            throw new BadStartOptions(source + " '" + text + "' is not a valid path: " + e.getReason() + ".");
        }
    }

    /** The folder, or the nearest part of it that exists, must be a folder we may write into. */
    private static void check(Path folder) {
        Path existing = folder.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return;
        }
        if (!Files.isDirectory(existing)) {
            throw new BadStartOptions(existing.equals(folder.toAbsolutePath())
                    ? "The data folder " + folder + " is a file, not a folder."
                    : "Cannot make the data folder " + folder + ": " + existing + " is a file.");
        }
        if (!Files.isWritable(existing)) {
            throw new BadStartOptions("Cannot write to the data folder " + existing + ".");
        }
    }
}
