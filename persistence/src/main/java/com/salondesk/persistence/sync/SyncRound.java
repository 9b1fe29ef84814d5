package com.salondesk.persistence.sync;

/**
 * What one sync round did: events the server took from this desk (accepted or already held), events of
 * other desks received, events still waiting to be pushed, and pushed events answered {@code conflict}.
 */
public record SyncRound(int pushed, int pulled, long pending, int conflicts) {
}
