package com.salondesk.domain.till;

import com.salondesk.domain.shared.DomainEvent;
import java.time.LocalDate;

/** Facts about which till a desk has open ({@code drawer-<deviceId>}); wire names in docs/events.md. */
public sealed interface DrawerEvent extends DomainEvent {
    String deviceId();

    /** Desk {@code deviceId} opened till {@code tillId} for {@code businessDay}; it has no other till open. */
    record TillTaken(String deviceId, String tillId, LocalDate businessDay) implements DrawerEvent {
    }

    /** Desk {@code deviceId} closed till {@code tillId}; it may open the next one. */
    record TillGivenBack(String deviceId, String tillId) implements DrawerEvent {
    }
}
