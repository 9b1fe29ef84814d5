package com.salondesk.app.wiring;

import com.salondesk.app.demo.DemoChain;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.DeskIdentity;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code salondesk demo}: records the demo chain into a desk whose log is empty, for training. A new folder
 * becomes a demo desk, as on a first start; a desk that already has an identity (one connected to a chain's
 * sync server) records the demo as its own events, which its next sync sends to the chain. A log that holds
 * anything is left as it is.
 */
public final class DemoTraining {

    private static final Logger LOG = LoggerFactory.getLogger(DemoTraining.class);

    private DemoTraining() {
    }

    /** What recording the demo came to. */
    public sealed interface Outcome {
    }

    /** The demo chain is in the log, as {@code identity}'s events; {@code newDesk} when the folder became a desk. */
    public record Recorded(DeskIdentity identity, long events, boolean newDesk) implements Outcome {
    }

    /** The log already held {@code events} events; nothing was recorded. */
    public record AlreadyHoldsEvents(long events) implements Outcome {
    }

    /**
     * Opens the desk in {@code folder} (creating it when new), records the demo if its log is empty, and closes
     * it. Throws {@link DeskOpening.UnusableDataFolder} when another process has the folder open.
     */
    public static Outcome record(Path folder, Clock clock, Consumer<String> progress) {
        try (DeskBackEnd local = DeskOpening.openLog(folder, clock)) {
            long events = local.log().count();
            if (events > 0) {
                return new AlreadyHoldsEvents(events);
            }
            Optional<DeskIdentity> known = local.identity().read();
            if (known.isEmpty()) {
                LOG.info("demo: {} is a new desk, recording the demo chain", folder);
                DeskIdentity identity = DeskOpening.recordDemoDesk(local, clock, progress);
                return new Recorded(identity, local.log().count(), true);
            }
            DeskIdentity identity = known.get();
            LOG.info("demo: recording the demo chain as desk {} of {}", identity.deviceId(), identity.tenantId());
            DemoChain.record(local, identity, clock, progress);
            return new Recorded(identity, local.log().count(), false);
        }
    }
}
