package com.salondesk.persistence.desk;

import java.time.Instant;

/**
 * The desk's stored sync progress: the last global position pulled, the server's head as last seen, and
 * when a sync round last went through (null: never).
 */
public record SyncProgress(long pulledThrough, long serverHead, Instant lastSuccess) {
}
