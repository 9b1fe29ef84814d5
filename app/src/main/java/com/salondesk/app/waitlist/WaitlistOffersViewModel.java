package com.salondesk.app.waitlist;

import com.salondesk.app.desk.Explanation;
import com.salondesk.app.language.Formats;
import com.salondesk.app.language.Texts;
import com.salondesk.app.port.Waitlist;
import com.salondesk.app.port.WaitlistItem;
import com.salondesk.app.task.TaskExecutor;
import java.util.function.Consumer;

/**
 * Offers the desk makes to waiting customers, put into words ("Kim is waiting for a cut on Tuesday — 14:00 with
 * Anna is free. Book it?") and brought onto the FX thread for the view to show as a notice with a "Book it" action.
 */
public final class WaitlistOffersViewModel implements AutoCloseable {

    private final Waitlist waitlist;
    private final TaskExecutor tasks;
    private final Consumer<Runnable> fxThread;
    private Runnable stop = () -> { };

    /** One offer in words, with the entry it belongs to. */
    public record OfferNotice(String entryId, String title, String text) {
    }

    /** What booking an offer from its notice came to: the words to show, and whether it was booked. */
    public record Outcome(boolean booked, String text) {
    }

    public WaitlistOffersViewModel(Waitlist waitlist, TaskExecutor tasks, Consumer<Runnable> fxThread) {
        this.waitlist = waitlist;
        this.tasks = tasks;
        this.fxThread = fxThread;
    }

    /** Starts listening; each offer is handed to {@code show} on the FX thread. */
    public void start(Consumer<OfferNotice> show) {
        stop = waitlist.listenForOffers(item -> {
            OfferNotice notice = words(item);
            fxThread.accept(() -> show.accept(notice));
        });
    }

    static OfferNotice words(WaitlistItem item) {
        WaitlistItem.Offer offer = item.offer().orElseThrow();
        return new OfferNotice(item.entryId(), Texts.get("waitlist.notice.title"),
                Texts.get("waitlist.notice.text", item.customer(), item.service(),
                        Formats.fullDate(offer.start().toLocalDate()), Formats.time(offer.start().toLocalTime()),
                        offer.stylist()));
    }

    /** Books the notice's offer (off the FX thread) and tells {@code outcome} how it went, on the FX thread. */
    public void bookIt(OfferNotice notice, Consumer<Outcome> outcome) {
        tasks.execute(() -> waitlist.bookOffer(notice.entryId()),
                bookingId -> outcome.accept(new Outcome(true, Texts.get("waitlist.notice.booked"))),
                failure -> outcome.accept(new Outcome(false, Explanation.of(failure))));
    }

    @Override
    public void close() {
        stop.run();
    }
}
