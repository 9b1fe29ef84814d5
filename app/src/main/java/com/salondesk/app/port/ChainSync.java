package com.salondesk.app.port;

import java.util.List;
import java.util.function.Consumer;

/** The desk's sync with the chain's server: how it stands, live, and a round run now at a person's asking. */
public interface ChainSync {

    /** Which server, tenant, branch and device; the server is null for a standalone desk. */
    ConnectionView connection();

    /** How the desk stands now. */
    SyncView state();

    /** Runs {@code listener} with each new state, on the sync client's own thread (never the FX thread). */
    void onChange(Consumer<SyncView> listener);

    /** Runs one round now (push, then pull); blocks. Throws {@link SyncUnavailable} when it cannot. */
    SyncRoundView syncNow();

    /** This desk's events the server refused as invalid, with its reasons. */
    List<RefusedEvent> refusedEvents();
}
