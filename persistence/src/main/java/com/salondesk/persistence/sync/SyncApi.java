package com.salondesk.persistence.sync;

/** The paths, limits and names of sync protocol v1 that both the server and a desk's sync client use. */
public final class SyncApi {

    public static final String EVENTS = "/api/v1/events";
    public static final String ME = "/api/v1/me";
    public static final String LIVE = "/api/v1/live";
    public static final String HEALTH = "/health";
    public static final String METRICS = "/metrics";

    /** A pull without {@code limit} gets this many events at most. */
    public static final int DEFAULT_PULL_LIMIT = 500;
    /** A pull never gets more than this many events, whatever it asked for. */
    public static final int MAX_PULL_LIMIT = 1000;

    /** Problem types ({@code urn:salondesk:problem:*}). */
    public static final String PROBLEM_PREFIX = "urn:salondesk:problem:";

    private SyncApi() {
    }
}
