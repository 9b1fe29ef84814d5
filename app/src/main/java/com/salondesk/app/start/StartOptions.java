package com.salondesk.app.start;

import com.salondesk.persistence.tools.BuildVersion;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * How the desk was asked to start: which data folder holds its event log. Read from the command line
 * ({@code --data-dir <folder>}, parsed by picocli), else {@code SALONDESK_DATA_DIR}, else the
 * {@link DefaultDataFolder} (the operating system's per-user data folder for an installed desk,
 * {@code ~/.salondesk/demo} from a checkout). Nothing is created here: a bad start must leave the disk untouched. Its texts
 * come from the {@code StartMessages} bundle in the JVM's default locale.
 *
 * @param dataFolder the checked folder; {@code null} when only help or the version is wanted, and for a
 *                   self-check without {@code --data-dir} (the launcher makes a temporary folder for it)
 * @param selfCheck  {@code --self-check}: open the window on demo data, check the book shows, close and exit
 * @param standalone {@code --standalone}: a first start works standalone on the demo chain without asking
 */
public record StartOptions(Path dataFolder, boolean helpWanted, boolean versionWanted, boolean selfCheck,
                           boolean standalone) {

    public static final String ENVIRONMENT_VARIABLE = "SALONDESK_DATA_DIR";
    static final String BUNDLE = "com.salondesk.app.start.StartMessages";

    /** The options the desk and its support commands share. */
    @Command(name = "salondesk", resourceBundle = BUNDLE)
    static class Common {
        @Option(names = "--data-dir", paramLabel = "<folder>", descriptionKey = "data-dir")
        String dataDir;
        @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
        boolean help;
    }

    /** The desk's own options, as picocli reads them. */
    @Command(name = "salondesk", resourceBundle = BUNDLE)
    static class Line extends Common {
        @Option(names = {"-V", "--version"}, versionHelp = true, descriptionKey = "version")
        boolean version;
        @Option(names = "--self-check", descriptionKey = "self-check")
        boolean selfCheck;
        @Option(names = "--standalone", descriptionKey = "standalone")
        boolean standalone;
    }

    /** The launcher's line with the words of a support command before its options. */
    static final class SupportLine extends Common {
        @Parameters(paramLabel = "<command>", hidden = true)
        List<String> words = new ArrayList<>();
    }

    /** The desk's usage, for {@code --help} and after a bad command line. */
    public static String usage() {
        return commandLine(new Line()).getUsageMessage().stripTrailing();
    }

    /** Reads the arguments; throws {@link BadStartOptions} with a message fit for the person who typed them. */
    public static StartOptions read(List<String> args, Map<String, String> environment, Path home) {
        if (args.stream().allMatch(String::isBlank)) {
            // The menu entry's start: nothing to parse, and building picocli's model costs a tenth of a second
            // in a JVM just started (its classes are too old for the AOT cache to keep).
            return new StartOptions(folder(null, environment, home), false, false, false, false);
        }
        Line line = parse(new Line(), args);
        if (line.help || line.version) {
            return new StartOptions(null, line.help, !line.help, false, false);
        }
        if (line.selfCheck) {
            // A self-check must not depend on, or change, the desk's everyday folder: only --data-dir counts.
            return new StartOptions(line.dataDir == null ? null : folder(line.dataDir, Map.of(), home), false, false,
                    true, true);
        }
        return new StartOptions(folder(line.dataDir, environment, home), false, false, false, line.standalone);
    }

    /** The line {@code --version} prints, e.g. {@code SalonDesk 0.1.0}: the same on the desk and the sync server. */
    public static String versionLine() {
        return BuildVersion.line();
    }

    /** Parses {@code args} into {@code line}, leaving out the one empty argument Maven hands a desk started without options. */
    static <L extends Common> L parse(L line, List<String> args) {
        List<String> given = args.stream().filter(a -> !a.isBlank()).toList();
        try {
            commandLine(line).parseArgs(given.toArray(String[]::new));
        } catch (ParameterException e) {
            throw new BadStartOptions(explain(e));
        }
        return line;
    }

    private static CommandLine commandLine(Common line) {
        return new CommandLine(line).setExpandAtFiles(false).setOverwrittenOptionsAllowed(true);
    }

    private static String explain(ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            return text("unknown-option", unmatched.getUnmatched().getFirst());
        }
        if (e instanceof CommandLine.MissingParameterException) {
            return text("data-dir-needs-folder");
        }
        return e.getMessage(); // picocli's own words, for the rare case not foreseen above
    }

    /** The data folder the command line, the environment or the default name; checked, not created. */
    static Path folder(String fromArgs, Map<String, String> environment, Path home) {
        Path folder;
        if (fromArgs != null) {
            if (fromArgs.isBlank()) {
                throw new BadStartOptions(text("data-dir-needs-folder"));
            }
            folder = path(fromArgs, "--data-dir");
        } else {
            String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
            folder = fromEnvironment == null || fromEnvironment.isBlank()
                    ? DefaultDataFolder.of(environment, home)
                    : path(fromEnvironment, ENVIRONMENT_VARIABLE);
        }
        check(folder);
        return folder.toAbsolutePath().normalize();
    }

    private static Path path(String text, String source) {
        try {
            return Path.of(text.strip());
        } catch (InvalidPathException e) {
            throw new BadStartOptions(text("not-a-path", source, text, e.getReason()));
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
                    ? text("is-a-file", folder.toString())
                    : text("inside-a-file", folder.toString(), existing.toString()));
        }
        if (!Files.isWritable(existing)) {
            throw new BadStartOptions(text("not-writable", existing.toString()));
        }
    }

    /**
     * What the launcher says when JavaFX cannot open a window at all: {@code why} is JavaFX's own short reason
     * (technical, for support), {@code log} the file with the details.
     */
    public static String cannotOpenWindow(String why, Path log) {
        return text("cannot-open-window", String.valueOf(why), log.toString());
    }

    /** The self-check's words on success: {@code folder} held the demo data. */
    public static String selfCheckPassed(Path folder) {
        return text("self-check-passed", folder.toString());
    }

    /** The self-check's words when the desk failed: {@code why} in plain words, {@code log} the file with details. */
    public static String selfCheckFailed(String why, Path log) {
        String reason = why.strip();
        // The reason is often a whole sentence; the pattern adds its own full stop.
        if (reason.endsWith(".")) {
            reason = reason.substring(0, reason.length() - 1);
        }
        return text("self-check-failed", reason, log.toString());
    }

    /** The self-check's words when the book did not show within {@code seconds}. */
    public static String selfCheckTooSlow(long seconds, Path log) {
        return text("self-check-too-slow", seconds, log.toString());
    }

    /** A text of the launcher's bundle, its arguments filled in with {@link MessageFormat}. */
    static String text(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE);
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }
}
