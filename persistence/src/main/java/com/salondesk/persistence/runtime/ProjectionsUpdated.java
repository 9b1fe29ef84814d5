package com.salondesk.persistence.runtime;

/** Posted on the event bus after projections have caught up to {@code position} of the log. */
public record ProjectionsUpdated(long position) {
}
