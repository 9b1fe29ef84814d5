package com.salondesk.app.port;

import com.salondesk.domain.booking.CancelReason;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The Needs-attention list of this desk and the ways to settle an entry. Each change returns once the list and
 * the book show it (read-your-writes), and throws the domain's rejection when a rule says no.
 */
public interface NeedsAttention {

    /** The open entries of this desk, oldest first. */
    List<AttentionEntry> open();

    int openCount();

    /** Books the lost booking again at another time or with another stylist (the branch's local time). */
    void move(String entryId, String staffId, LocalDateTime start, LocalDateTime end);

    /** Keeps the booking at its time beside the rival's: a manager's deliberate overbook. */
    void keepAsOverbook(String entryId);

    /** Cancels the lost booking for a reason; the desk tells the customer. */
    void cancel(String entryId, CancelReason reason);

    /** Takes a refused change off the list: a person has seen it. */
    void dismiss(String entryId);
}
