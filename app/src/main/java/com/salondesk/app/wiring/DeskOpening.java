package com.salondesk.app.wiring;

import com.salondesk.app.demo.DemoChain;
import com.salondesk.app.language.Texts;
import com.salondesk.persistence.desk.DeskDatabase;
import com.salondesk.persistence.desk.DeskIdentity;
import com.salondesk.persistence.backend.DeskBackEnd;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the desk in a data folder. A folder without a desk identity is a first start: the desk becomes a desk of
 * the chain's sync server or a standalone desk on the demo chain ({@link FirstStart}). The identity is stored last,
 * so it doubles as the mark that the first start finished.
 */
public final class DeskOpening {

    /** Who works at the desk until staff sign-in exists. */
    public static final String FRONT_DESK_USER = "front-desk";
    private static final Logger LOG = LoggerFactory.getLogger(DeskOpening.class);

    private DeskOpening() {
    }

    /** An opened data folder: a desk ready to show, or a first start waiting for a person's choice. */
    public sealed interface Opening permits Opened, FirstStart {
    }

    /** The folder held a desk: here it is, its sync client running when it is connected to the chain. */
    public record Opened(FrontDesk desk) implements Opening {
    }

    /**
     * Opens the folder without deciding anything for a first start: the caller shows the first-start screen
     * (or chooses standalone itself).
     */
    public static Opening begin(Path folder, Clock clock, Consumer<String> progress) {
        progress.accept(Texts.get("desk.opening"));
        DeskBackEnd local = openLog(folder, clock);
        try {
            Optional<DeskIdentity> known = local.identity().read();
            if (known.isPresent()) {
                DeskIdentity identity = known.get();
                LOG.info("opened desk {} of {} in {}", identity.deviceId(), identity.tenantId(), folder);
                return new Opened(FirstStart.desk(local, identity, folder, clock));
            }
            if (local.log().count() > 0) {
                throw new UnfinishedDataFolder(folder);
            }
            LOG.info("no desk in {} yet: a first start", folder);
            return new FirstStart(local, folder, clock);
        } catch (RuntimeException e) {
            local.close();
            throw e;
        }
    }

    /** Opens the desk in {@code folder}; a first start works standalone on the demo chain, as tests and checks want. */
    public static FrontDesk open(Path folder, Clock clock, Consumer<String> progress) {
        return switch (begin(folder, clock, progress)) {
            case Opened opened -> opened.desk();
            case FirstStart first -> {
                try {
                    first.workStandalone(progress);
                    yield first.open();
                } catch (RuntimeException e) {
                    first.close();
                    throw e;
                }
            }
        };
    }

    /**
     * Makes an empty folder a desk of the demo chain: the chain first, the identity last, so that a desk
     * with an identity is one whose demo was recorded completely.
     */
    static DeskIdentity recordDemoDesk(DeskBackEnd local, Clock clock, Consumer<String> progress) {
        DeskIdentity fresh = DemoChain.deskIdentity();
        DemoChain.record(local, fresh, clock, progress);
        return local.identity().initialise(fresh);
    }

    static DeskBackEnd openLog(Path folder, Clock clock) {
        // H2 reads the log while the back end makes its event types; on a large log the two take about as long.
        try (DeskDatabase.OpenedAhead ahead = DeskDatabase.openAhead(folder)) {
            return DeskBackEnd.open(folder, clock);
        } catch (RuntimeException e) {
            // H2 allows one process per database file; its message is the only sign that one holds it.
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t.getMessage() != null && t.getMessage().contains("already in use")) {
                    throw new UnusableDataFolder(Texts.get("desk.folderInUse", folder), e);
                }
            }
            throw e;
        }
    }

    /** The data folder cannot be used as it is; the message says what to do. */
    public static class UnusableDataFolder extends RuntimeException {
        UnusableDataFolder(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The folder holds events but no desk identity: an earlier first start stopped half way. */
    public static final class UnfinishedDataFolder extends UnusableDataFolder {
        public UnfinishedDataFolder(Path folder) {
            super(Texts.get("desk.folderUnfinished", folder), null);
        }
    }
}
