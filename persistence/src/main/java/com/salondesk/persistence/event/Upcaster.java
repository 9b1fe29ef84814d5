package com.salondesk.persistence.event;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns a payload written in one schema version of an event type into the next version's shape. The
 * registry chains them, so an event stored years ago is read in today's shape; the stored bytes never
 * change.
 */
@FunctionalInterface
public interface Upcaster {

    /** Returns the payload in the next version's shape; {@code payload} is a copy the upcaster may change. */
    ObjectNode upcast(ObjectNode payload);
}
