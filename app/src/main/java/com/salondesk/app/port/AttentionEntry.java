package com.salondesk.app.port;

import com.salondesk.domain.shared.DomainRejection;
import java.time.Instant;

/**
 * Something of this desk that the server's order undid while the desks were apart, waiting for a person: most
 * often a booking that lost its time to another desk's booking (it holds no time in the book until it is moved,
 * kept as an overbook or cancelled); else a change that was refused, which a person acknowledges.
 *
 * @param refusal  the rule that said no, for words in the desk's language
 * @param change   what kind of change of this desk was refused (its event type), for a refused change
 * @param lost     this desk's booking as it was asked for; null when the entry is about no booking
 * @param rival    the booking that holds the time now; null when there is none or the desk does not know it
 */
public record AttentionEntry(String entryId, Kind kind, Instant raisedAt, DomainRejection refusal, String change,
                             ContestedBooking lost, ContestedBooking rival) {

    /** What needs a person. */
    public enum Kind {
        /** A booking lost its time: move it, keep it as an overbook, or cancel it. */
        BOOKING_TIME_LOST,
        /** A change was refused: a person acknowledges it. */
        CHANGE_REFUSED
    }
}
