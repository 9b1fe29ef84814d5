package com.salondesk.app;

import com.salondesk.app.wiring.FrontDesk;
import com.salondesk.domain.booking.NewBooking;
import java.time.Duration;
import java.time.LocalTime;

/** Books Jane into the test salon straight through the booking desk, and waits for what follows. */
public final class SalonBookings {

    private final FrontDesk desk;

    public SalonBookings(FrontDesk desk) {
        this.desk = desk;
    }

    /** Books Jane for a cut today with {@code staffId} from {@code start} to {@code end}; returns the booking id. */
    public String book(String staffId, String start, String end) {
        String customer = desk.local().queries().searchCustomers("jane doe", 1).getFirst().customerId();
        return desk.local().bookings().book(desk.command(), new NewBooking(customer, TestSalon.BRANCH, staffId,
                TestSalon.CUT, TestSalon.TODAY.atTime(LocalTime.parse(start)),
                TestSalon.TODAY.atTime(LocalTime.parse(end)), false));
    }

    public void confirm(String bookingId) {
        desk.local().bookings().confirm(desk.command(), bookingId);
    }

    /** Waits until every event handler has taken (or dead-lettered) everything recorded so far. */
    public void awaitHandlers() {
        try {
            if (!desk.local().runtime().handlers().awaitPosition(desk.local().log().headPosition(), Duration.ofSeconds(30))) {
                throw new AssertionError("the event handlers did not catch up with the log within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
