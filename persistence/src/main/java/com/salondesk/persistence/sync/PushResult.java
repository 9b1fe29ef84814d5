package com.salondesk.persistence.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.UUID;

/**
 * What the server did with one pushed event: {@code accepted} and {@code duplicate} carry the event's
 * {@code globalPosition}; {@code conflict} carries the stream and the version the server's stream is at.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PushResult(UUID id, Status status, Long globalPosition, String streamId, Long currentVersion) {

    /** The three outcomes of the protocol, with their wire names. */
    public enum Status {
        @JsonProperty("accepted") ACCEPTED,
        @JsonProperty("duplicate") DUPLICATE,
        @JsonProperty("conflict") CONFLICT
    }

    public PushResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        if (status == Status.CONFLICT) {
            Objects.requireNonNull(streamId, "a conflict names its stream");
            Objects.requireNonNull(currentVersion, "a conflict names the stream's current version");
        } else {
            Objects.requireNonNull(globalPosition, "an accepted or duplicate event has a global position");
        }
    }

    public static PushResult accepted(UUID id, long globalPosition) {
        return new PushResult(id, Status.ACCEPTED, globalPosition, null, null);
    }

    public static PushResult duplicate(UUID id, long globalPosition) {
        return new PushResult(id, Status.DUPLICATE, globalPosition, null, null);
    }

    public static PushResult conflict(UUID id, String streamId, long currentVersion) {
        return new PushResult(id, Status.CONFLICT, null, streamId, currentVersion);
    }
}
