package com.salondesk.app.port;

/** How one read model or event handler keeps up with the log. */
public record ProcessingStatus(String name, long position, long lag, long failures, int retrying, int deadLetters,
                               int parked) {
}
