package com.salondesk.app.book;

import com.salondesk.app.language.Texts;
import com.salondesk.domain.booking.BookingDecider;
import com.salondesk.domain.booking.BookingStatus;
import java.time.Instant;

/** What the front desk can do to an appointment from the book, and when each makes sense. */
public enum BookingAction {
    CONFIRM("book.action.confirm", "confirmItem"),
    CHECK_IN("book.action.checkIn", "checkInItem"),
    COMPLETE("book.action.complete", "completeItem"),
    NO_SHOW("book.action.noShow", "noShowItem"),
    UNDO_NO_SHOW("book.action.undoNoShow", "undoNoShowItem"),
    /** Opens the deposit dialog (cash, card approved or declined, voucher). */
    TAKE_DEPOSIT("book.action.takeDeposit", "takeDepositItem"),
    /** Opens the checkout screen: services, products, tip, payments, receipt. */
    CHECKOUT("book.action.checkout", "checkoutItem"),
    CANCEL("book.action.cancel", "cancelItem");

    private final String labelKey;
    private final String id;

    BookingAction(String labelKey, String id) {
        this.labelKey = labelKey;
        this.id = id;
    }

    /** The menu item's text in the desk's language. */
    public String label() {
        return Texts.get(labelKey);
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
        if (booking.timeLost() && booking.status().holdsTime()) {
            // It holds no time: it is settled from the Needs-attention list, which also takes its entry off.
            return false;
        }
        BookingStatus status = booking.status();
        boolean open = status == BookingStatus.REQUESTED || status == BookingStatus.CONFIRMED;
        return switch (this) {
            case CONFIRM -> status == BookingStatus.REQUESTED;
            case CHECK_IN, CANCEL -> open;
            case COMPLETE -> status == BookingStatus.CHECKED_IN;
            case NO_SHOW -> open && BookingDecider.hasBegun(booking.startsAt(), now);
            // The desk says no once the appointment's day is over, in the branch's time zone.
            case UNDO_NO_SHOW -> status == BookingStatus.NO_SHOW;
            case TAKE_DEPOSIT -> open || status == BookingStatus.CHECKED_IN;
            case CHECKOUT -> status == BookingStatus.CHECKED_IN;
        };
    }

    /** Whether this action opens a dialog of its own rather than taking one step at once. */
    public boolean opensDialog() {
        return this == TAKE_DEPOSIT || this == CHECKOUT;
    }

    /** The heading of the message when the desk refuses this step. */
    String failureTitle() {
        return Texts.get(switch (this) {
            case CONFIRM -> "book.failed.confirm";
            case CHECK_IN -> "book.failed.checkIn";
            case COMPLETE -> "book.failed.complete";
            case NO_SHOW -> "book.failed.noShow";
            case UNDO_NO_SHOW -> "book.failed.undoNoShow";
            case CANCEL -> "book.failed.cancel";
            case TAKE_DEPOSIT -> "book.failed.deposit";
            case CHECKOUT -> "book.failed.checkout";
        });
    }
}
