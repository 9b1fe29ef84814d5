package com.salondesk.app.port;

import java.util.List;
import java.util.function.Consumer;

/** How the desk's read models and event handlers keep up with its log, and rebuilding a read model. */
public interface Diagnostics {

    /** The log's last position: how many events it holds. */
    long headPosition();

    /** Waits while a read model is rebuilt. */
    List<ProcessingStatus> readModels();

    List<ProcessingStatus> handlers();

    /**
     * Rebuilds a read model from the whole log beside the live one and swaps it in; returns the log's head
     * afterwards. {@code progress} is called after each batch, on the read models' worker, not the FX thread.
     */
    long rebuild(String readModel, Consumer<RebuildProgress> progress);
}
