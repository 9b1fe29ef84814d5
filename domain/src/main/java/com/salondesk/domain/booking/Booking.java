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

        /**
         * Whether the booking lost its time to another desk's booking when the server's order was applied
         * ({@link BookingEvent.TimeLost}): it then holds no time in the stylist's or the customer's day until it
         * is moved or kept as an overbooking.
         */
        boolean timeLost();
    }

    record Requested(String bookingId, BookingDetails details, boolean timeLost) implements Existing {
        public Requested(String bookingId, BookingDetails details) {
            this(bookingId, details, false);
        }

        @Override
        public BookingStatus status() {
            return BookingStatus.REQUESTED;
        }
    }

    record Confirmed(String bookingId, BookingDetails details, boolean timeLost) implements Existing {
        public Confirmed(String bookingId, BookingDetails details) {
            this(bookingId, details, false);
        }

        @Override
        public BookingStatus status() {
            return BookingStatus.CONFIRMED;
        }
    }

    record CheckedIn(String bookingId, BookingDetails details, boolean timeLost) implements Existing {
        public CheckedIn(String bookingId, BookingDetails details) {
            this(bookingId, details, false);
        }

        @Override
        public BookingStatus status() {
            return BookingStatus.CHECKED_IN;
        }
    }

    record Completed(String bookingId, BookingDetails details, boolean timeLost) implements Existing {
        public Completed(String bookingId, BookingDetails details) {
            this(bookingId, details, false);
        }

        @Override
        public BookingStatus status() {
            return BookingStatus.COMPLETED;
        }
    }

    record Cancelled(String bookingId, BookingDetails details, String reason) implements Existing {
        /** A cancelled booking holds no time at all, so it has none to lose. */
        @Override
        public boolean timeLost() {
            return false;
        }

        @Override
        public BookingStatus status() {
            return BookingStatus.CANCELLED;
        }
    }

    /** {@code confirmed}: whether it had been confirmed, so that undoing the no-show restores that. */
    record NoShow(String bookingId, BookingDetails details, boolean confirmed) implements Existing {
        /** A no-show gave its time back, so it has none to lose. */
        @Override
        public boolean timeLost() {
            return false;
        }

        @Override
        public BookingStatus status() {
            return BookingStatus.NO_SHOW;
        }
    }
}
