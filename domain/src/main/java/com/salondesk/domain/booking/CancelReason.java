package com.salondesk.domain.booking;

import com.salondesk.domain.shared.DomainRejection;
import java.util.Optional;

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

    /**
     * The rule every cancellation meets, written once for the decider and the cancel dialog: a category,
     * and words of its own when the category is {@link Category#OTHER}. Empty when the reason will do.
     */
    public static Optional<DomainRejection> problem(Category category, String note) {
        if (category == null) {
            return Optional.of(new DomainRejection("booking.cancel-reason-required"));
        }
        if (category == Category.OTHER && (note == null || note.isBlank())) {
            return Optional.of(new DomainRejection("booking.cancel-note-required"));
        }
        return Optional.empty();
    }

    /** A reason in the desk's own words only. */
    public static CancelReason other(String note) {
        return new CancelReason(Category.OTHER, note);
    }
}
