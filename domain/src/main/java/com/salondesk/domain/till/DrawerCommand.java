package com.salondesk.domain.till;

import java.time.LocalDate;

/** What opening and closing a till asks of the desk's drawer. */
public sealed interface DrawerCommand {
    String deviceId();

    /** Take till {@code tillId} into use on this desk. */
    record Take(String deviceId, String tillId, LocalDate businessDay) implements DrawerCommand {
    }

    /** Give till {@code tillId} back: it has been closed. */
    record GiveBack(String deviceId, String tillId) implements DrawerCommand {
    }
}
