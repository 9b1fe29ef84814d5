package com.salondesk.app.notices;

import com.salondesk.app.language.Formats;
import com.salondesk.app.language.Texts;
import com.salondesk.app.port.StaffNotice;
import com.salondesk.app.port.StaffNotices;
import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * News for the people at the desk — bookings made and cancelled, here or at another desk, and products running
 * low at this branch — put into words and
 * brought onto the FX thread for the view to show as a passing notice.
 */
public final class StaffNoticesViewModel implements AutoCloseable {

    /** How many notices the view model remembers (the latest first), for a person who looked away. */
    static final int REMEMBERED = 20;

    private final StaffNotices notices;
    private final ZoneId zone;
    private final Consumer<Runnable> fxThread;
    private final ObservableList<Notice> recent = FXCollections.observableArrayList();
    private Consumer<Notice> show = n -> { };
    private Runnable stop = () -> { };

    /** One notice in words. */
    public record Notice(StaffNotice.Kind kind, String title, String text) {
    }

    public StaffNoticesViewModel(StaffNotices notices, ZoneId zone, Consumer<Runnable> fxThread) {
        this.notices = notices;
        this.zone = zone;
        this.fxThread = fxThread;
    }

    /** Starts listening; each notice is remembered and handed to {@code show} on the FX thread. */
    public void start(Consumer<Notice> show) {
        this.show = show;
        stop = notices.listen(n -> {
            Notice words = words(n);
            fxThread.accept(() -> {
                recent.addFirst(words);
                if (recent.size() > REMEMBERED) {
                    recent.remove(REMEMBERED, recent.size());
                }
                this.show.accept(words);
            });
        });
    }

    Notice words(StaffNotice n) {
        String when = n.start() == null ? "" : Formats.fullDate(n.start().atZone(zone).toLocalDate()) + ", "
                + Formats.time(n.start().atZone(zone).toLocalTime());
        return switch (n.kind()) {
            case NEW_BOOKING -> new Notice(n.kind(), Texts.get("notices.newBooking.title"),
                    Texts.get("notices.booking.text", n.customer(), n.stylist(), when));
            case CANCELLED_BOOKING -> new Notice(n.kind(), Texts.get("notices.cancelledBooking.title"),
                    Texts.get("notices.booking.text", n.customer(), n.stylist(), when));
            case MANY_BOOKINGS -> new Notice(n.kind(), Texts.get("notices.manyBookings.title"),
                    Texts.get("notices.manyBookings.text", n.count()));
            case LOW_STOCK -> new Notice(n.kind(), Texts.get("notices.lowStock.title"),
                    Texts.get("notices.lowStock.text", n.product(), n.onHand()));
        };
    }

    /** The latest notices, newest first. */
    public ObservableList<Notice> recent() {
        return recent;
    }

    @Override
    public void close() {
        stop.run();
    }
}
