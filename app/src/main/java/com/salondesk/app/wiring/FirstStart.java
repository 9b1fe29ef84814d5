package com.salondesk.app.wiring;

import com.salondesk.app.port.ConnectionView;
import com.salondesk.app.port.DownloadProgress;
import com.salondesk.app.port.FirstStartChoices;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.DeskIdentity;
import com.salondesk.app.port.SyncUnavailable;
import com.salondesk.persistence.sync.CatchUp;
import com.salondesk.persistence.sync.DeviceRevoked;
import com.salondesk.persistence.sync.ServerUnreachable;
import com.salondesk.persistence.sync.TokenRefused;
import com.salondesk.persistence.sync.SyncClient;
import com.salondesk.persistence.sync.SyncSettings;
import com.salondesk.persistence.sync.SyncState;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An empty data folder, its back end open, waiting for the person's choice: connect to the chain's sync server and
 * download its history, or work standalone on the demo chain. {@link #open()} then gives the desk; closing an
 * unfinished first start closes the back end and leaves the folder empty of any identity.
 */
public final class FirstStart implements DeskOpening.Opening, FirstStartChoices, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);

    private final DeskBackEnd local;
    private final Path folder;
    private final Clock clock;
    private final DeskConnecting connecting;
    private volatile boolean handedOver;

    FirstStart(DeskBackEnd local, Path folder, Clock clock) {
        this.local = local;
        this.folder = folder;
        this.clock = clock;
        // Nothing shows the sync state yet on a first start.
        this.connecting = new DeskConnecting(local, () -> { });
    }

    /**
     * The desk on an opened back end with its identity. A desk connected to the chain (sync settings in its
     * folder) syncs in the background from now on; the book opens at once, offline or not.
     */
    static FrontDesk desk(DeskBackEnd local, DeskIdentity identity, Path folder, Clock clock) {
        Optional<SyncSettings> settings = SyncSettings.read(folder);
        if (settings.isPresent()) {
            SyncClient client = local.sync().orElseGet(() -> local.openSync(settings.get()));
            if (client.state().connection() == SyncState.Connection.NOT_CONNECTED) {
                client.start();
            }
            LOG.info("syncing with {}", settings.get().server());
        }
        return new FrontDesk(local, identity, DeskOpening.FRONT_DESK_USER, clock);
    }

    @Override
    public ConnectionView connection() {
        return connecting.connection();
    }

    @Override
    public ConnectionView connect(URI server, String token) {
        return connecting.connect(server, token);
    }

    /** Pulls the chain's events up to the server's head before the book opens; the client starts afterwards. */
    @Override
    public void downloadHistory(Consumer<DownloadProgress> progress) {
        SyncSettings settings = SyncSettings.read(folder).orElseThrow(
                () -> new IllegalStateException("connect first: there are no sync settings in " + folder));
        SyncClient client = local.sync().orElseGet(() -> local.openSync(settings));
        CatchUp done;
        try {
            done = client.catchUp(p -> progress.accept(new DownloadProgress(p.received(), p.total(),
                    p.eventsPerSecond(), p.timeLeft())));
        } catch (ServerUnreachable e) {
            throw new SyncUnavailable(SyncUnavailable.Reason.SERVER_UNREACHABLE, e);
        } catch (TokenRefused e) {
            throw new SyncUnavailable(SyncUnavailable.Reason.TOKEN_REFUSED, e);
        } catch (DeviceRevoked e) {
            throw new SyncUnavailable(SyncUnavailable.Reason.REVOKED, e);
        }
        LOG.info("first start in {}: {} events downloaded in {} ({} events/s)", folder, done.received(),
                done.took(), Math.round(done.eventsPerSecond()));
        try {
            // The book reads the read models: let them take what came before it opens.
            local.awaitProjections();
        } catch (IllegalStateException slow) {
            LOG.info("the read models are still taking the download in; the book fills as they do");
        }
    }

    @Override
    public void workStandalone(Consumer<String> progress) {
        LOG.info("first start in {}: recording the demo chain", folder);
        DeskOpening.recordDemoDesk(local, clock, progress);
    }

    /** The desk, once the first start made it one (connected, or standalone). */
    public FrontDesk open() {
        DeskIdentity identity = local.identity().read()
                .orElseThrow(() -> new IllegalStateException("the first start in " + folder + " has not finished"));
        handedOver = true;
        return desk(local, identity, folder, clock);
    }

    /** Closes the back end of a first start nobody finished (the window closed on the first-start screen). */
    @Override
    public void close() {
        if (!handedOver) {
            local.close();
        }
    }

    @Override
    public String toString() {
        return "first start in " + Objects.toString(folder);
    }
}
