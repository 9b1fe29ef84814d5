package com.salondesk.app.book;

import com.salondesk.domain.booking.BookingDecider;
import com.salondesk.domain.booking.BookingStatus;
import java.time.Instant;

/** What the front desk can do to an appointment from the book, and when each makes sense. */
public enum BookingAction {
    CONFIRM("Confirm", "confirmItem"),
    CHECK_IN("Check in", "checkInItem"),
    COMPLETE("Complete", "completeItem"),
    NO_SHOW("No-show…", "noShowItem"),
    UNDO_NO_SHOW("Undo no-show", "undoNoShowItem"),
    CANCEL("Cancel…", "cancelItem");

    private final String label;
    private final String id;

    BookingAction(String label, String id) {
        this.label = label;
        this.id = id;
    }

    public String label() {
        return label;
    }

    /** The stable fx:id of the menu item. */
    public String id() {
        return id;
    }

    /**
     * Whether the booking's lifecycle allows this step now (a no-show only once the appointment has begun). The
     * desk has the last word on what needs the branch's settings (how early check-in opens, how late a no-show
     * can be undone) and explains a refusal.
     */
    public boolean allowedFor(BookingBlock booking, Instant now) {
        BookingStatus status = booking.status();
        boolean open = status == BookingStatus.REQUESTED || status == BookingStatus.CONFIRMED;
        return switch (this) {
            case CONFIRM -> status == BookingStatus.REQUESTED;
            case CHECK_IN, CANCEL -> open;
            case COMPLETE -> status == BookingStatus.CHECKED_IN;
            case NO_SHOW -> open && BookingDecider.hasBegun(booking.startsAt(), now);
            // The desk says no once the appointment's day is over, in the branch's time zone.
            case UNDO_NO_SHOW -> status == BookingStatus.NO_SHOW;
        };
    }

    /** The heading of the message when the desk refuses this step. */
    String failureTitle() {
        return switch (this) {
            case CONFIRM -> "The booking could not be confirmed";
            case CHECK_IN -> "The customer could not be checked in";
            case COMPLETE -> "The booking could not be completed";
            case NO_SHOW -> "The no-show could not be recorded";
            case UNDO_NO_SHOW -> "The no-show could not be undone";
            case CANCEL -> "The booking could not be cancelled";
        };
    }
}
