package com.salondesk.syncserver.standin;

/**
 * Stands in for a class of the sync server in persistence's tests (the server is not on this module's class
 * path), so that the architecture test can plant a dependency on it.
 */
public final class ServerRoute {
}
