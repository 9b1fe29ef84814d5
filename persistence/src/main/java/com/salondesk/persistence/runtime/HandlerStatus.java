package com.salondesk.persistence.runtime;

/** A handler's health at a glance: how far behind the log it is, and what went wrong. */
public record HandlerStatus(String handler, long position, long head, long failures, int retrying,
                            int deadLetters, int parked) {
    public long lag() {
        return Math.max(0, head - position);
    }
}
