package com.salondesk.persistence.tools;

import com.salondesk.persistence.backend.ChainConnection;
import com.salondesk.persistence.backend.ConnectRefused;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.sync.CatchUp;
import com.salondesk.persistence.sync.CatchUpProgress;
import com.salondesk.persistence.sync.DeviceIdentity;
import com.salondesk.persistence.sync.DeviceRevoked;
import com.salondesk.persistence.sync.ServerUnreachable;
import com.salondesk.persistence.sync.SyncClient;
import com.salondesk.persistence.sync.SyncFailure;
import com.salondesk.persistence.sync.SyncRound;
import com.salondesk.persistence.sync.SyncSettings;
import com.salondesk.persistence.sync.TokenRefused;
import com.salondesk.persistence.tools.DeskMaintenance.DataFolder;
import com.salondesk.persistence.tools.DeskMaintenance.Help;
import com.salondesk.persistence.tools.DeskMaintenance.OnDesk;
import com.salondesk.persistence.tools.DeskMaintenance.Words;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The support commands that talk to the chain's sync server: {@code connect} and {@code sync}. */
final class SyncCommands {

    /** Exit status when the sync server cannot be reached. */
    static final int UNREACHABLE = 4;
    /** Exit status when the server refuses the token or has revoked the desk. */
    static final int REFUSED = 5;

    private SyncCommands() {
    }

    /** Says what a failed call to the server means, on standard error; returns the exit status for it. */
    static int explain(SyncFailure failure, Words words, PrintWriter err, String server) {
        return switch (failure) {
            case TokenRefused t -> {
                err.println(words.get("sync.token-refused", server));
                yield REFUSED;
            }
            case DeviceRevoked r -> {
                err.println(words.get("sync.revoked", server));
                yield REFUSED;
            }
            case ServerUnreachable u -> {
                err.println(words.get("sync.unreachable", server, String.valueOf(u.getMessage())));
                yield UNREACHABLE;
            }
            default -> {
                err.println(words.get("failed", String.valueOf(failure.getMessage())));
                yield DeskMaintenance.FAILED;
            }
        };
    }

    /** {@code connect --server URL --token TOKEN}: makes the desk in the data folder a desk of the chain. */
    @Command(name = "connect")
    static final class Connect implements Callable<Integer> {
        private final Words words;
        private final PrintWriter out;
        private final PrintWriter err;
        @Spec
        CommandSpec spec;
        @Mixin
        Help help;
        @Mixin
        DataFolder dataFolder;
        @Option(names = "--server", paramLabel = "<URL>", descriptionKey = "server")
        String server;
        @Option(names = "--token", paramLabel = "<token>", descriptionKey = "token")
        String token;

        Connect(Words words, PrintWriter out, PrintWriter err) {
            this.words = words;
            this.out = out;
            this.err = err;
        }

        @Override
        public Integer call() {
            Path dataDir = dataFolder.path(words, spec.commandLine());
            if (server == null || server.isBlank()) {
                throw new ParameterException(spec.commandLine(), words.get("usage.connect-needs-server"));
            }
            if (token == null || token.isBlank()) {
                throw new ParameterException(spec.commandLine(), words.get("usage.connect-needs-token"));
            }
            SyncSettings settings;
            try {
                settings = SyncSettings.of(server, token);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), SyncSettings.looksLikeToken(token.strip())
                        ? words.get("connect.bad-server", server.strip()) : words.get("connect.bad-token"));
            }
            Optional<DeskBackEnd> opened = openDesk(dataDir);
            if (opened.isEmpty()) {
                return DeskMaintenance.FAILED;
            }
            try (DeskBackEnd desk = opened.get()) {
                DeviceIdentity device;
                try {
                    device = ChainConnection.connect(desk, dataDir, settings.server(), settings.token());
                } catch (ConnectRefused refused) {
                    err.println(words.get("connect.refused." + refused.reason(), desk.log().count()));
                    return DeskMaintenance.FAILED;
                } catch (SyncFailure failure) {
                    return explain(failure, words, err, settings.server().toString());
                }
                out.println(words.get("connect.connected", device.tenantId(), device.branchId(), device.deviceId()));
                SyncClient client = desk.openSync(settings);
                try {
                    CatchUp caughtUp = client.catchUp(new ProgressLines());
                    if (caughtUp.received() > 0) {
                        out.println(words.get("connect.downloaded", caughtUp.received(), caughtUp.took().toMillis() / 1000.0,
                                caughtUp.eventsPerSecond()));
                    }
                    SyncRound round = client.runRound();
                    if (round.pushed() > 0) {
                        out.println(words.get("connect.uploaded", round.pushed()));
                    }
                } catch (SyncFailure failure) {
                    err.println(words.get("connect.sync-later"));
                    return explain(failure, words, err, settings.server().toString());
                }
                return DeskMaintenance.DONE;
            }
        }

        /** Opens (or creates) the desk in the data folder; says plainly why not and returns empty when it cannot. */
        private Optional<DeskBackEnd> openDesk(Path dataDir) {
            try {
                return Optional.of(DeskBackEnd.open(dataDir, Clock.systemUTC()));
            } catch (RuntimeException e) {
                if (String.valueOf(e.getMessage()).contains("already in use")) {
                    err.println(words.get("folder-in-use", dataDir.toAbsolutePath().toString()));
                } else {
                    err.println(words.get("cannot-open", dataDir.toAbsolutePath().toString(),
                            String.valueOf(e.getMessage())));
                }
                return Optional.empty();
            }
        }

        /** One line per tenth of the download, and the last one. */
        private final class ProgressLines implements java.util.function.Consumer<CatchUpProgress> {
            private int lastTenth = -1;

            @Override
            public void accept(CatchUpProgress p) {
                if (p.total() == 0) {
                    return;
                }
                int tenth = (int) (p.fraction() * 10);
                if (tenth != lastTenth) {
                    lastTenth = tenth;
                    out.println(words.get("connect.progress", p.received(), p.total(), p.eventsPerSecond(),
                            p.timeLeft().toSeconds()));
                }
            }
        }
    }

    /** {@code sync}: one round with the server the desk is connected to. */
    @Command(name = "sync")
    static final class Sync extends OnDesk {

        Sync(Words words, PrintWriter out, PrintWriter err) {
            super(words, out, err);
        }

        @Override
        int on(DeskBackEnd desk) {
            Optional<SyncSettings> settings;
            try {
                settings = SyncSettings.read(desk.database().folder());
            } catch (RuntimeException e) {
                err.println(words.get("failed", String.valueOf(e.getMessage())));
                return DeskMaintenance.FAILED;
            }
            if (settings.isEmpty()) {
                err.println(words.get("sync.not-connected", desk.database().folder().toAbsolutePath().toString()));
                return DeskMaintenance.FAILED;
            }
            SyncClient client = desk.openSync(settings.get());
            try {
                SyncRound round = client.runRound();
                out.println(words.get("sync.done", round.pushed(), round.pulled(), round.pending(), round.conflicts()));
                long rejected = desk.log().rejectedCount();
                if (rejected > 0) {
                    out.println(words.get("sync.rejected", rejected));
                }
                return DeskMaintenance.DONE;
            } catch (SyncFailure failure) {
                return explain(failure, words, err, settings.get().server().toString());
            }
        }
    }

}
