package com.salondesk.domain.till;

import java.time.LocalDate;

/** A desk's cash drawer: free, or holding one open till. */
public sealed interface Drawer {

    record Free() implements Drawer {
    }

    /** Till {@code tillId} of {@code businessDay} is open on this desk. */
    record InUse(String tillId, LocalDate businessDay) implements Drawer {
    }
}
