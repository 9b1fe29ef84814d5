package com.salondesk.persistence.tools;

import com.google.common.eventbus.Subscribe;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.runtime.HandlerStatus;
import com.salondesk.persistence.runtime.ReplayProgress;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Support staff's command line for a desk's data folder (with the app closed):
 * <pre>
 *   status  --data-dir DIR            read models and how far each is behind the log
 *   rebuild NAME --data-dir DIR       rebuild a read model from the log ("all" for every one)
 * </pre>
 * Parsed by picocli; every text it prints comes from the {@code SupportMessages} bundle in the JVM's
 * default locale. Exit status 0 on success, 2 for a usage error, 1 when the work failed; messages go to
 * standard error.
 */
public final class DeskMaintenance {

    static final String BUNDLE = "com.salondesk.persistence.tools.SupportMessages";
    static final int DONE = 0;
    static final int FAILED = 1;
    static final int BAD_USAGE = 2;

    private DeskMaintenance() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command; returns the process exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Words words = new Words(ResourceBundle.getBundle(BUNDLE));
        PrintWriter o = new PrintWriter(out, true, out.charset());
        PrintWriter e = new PrintWriter(err, true, err.charset());
        CommandLine line = new CommandLine(new Root(words))
                .addSubcommand(new Status(words, o, e))
                .addSubcommand(new Rebuild(words, o, e))
                .addSubcommand(new LogCommand(words, o, e))
                .addSubcommand(new SyncCommands.Connect(words, o, e))
                .addSubcommand(new SyncCommands.Sync(words, o, e))
                .addSubcommand(new ImportCustomersCommand(words, o, e));
        line.setOut(o).setErr(e);
        line.setParameterExceptionHandler((problem, given) -> {
            e.println(words.explain(problem));
            problem.getCommandLine().usage(e);
            return BAD_USAGE;
        });
        line.setExecutionExceptionHandler((problem, command, parsed) -> {
            e.println(words.get("failed", String.valueOf(problem.getMessage())));
            return FAILED;
        });
        int status = line.execute(args);
        o.flush();
        e.flush();
        return status;
    }

    /** Texts from the bundle, filled in with {@link MessageFormat} for the bundle's locale. */
    record Words(ResourceBundle bundle) {

        String get(String key, Object... arguments) {
            String pattern = bundle.getString(key);
            Locale locale = bundle.getLocale().toString().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        }

        /** Says in plain words what is wrong with a command line, in the person's language. */
        String explain(ParameterException problem) {
            CommandSpec spec = problem.getCommandLine().getCommandSpec();
            if (problem instanceof CommandLine.UnmatchedArgumentException unmatched
                    && !unmatched.getUnmatched().isEmpty()) {
                String first = unmatched.getUnmatched().getFirst();
                if (first.startsWith("-")) {
                    return get("usage.unknown-option", first);
                }
                return switch (spec.name()) {
                    case "status" -> get("usage.status-takes-no-words");
                    case "rebuild" -> get("usage.rebuild-which");
                    case "log" -> get("usage.log-takes-no-words");
                    case "import-customers" -> get("usage.import-which-file");
                    default -> get("usage.unknown-command", first);
                };
            }
            if (problem instanceof CommandLine.MissingParameterException missing) {
                boolean anOption = missing.getMissing().stream().anyMatch(arg -> arg.isOption());
                if (!anOption && spec.name().equals("import-customers")) {
                    return get("usage.import-which-file");
                }
                return anOption ? get("usage.data-dir-needs-folder") : get("usage.rebuild-which");
            }
            return problem.getMessage(); // picocli's own words, for the rare case not foreseen above
        }
    }

    /** {@code --help} on every command. */
    static final class Help {
        @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
        boolean wanted;
    }

    /** {@code --data-dir}, which every command needs. */
    static final class DataFolder {
        @Option(names = "--data-dir", paramLabel = "<folder>", descriptionKey = "data-dir")
        String folder;

        Path path(Words words, CommandLine line) {
            if (folder == null) {
                throw new ParameterException(line, words.get("usage.missing-data-dir"));
            }
            if (folder.isBlank()) {
                throw new ParameterException(line, words.get("usage.data-dir-needs-folder"));
            }
            return Path.of(folder.strip());
        }
    }

    /** {@code salondesk} without a command: says what to do. */
    @Command(name = "salondesk", resourceBundle = BUNDLE)
    static final class Root implements Callable<Integer> {
        private final Words words;
        @Spec
        CommandSpec spec;
        @Mixin
        Help help;

        Root(Words words) {
            this.words = words;
        }

        @Override
        public Integer call() {
            throw new ParameterException(spec.commandLine(), words.get("usage.missing-command"));
        }
    }

    /** Work on an open desk, with the ways opening one can fail said plainly. */
    abstract static class OnDesk implements Callable<Integer> {
        final Words words;
        final PrintWriter out;
        final PrintWriter err;
        @Spec
        CommandSpec spec;
        @Mixin
        Help help;
        @Mixin
        DataFolder dataFolder;

        OnDesk(Words words, PrintWriter out, PrintWriter err) {
            this.words = words;
            this.out = out;
            this.err = err;
        }

        /** Checks what only the command can check, before the desk is opened; throws on a usage error. */
        void checkArguments() {
        }

        abstract int on(DeskBackEnd desk);

        @Override
        public Integer call() {
            Path dataDir = dataFolder.path(words, spec.commandLine());
            checkArguments();
            if (!Files.isRegularFile(dataDir.resolve("salondesk.mv.db"))) {
                err.println(words.get("no-data", dataDir.toAbsolutePath().toString()));
                return FAILED;
            }
            DeskBackEnd desk;
            try {
                desk = DeskBackEnd.open(dataDir, Clock.systemUTC());
            } catch (RuntimeException e) {
                if (String.valueOf(e.getMessage()).contains("already in use")) {
                    err.println(words.get("folder-in-use", dataDir.toAbsolutePath().toString()));
                } else {
                    err.println(words.get("cannot-open", dataDir.toAbsolutePath().toString(), String.valueOf(e.getMessage())));
                }
                return FAILED;
            }
            try (desk) {
                return on(desk);
            }
        }
    }

    @Command(name = "status")
    static final class Status extends OnDesk {

        Status(Words words, PrintWriter out, PrintWriter err) {
            super(words, out, err);
        }

        @Override
        int on(DeskBackEnd desk) {
            out.println(words.get("status.log", desk.log().count(), desk.log().headPosition()));
            for (HandlerStatus s : desk.runtime().projections().status()) {
                out.println(words.get("status.read-model", s.handler(), s.position(), s.lag()));
            }
            out.println(words.get("status.dead-letters", desk.runtime().handlers().deadLetters().countDead()));
            return DONE;
        }
    }

    @Command(name = "rebuild")
    static final class Rebuild extends OnDesk {
        @Parameters(index = "0", paramLabel = "<read model>|all", descriptionKey = "read-model")
        String name;

        Rebuild(Words words, PrintWriter out, PrintWriter err) {
            super(words, out, err);
        }

        @Override
        int on(DeskBackEnd desk) {
            var projections = desk.runtime().projections();
            List<String> names = name.equals("all") ? List.copyOf(projections.names()) : List.of(name);
            for (String n : names) {
                if (!projections.names().contains(n)) {
                    err.println(words.get("rebuild.unknown", n, String.join(", ", projections.names())));
                    return BAD_USAGE;
                }
            }
            Object listener = new Object() {
                private int lastPercent = -1;

                @Subscribe
                public void on(ReplayProgress p) {
                    int percent = (int) (p.fraction() * 100);
                    if (percent / 10 != lastPercent / 10 || p.done()) {
                        out.println(words.get("rebuild.progress", p.projection(), percent));
                        lastPercent = percent;
                    }
                }
            };
            desk.bus().register(listener);
            try {
                for (String n : names) {
                    long start = System.nanoTime();
                    projections.rebuild(n);
                    out.println(words.get("rebuild.done", n, desk.log().headPosition(), (System.nanoTime() - start) / 1e9));
                }
            } finally {
                desk.bus().unregister(listener);
            }
            return DONE;
        }
    }
}
