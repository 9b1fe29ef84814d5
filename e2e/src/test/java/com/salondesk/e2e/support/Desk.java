package com.salondesk.e2e.support;

import com.salondesk.domain.booking.CancelReason;
import com.salondesk.domain.booking.NewBooking;
import com.salondesk.persistence.backend.ChainConnection;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.DeskIdentity;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.read.BookingView;
import com.salondesk.persistence.sync.SyncClient;
import com.salondesk.persistence.sync.SyncSettings;
import com.salondesk.persistence.sync.SyncState;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * A desk in this JVM, as the app runs it: its own H2 log in its own data folder, connected to the chain with
 * {@link ChainConnection#connect} and synced by the back end's {@link SyncClient}. It can go offline (its sync
 * client closed, the desk working on) and come back.
 */
public final class Desk implements AutoCloseable {

    private final Path folder;
    private final Clock clock;
    private DeskBackEnd backEnd;
    private boolean closed;

    private Desk(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
        this.backEnd = DeskBackEnd.open(folder, clock);
    }

    /** Opens the desk in {@code folder} (an empty one the first time), not syncing yet. */
    public static Desk open(Path folder) {
        return new Desk(folder, Clock.system(ChainData.LONDON));
    }

    /** Connects the desk to the chain with its enrolment token; it does not sync until {@link #startSync()}. */
    public DeskIdentity connect(URI server, String token) {
        ChainConnection.connect(backEnd, folder, server, token);
        return identity();
    }

    /** Starts the desk's sync client on the settings {@code connect} kept in the data folder. */
    public SyncClient startSync() {
        SyncSettings settings = SyncSettings.read(folder)
                .orElseThrow(() -> new IllegalStateException("desk in " + folder + " is not connected"));
        return backEnd.startSync(settings);
    }

    /**
     * The desk loses its connection: it is closed and opened again without a sync client, as a desk started with
     * no network, and goes on working on its own log until {@link #startSync()}.
     */
    public void goOffline() {
        backEnd.close();
        backEnd = DeskBackEnd.open(folder, clock);
    }

    public SyncClient sync() {
        return backEnd.sync().orElseThrow(() -> new IllegalStateException("the desk in " + folder + " does not sync"));
    }

    public SyncState state() {
        return sync().state();
    }

    public DeskIdentity identity() {
        return backEnd.identity().read()
                .orElseThrow(() -> new IllegalStateException("the desk in " + folder + " has no identity"));
    }

    public EventContext command() {
        return EventContext.command(identity(), "front-desk");
    }

    /** Books {@code customerId} with {@code staffId} for a cut on {@code date} from {@code start} to {@code end}. */
    public String book(String staffId, String customerId, LocalDate date, String start, String end) {
        return backEnd.bookings().book(command(), new NewBooking(customerId, ChainData.BRANCH, staffId, ChainData.CUT,
                date.atTime(LocalTime.parse(start)), date.atTime(LocalTime.parse(end)), false));
    }

    public void cancel(String bookingId, String why) {
        backEnd.bookings().cancel(command(), bookingId, CancelReason.other(why));
    }

    public void confirm(String bookingId) {
        backEnd.bookings().confirm(command(), bookingId);
    }

    /** The booking as this desk's book shows it once its read models have caught up with its log. */
    public Optional<BookingView> booking(String bookingId) {
        backEnd.awaitProjections();
        return backEnd.queries().booking(bookingId);
    }

    /** The day's bookings in the book of this desk's branch, once its read models have caught up with its log. */
    public List<BookingView> bookingsOn(LocalDate date) {
        backEnd.awaitProjections();
        return backEnd.queries().bookingsOn(ChainData.BRANCH, date, ChainData.LONDON);
    }

    /** Every event in this desk's log, in local order. */
    public List<RecordedEvent> log() {
        return backEnd.log().readAfter(0, Integer.MAX_VALUE);
    }

    public long pending() {
        return backEnd.log().pendingCount();
    }

    /**
     * Waits until this desk has pushed everything it recorded, settled every rebase, and pulled everything the
     * server holds, and its read models show it.
     */
    public void awaitInStepWith(ServerEvents server) {
        Eventually.await(this + " to be in step with the server", () -> inStepWith(server.head()),
                () -> where() + ", server head " + server.head());
        backEnd.awaitProjections();
    }

    /**
     * Whether nothing of this desk waits to be pushed or rebased, its own handlers (the booking saga) have taken
     * everything in its log, and it has pulled up to {@code head}.
     */
    public boolean inStepWith(long head) {
        return handlersAtHead() && pending() == 0 && backEnd.log().unsettledSuperseded().isEmpty()
                && backEnd.log().pulledThrough() >= head;
    }

    /**
     * Waits until the desk's own handlers (the booking saga, the inventory update) have taken everything in its log,
     * including what they recorded themselves.
     */
    public void settle() {
        Eventually.await(this + "'s handlers to settle", this::handlersAtHead,
                () -> "log head " + backEnd.log().headPosition());
    }

    private boolean handlersAtHead() {
        long head = backEnd.log().headPosition();
        try {
            return backEnd.runtime().handlers().awaitPosition(head, java.time.Duration.ofMillis(200))
                    && backEnd.log().headPosition() == head;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Where this desk's sync stands, for failure messages. */
    public String where() {
        return this + ": pending " + pending() + ", unsettled " + backEnd.log().unsettledSuperseded().size()
                + ", pulled through " + backEnd.log().pulledThrough() + ", sync "
                + backEnd.sync().map(SyncClient::state).orElse(null);
    }

    public DeskBackEnd backEnd() {
        return backEnd;
    }

    public Path folder() {
        return folder;
    }

    @Override
    public String toString() {
        return backEnd.identity().read().map(DeskIdentity::deviceId).orElse("desk") + " in " + folder.getFileName();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            backEnd.close();
        }
    }
}
