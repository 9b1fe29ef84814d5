package com.salondesk.domain.operations;

/** What a person can decide about a handler's work on the desk's own events. */
public sealed interface HandlerCommand {

    /**
     * Have {@code handler} pass over the event it could not process ({@code eventId} of {@code streamId}), for
     * {@code reason}.
     */
    record SkipEvent(String handler, String eventId, String streamId, String eventType, String reason)
            implements HandlerCommand {
    }
}
