package com.salondesk.app.port;

import java.util.function.Consumer;

/** News for the people at the desk as it happens: bookings made and cancelled, here or at another desk. */
public interface StaffNotices {

    /**
     * Calls {@code notice} for each piece of news from now on, on a thread of the desk's (not the FX thread); stops
     * when the returned handle is run.
     */
    Runnable listen(Consumer<StaffNotice> notice);
}
