package com.salondesk.persistence.desk;

/**
 * An append expected a stream at one version but found it at another: someone else changed the
 * aggregate first. Nothing of the append was written.
 */
public final class StreamVersionConflict extends RuntimeException {
    private final String streamId;
    private final long expectedVersion;
    private final long actualVersion;

    public StreamVersionConflict(String streamId, long expectedVersion, long actualVersion, Throwable cause) {
        super("stream " + streamId + " is at version " + actualVersion + ", expected " + expectedVersion
                + "; nothing was written", cause);
        this.streamId = streamId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public String streamId() {
        return streamId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long actualVersion() {
        return actualVersion;
    }
}
