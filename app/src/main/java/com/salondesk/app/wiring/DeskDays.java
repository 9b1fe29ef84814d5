package com.salondesk.app.wiring;

import com.salondesk.app.port.BookingView;
import com.salondesk.app.port.BranchView;
import com.salondesk.app.port.CustomerView;
import com.salondesk.app.port.DayReading;
import com.salondesk.app.port.ServiceView;
import com.salondesk.app.port.StaffView;
import com.salondesk.persistence.read.DeskQueries;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

/** A day of the appointment book read from the desk's read models. */
final class DeskDays implements DayReading {

    private final DeskQueries queries;
    private final String homeBranchId;

    DeskDays(DeskQueries queries, String homeBranchId) {
        this.queries = queries;
        this.homeBranchId = homeBranchId;
    }

    @Override
    public String homeBranchId() {
        return homeBranchId;
    }

    @Override
    public List<BranchView> branches() {
        return queries.branches().stream().map(ReadViews::of).toList();
    }

    @Override
    public List<StaffView> staffOf(String branchId) {
        return queries.staffOf(branchId).stream().map(ReadViews::of).toList();
    }

    @Override
    public List<ServiceView> services() {
        return queries.services().stream().map(ReadViews::of).toList();
    }

    @Override
    public List<BookingView> bookingsOn(String branchId, LocalDate date, ZoneId zone) {
        return queries.bookingsOn(branchId, date, zone).stream().map(ReadViews::of).toList();
    }

    @Override
    public List<BookingView> bookingsBetween(String branchId, LocalDate from, LocalDate until, ZoneId zone) {
        return queries.bookingsBetween(branchId, from, until, zone).stream().map(ReadViews::of).toList();
    }

    @Override
    public List<CustomerView> customersOf(Collection<String> customerIds) {
        return queries.customers(customerIds).stream().map(ReadViews::of).toList();
    }
}
