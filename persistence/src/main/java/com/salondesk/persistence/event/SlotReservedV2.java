package com.salondesk.persistence.event;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code schedule.slot-reserved} v1 → v2: v2 may name a processing gap inside the slot ({@code processingStart},
 * {@code processingEnd}), while a colour develops and the stylist is free. A v1 reservation had none: the stylist
 * worked all of it.
 */
final class SlotReservedV2 implements Upcaster {

    @Override
    public ObjectNode upcast(ObjectNode payload) {
        payload.putNull("processingStart");
        payload.putNull("processingEnd");
        return payload;
    }
}
