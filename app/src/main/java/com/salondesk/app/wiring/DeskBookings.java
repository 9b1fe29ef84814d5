package com.salondesk.app.wiring;

import com.salondesk.app.port.BookingCommands;
import com.salondesk.domain.booking.CancelReason;
import com.salondesk.domain.booking.NewBooking;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.backend.DeskBackEnd;
import java.time.LocalDateTime;
import java.util.function.Supplier;

/** Bookings made and changed through the desk's booking commands, as the person at the desk. */
final class DeskBookings implements BookingCommands {

    private final DeskBackEnd local;
    private final Supplier<EventContext> command;

    DeskBookings(DeskBackEnd local, Supplier<EventContext> command) {
        this.local = local;
        this.command = command;
    }

    @Override
    public String book(NewBooking request) {
        return Writes.run(local, () -> local.bookings().book(command.get(), request));
    }

    @Override
    public void confirm(String bookingId) {
        Writes.run(local, () -> local.bookings().confirm(command.get(), bookingId));
    }

    @Override
    public void checkIn(String bookingId) {
        Writes.run(local, () -> local.bookings().checkIn(command.get(), bookingId));
    }

    @Override
    public void complete(String bookingId) {
        Writes.run(local, () -> local.bookings().complete(command.get(), bookingId));
    }

    @Override
    public void markNoShow(String bookingId) {
        Writes.run(local, () -> local.bookings().markNoShow(command.get(), bookingId));
    }

    @Override
    public void undoNoShow(String bookingId) {
        Writes.run(local, () -> local.bookings().undoNoShow(command.get(), bookingId));
    }

    @Override
    public void cancel(String bookingId, CancelReason reason) {
        Writes.run(local, () -> local.bookings().cancel(command.get(), bookingId, reason));
    }

    @Override
    public void reschedule(String bookingId, String staffId, LocalDateTime start, LocalDateTime end) {
        Writes.run(local, () -> local.bookings().reschedule(command.get(), bookingId, staffId, start, end));
    }

    @Override
    public void change(String bookingId, String serviceId, String notes) {
        Writes.run(local, () -> local.bookings().change(command.get(), bookingId, serviceId, notes));
    }
}
