package com.salondesk.persistence.tools;

import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.runtime.ReplayProgress;
import com.salondesk.persistence.runtime.HandlerStatus;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Support staff's command line for a desk's data folder (with the app closed):
 * <pre>
 *   status  --data-dir DIR            read models and how far each is behind the log
 *   rebuild NAME --data-dir DIR       rebuild a read model from the log ("all" for every one)
 * </pre>
 * Exit status 0 on success, 2 for a usage error, 1 when the work failed; messages go to standard error.
 */
public final class DeskMaintenance {

    private DeskMaintenance() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command; returns the process exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> words = new ArrayList<>();
        Path dataDir = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir")) {
                if (i + 1 >= args.length || args[i + 1].isBlank()) {
                    return usage(err, "--data-dir needs a folder.");
                }
                dataDir = Path.of(args[++i]);
            } else if (args[i].startsWith("--")) {
                return usage(err, "Unknown option " + args[i] + ".");
            } else {
                words.add(args[i]);
            }
        }
        if (words.isEmpty()) {
            return usage(err, "Say what to do: status or rebuild.");
        }
        if (dataDir == null) {
            return usage(err, "Say which data folder with --data-dir.");
        }
        if (!Files.isRegularFile(dataDir.resolve("salondesk.mv.db"))) {
            err.println("There is no SalonDesk data in " + dataDir.toAbsolutePath() + ".");
            return 1;
        }
        String command = words.getFirst();
        return switch (command) {
            case "status" -> words.size() == 1 ? withDesk(dataDir, err, desk -> status(desk, out))
                    : usage(err, "status takes no other words.");
            case "rebuild" -> words.size() == 2 ? withDesk(dataDir, err, desk -> rebuild(desk, words.get(1), out, err))
                    : usage(err, "Say which read model to rebuild, or all.");
            default -> usage(err, "Unknown command '" + command + "'.");
        };
    }

    private interface DeskWork {
        int on(DeskBackEnd desk);
    }

    private static int withDesk(Path dataDir, PrintStream err, DeskWork work) {
        DeskBackEnd desk;
        try {
            desk = DeskBackEnd.open(dataDir, Clock.systemUTC());
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("already in use")) {
                err.println("The data folder " + dataDir.toAbsolutePath() + " is in use. Close SalonDesk on this PC first.");
            } else {
                err.println("Could not open the data folder " + dataDir.toAbsolutePath() + ": " + e.getMessage());
            }
            return 1;
        }
        try (desk) {
            return work.on(desk);
        }
    }

    private static int status(DeskBackEnd desk, PrintStream out) {
        out.printf(Locale.ROOT, "log: %d events, head at position %d%n", desk.log().count(), desk.log().headPosition());
        for (HandlerStatus s : desk.runtime().projections().status()) {
            out.printf(Locale.ROOT, "read model %s: at %d, %d behind%n", s.handler(), s.position(), s.lag());
        }
        out.printf(Locale.ROOT, "dead letters waiting for a person: %d%n", desk.runtime().handlers().deadLetters().countDead());
        return 0;
    }

    private static int rebuild(DeskBackEnd desk, String name, PrintStream out, PrintStream err) {
        List<String> names = name.equals("all") ? List.copyOf(desk.runtime().projections().names()) : List.of(name);
        for (String n : names) {
            if (!desk.runtime().projections().names().contains(n)) {
                err.println("There is no read model named '" + n + "'; there are "
                        + String.join(", ", desk.runtime().projections().names()) + ".");
                return 2;
            }
        }
        Object listener = new Object() {
            private int lastPercent = -1;

            @com.google.common.eventbus.Subscribe
            public void on(ReplayProgress p) {
                int percent = (int) (p.fraction() * 100);
                if (percent / 10 != lastPercent / 10 || p.done()) {
                    out.printf(Locale.ROOT, "%s: %d%%%n", p.projection(), percent);
                    lastPercent = percent;
                }
            }
        };
        desk.bus().register(listener);
        for (String n : names) {
            long start = System.nanoTime();
            desk.runtime().projections().rebuild(n);
            out.printf(Locale.ROOT, "rebuilt %s from %d events in %.1f s%n", n, desk.log().headPosition(),
                    (System.nanoTime() - start) / 1e9);
        }
        desk.bus().unregister(listener);
        return 0;
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println("Usage: status --data-dir DIR | rebuild NAME|all --data-dir DIR");
        return 2;
    }
}
