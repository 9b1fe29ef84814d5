package com.salondesk.app.port;

import com.salondesk.domain.waitlist.Wish;
import java.util.List;
import java.util.function.Consumer;

/**
 * The waitlist of this desk's branch for the person at the desk: who waits for what, putting a customer on it,
 * taking one off, booking or declining an offer, and news of offers as the desk makes them. Writes return once the
 * read models show them, and throw the domain's rejection when a rule says no.
 */
public interface Waitlist {

    /** The branch whose waitlist this is (this desk's). */
    String branchId();

    /** The entries still waiting, with or without an open offer, who waits longest first. */
    List<WaitlistItem> open();

    /** Puts a customer on the waitlist; returns the entry's id. */
    String join(Wish wish);

    /** Takes the customer off the waitlist. */
    void leave(String entryId);

    /** The customer does not take the open offer; the entry waits again. */
    void decline(String entryId);

    /** Books the entry's open offer and closes the entry; returns the new booking's id. */
    String bookOffer(String entryId);

    /**
     * Calls {@code offered} for each offer this desk makes from now on, on a thread of the desk's (not the FX
     * thread); stops when the returned handle is run.
     */
    Runnable listenForOffers(Consumer<WaitlistItem> offered);
}
