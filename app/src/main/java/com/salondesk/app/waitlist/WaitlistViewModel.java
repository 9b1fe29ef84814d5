package com.salondesk.app.waitlist;

import com.salondesk.app.desk.Explanation;
import com.salondesk.app.language.Formats;
import com.salondesk.app.language.Texts;
import com.salondesk.app.port.Waitlist;
import com.salondesk.app.port.WaitlistItem;
import com.salondesk.app.task.TaskExecutor;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The waitlist screen: the customers waiting at this branch, who waits longest first, each with their wish and the
 * offer open to them; "Book it" books an offer, "Decline" lets the customer wait again, "Remove" takes the customer
 * off the list. A refusal (the time was taken meanwhile) is shown in the desk's words.
 */
public final class WaitlistViewModel {

    private final Waitlist waitlist;
    private final TaskExecutor tasks;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    /** One entry in words: who, the wish, the offer (empty without one). */
    public record Row(WaitlistItem item, String customer, String wish, String offer) {
        public boolean hasOffer() {
            return item.offer().isPresent();
        }
    }

    public WaitlistViewModel(Waitlist waitlist, TaskExecutor tasks) {
        this.waitlist = waitlist;
        this.tasks = tasks;
    }

    /** Reads the list again (off the FX thread). */
    public void refresh() {
        tasks.execute(waitlist::open, items -> rows.setAll(items.stream().map(WaitlistViewModel::row).toList()),
                failure -> message.set(Explanation.of(failure)));
    }

    /** Books the row's open offer. */
    public void bookIt(Row row) {
        act(() -> waitlist.bookOffer(row.item().entryId()), Texts.get("waitlist.booked", row.customer()));
    }

    /** The customer does not take the row's offer. */
    public void decline(Row row) {
        act(() -> {
            waitlist.decline(row.item().entryId());
            return null;
        }, Texts.get("waitlist.declined", row.customer()));
    }

    /** Takes the row's customer off the waitlist. */
    public void remove(Row row) {
        act(() -> {
            waitlist.leave(row.item().entryId());
            return null;
        }, Texts.get("waitlist.removed", row.customer()));
    }

    private void act(java.util.concurrent.Callable<?> write, String done) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        message.set("");
        tasks.execute(() -> {
            write.call();
            return waitlist.open();
        }, items -> {
            busy.set(false);
            rows.setAll(items.stream().map(WaitlistViewModel::row).toList());
            message.set(done);
        }, failure -> {
            busy.set(false);
            message.set(Explanation.of(failure));
            refresh();
        });
    }

    static Row row(WaitlistItem item) {
        return new Row(item, item.customer(), wish(item), item.offer().map(WaitlistViewModel::offer).orElse(""));
    }

    /** "Cut & finish with anyone, 1 Dec – 5 Dec, 14:00–18:00" in the desk's language. */
    static String wish(WaitlistItem item) {
        String who = item.stylist().isEmpty() ? Texts.get("waitlist.anyone") : item.stylist();
        String days = item.from().equals(item.to()) ? Formats.fullDate(item.from())
                : Texts.get("waitlist.days", Formats.fullDate(item.from()), Formats.fullDate(item.to()));
        String times;
        if (item.earliest() != null && item.latest() != null) {
            times = ", " + Texts.get("waitlist.times.between", Formats.time(item.earliest()), Formats.time(item.latest()));
        } else if (item.earliest() != null) {
            times = ", " + Texts.get("waitlist.times.from", Formats.time(item.earliest()));
        } else if (item.latest() != null) {
            times = ", " + Texts.get("waitlist.times.until", Formats.time(item.latest()));
        } else {
            times = "";
        }
        String note = item.note().isEmpty() ? "" : " — " + item.note();
        return Texts.get("waitlist.wish", item.service(), who, days) + times + note;
    }

    static String offer(WaitlistItem.Offer offer) {
        return Texts.get("waitlist.offer", Formats.fullDate(offer.start().toLocalDate()),
                Formats.time(offer.start().toLocalTime()), Formats.time(offer.end().toLocalTime()), offer.stylist());
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** What the last action did, or why it was refused. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public BooleanProperty busy() {
        return busy;
    }

    List<Row> rowsNow() {
        return List.copyOf(rows);
    }
}
