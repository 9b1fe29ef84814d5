package com.salondesk.app.port;

/** What one sync round asked for by the person did: events sent, events taken, still waiting, clashes rebased. */
public record SyncRoundView(int pushed, int pulled, long pending, int conflicts) {
}
