package com.salondesk.app.port;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

/** Reads what a day in the appointment book shows: branches, their team, the menu and the day's bookings. */
public interface DayReading {

    /** The branch this desk stands in; the book opens on it. */
    String homeBranchId();

    List<BranchView> branches();

    List<StaffView> staffOf(String branchId);

    List<ServiceView> services();

    /** Every booking of the branch that starts on {@code date} in {@code zone}, whatever its status. */
    List<BookingView> bookingsOn(String branchId, LocalDate date, ZoneId zone);

    // the week view and the day sheet (issue 12, week)

    /**
     * Every booking of the branch that starts on a day from {@code from} up to (not including) {@code until} in
     * {@code zone}, by start: a week of the book in one read.
     */
    List<BookingView> bookingsBetween(String branchId, LocalDate from, LocalDate until, ZoneId zone);

    /** The customers on file among {@code customerIds}, with the phone and notes the day sheet prints. */
    List<CustomerView> customersOf(Collection<String> customerIds);
}
