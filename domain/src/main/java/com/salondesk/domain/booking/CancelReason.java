package com.salondesk.domain.booking;

/**
 * Why a booking is cancelled: one of a short list, plus the desk's own words. The words are required when
 * the list has nothing that fits ({@link Category#OTHER}).
 */
public record CancelReason(Category category, String note) {

    public CancelReason {
        note = note == null ? "" : note.strip();
    }

    /** The reasons a salon gives most often. */
    public enum Category {
        CUSTOMER_ASKED, ILLNESS, SALON_CLOSED, REBOOKED_ELSEWHERE, OTHER
    }

    /** A reason in the desk's own words only. */
    public static CancelReason other(String note) {
        return new CancelReason(Category.OTHER, note);
    }
}
