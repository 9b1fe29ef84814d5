package com.salondesk.app.port;

import java.net.URI;

/** Connects this desk to the chain's sync server with the enrolment token headquarters printed. */
public interface ChainConnecting {

    /** What the desk is connected to now (server null: standalone). */
    ConnectionView connection();

    /**
     * Asks the server who the token belongs to and, when the desk may join, stores the connection; blocks.
     * Throws {@link ConnectRefusal} (nothing changed) when the server cannot be reached, refuses the token, or
     * the desk has data of its own and the chain is not empty.
     */
    ConnectionView connect(URI server, String token);
}
