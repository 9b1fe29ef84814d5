package com.salondesk.domain.booking;

/** A booking at each stage of its life; one record per stage so illegal states cannot be written. */
public sealed interface Booking {

    BookingStatus status();

    record None() implements Booking {
        @Override
        public BookingStatus status() {
            throw new IllegalStateException("a booking that does not exist has no status");
        }
    }

    sealed interface Existing extends Booking {
        String bookingId();

        BookingDetails details();
    }

    record Requested(String bookingId, BookingDetails details) implements Existing {
        @Override
        public BookingStatus status() {
            return BookingStatus.REQUESTED;
        }
    }

    record Confirmed(String bookingId, BookingDetails details) implements Existing {
        @Override
        public BookingStatus status() {
            return BookingStatus.CONFIRMED;
        }
    }

    record CheckedIn(String bookingId, BookingDetails details) implements Existing {
        @Override
        public BookingStatus status() {
            return BookingStatus.CHECKED_IN;
        }
    }

    record Completed(String bookingId, BookingDetails details) implements Existing {
        @Override
        public BookingStatus status() {
            return BookingStatus.COMPLETED;
        }
    }

    record Cancelled(String bookingId, BookingDetails details, String reason) implements Existing {
        @Override
        public BookingStatus status() {
            return BookingStatus.CANCELLED;
        }
    }

    /** {@code confirmed}: whether it had been confirmed, so that undoing the no-show restores that. */
    record NoShow(String bookingId, BookingDetails details, boolean confirmed) implements Existing {
        @Override
        public BookingStatus status() {
            return BookingStatus.NO_SHOW;
        }
    }
}
