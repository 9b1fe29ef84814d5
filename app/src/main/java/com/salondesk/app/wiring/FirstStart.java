package com.salondesk.app.wiring;

import com.salondesk.app.demo.DemoChain;
import com.salondesk.app.port.ConnectionView;
import com.salondesk.app.port.DownloadProgress;
import com.salondesk.app.port.FirstStartChoices;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.DeskIdentity;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
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
        this.connecting = new DeskConnecting(local);
    }

    /** The desk on an opened back end with its identity; its sync client starts when it is connected. */
    static FrontDesk desk(DeskBackEnd local, DeskIdentity identity, Path folder, Clock clock) {
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

    @Override
    public void downloadHistory(Consumer<DownloadProgress> progress) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void workStandalone(Consumer<String> progress) {
        LOG.info("first start in {}: recording the demo chain", folder);
        DeskIdentity fresh = DemoChain.deskIdentity();
        DemoChain.record(local, fresh, clock, progress);
        local.identity().initialise(fresh);
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
