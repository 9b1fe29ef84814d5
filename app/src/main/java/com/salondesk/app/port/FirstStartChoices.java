package com.salondesk.app.port;

import java.util.function.Consumer;

/**
 * What a desk on an empty data folder can become: a desk of the chain's sync server (connect, then download its
 * history) or a standalone desk on the demo chain. Each call blocks; none runs on the FX thread.
 */
public interface FirstStartChoices extends ChainConnecting {

    /**
     * After {@link #connect}: downloads the chain's events so far, reporting as it goes (on its own thread). Throws
     * {@link SyncUnavailable} when the server stops answering part way; what came is kept.
     */
    void downloadHistory(Consumer<DownloadProgress> progress);

    /** Records the demo chain and makes this a standalone desk; {@code progress} names each step. */
    void workStandalone(Consumer<String> progress);
}
