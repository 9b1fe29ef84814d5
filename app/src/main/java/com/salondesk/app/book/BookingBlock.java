package com.salondesk.app.book;

import com.salondesk.app.dialog.CancelReasonWords;
import com.salondesk.app.port.BookingView;
import com.salondesk.app.language.Formats;
import com.salondesk.app.language.Texts;
import com.salondesk.domain.booking.BookingStatus;
import com.salondesk.domain.booking.CancelReason;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * One appointment as the book draws it: in the branch's wall-clock time, with the names it shows. {@code timeLost}:
 * it lost its time to another desk's booking, and holds none. {@code awaitingDeposit}: its workflow waits for the
 * deposit before it confirms the booking. {@code serviceId} and {@code notes} (empty when none) are what the edit
 * dialog starts from.
 */
public record BookingBlock(String bookingId, String staffId, LocalTime start, LocalTime end, String customerName,
                           String serviceName, BookingStatus status, String cancelReason,
                           CancelReason.Category cancelCategory, Instant startsAt, boolean timeLost,
                           boolean awaitingDeposit, String serviceId, String notes) {

    public BookingBlock {
        notes = notes == null ? "" : notes;
    }

    /** A booking as the book drew it before it could be edited: no service id or notes at hand. */
    public BookingBlock(String bookingId, String staffId, LocalTime start, LocalTime end, String customerName,
                        String serviceName, BookingStatus status, String cancelReason,
                        CancelReason.Category cancelCategory, Instant startsAt, boolean timeLost,
                        boolean awaitingDeposit) {
        this(bookingId, staffId, start, end, customerName, serviceName, status, cancelReason, cancelCategory, startsAt,
                timeLost, awaitingDeposit, null, "");
    }

    /** A booking whose workflow does not wait for a deposit. */
    public BookingBlock(String bookingId, String staffId, LocalTime start, LocalTime end, String customerName,
                        String serviceName, BookingStatus status, String cancelReason,
                        CancelReason.Category cancelCategory, Instant startsAt, boolean timeLost) {
        this(bookingId, staffId, start, end, customerName, serviceName, status, cancelReason, cancelCategory, startsAt,
                timeLost, false);
    }

    /** A booking that holds its time, as most do. */
    public BookingBlock(String bookingId, String staffId, LocalTime start, LocalTime end, String customerName,
                        String serviceName, BookingStatus status, String cancelReason,
                        CancelReason.Category cancelCategory, Instant startsAt) {
        this(bookingId, staffId, start, end, customerName, serviceName, status, cancelReason, cancelCategory, startsAt,
                false);
    }

    public static BookingBlock of(BookingView booking, ZoneId zone, boolean awaitingDeposit) {
        LocalTime end = booking.end().atZone(zone).toLocalTime();
        return new BookingBlock(booking.bookingId(), booking.staffId(), booking.start().atZone(zone).toLocalTime(),
                end.equals(LocalTime.MIDNIGHT) ? LocalTime.MAX : end, booking.customerName(), booking.serviceName(),
                booking.status(), booking.cancelReason(), booking.cancelCategory(), booking.start(), booking.timeLost(),
                awaitingDeposit, booking.serviceId(), booking.notes());
    }

    /**
     * Whether the appointment holds its time in the stylist's day: not cancelled, not a no-show, and not lost to
     * another desk's booking. One that holds none is drawn aside where the time was booked again.
     */
    public boolean holdsTime() {
        return status.holdsTime() && !timeLost;
    }

    /** How long the appointment is, in minutes (an end at midnight counts as 24:00). */
    public long minutes() {
        return java.time.Duration.between(start, end).toMinutes() + (end.equals(LocalTime.MAX) ? 1 : 0);
    }

    /** "10:00–10:45", in the desk's way of writing times. */
    public String times() {
        return Formats.time(start) + "–" + Formats.time(end);
    }

    /** The CSS class that gives the block its status colour, e.g. {@code status-checked-in}. */
    public String statusStyleClass() {
        if (timeLost && status.holdsTime()) {
            return "status-time-lost";
        }
        if (awaitingDeposit && status == BookingStatus.REQUESTED) {
            return "status-awaiting-deposit";
        }
        return "status-" + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /**
     * Why the booking was cancelled, as the block's tooltip says it: the category in the desk's words, with the
     * note after it ("Illness: customer has flu"); a note alone for "Other reason". Null if there is nothing to say.
     */
    public String cancelText() {
        boolean noted = cancelReason != null && !cancelReason.isBlank();
        if (cancelCategory == null || cancelCategory == CancelReason.Category.OTHER) {
            return noted ? cancelReason : cancelCategory == null ? null : CancelReasonWords.say(cancelCategory);
        }
        String category = CancelReasonWords.say(cancelCategory);
        return noted ? Texts.get("book.block.categoryWithNote", category, cancelReason) : category;
    }

    /** The status as the front desk says it. */
    public String statusText() {
        if (timeLost && status.holdsTime()) {
            return Texts.get("booking.status.timeLost");
        }
        if (awaitingDeposit && status == BookingStatus.REQUESTED) {
            return Texts.get("booking.status.awaitingDeposit");
        }
        return Texts.get(switch (status) {
            case REQUESTED -> "booking.status.requested";
            case CONFIRMED -> "booking.status.confirmed";
            case CHECKED_IN -> "booking.status.checkedIn";
            case COMPLETED -> "booking.status.completed";
            case CANCELLED -> "booking.status.cancelled";
            case NO_SHOW -> "booking.status.noShow";
        });
    }
}
