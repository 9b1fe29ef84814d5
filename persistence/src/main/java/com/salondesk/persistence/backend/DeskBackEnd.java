package com.salondesk.persistence.backend;

import com.google.common.eventbus.EventBus;
import com.google.common.eventbus.SubscriberExceptionContext;
import com.salondesk.domain.availability.BookingWindow;
import com.salondesk.persistence.availability.AvailabilityFeed;
import com.salondesk.persistence.availability.AvailabilityView;
import com.salondesk.persistence.command.AggregateStore;
import com.salondesk.persistence.command.AttentionDesk;
import com.salondesk.persistence.command.AvailabilitySetup;
import com.salondesk.persistence.command.BookingDesk;
import com.salondesk.persistence.command.CheckoutDesk;
import com.salondesk.persistence.command.ChainSetup;
import com.salondesk.persistence.command.DeadLetterDesk;
import com.salondesk.persistence.command.InventoryUpdateHandler;
import com.salondesk.persistence.command.NotificationDesk;
import com.salondesk.persistence.command.PaymentDesk;
import com.salondesk.persistence.command.Rebase;
import com.salondesk.persistence.command.StockDesk;
import com.salondesk.persistence.command.TillDesk;
import com.salondesk.persistence.desk.DeskDatabase;
import com.salondesk.persistence.desk.DeskEventLog;
import com.salondesk.persistence.desk.DeskIdentityStore;
import com.salondesk.persistence.desk.Rebaser;
import com.salondesk.persistence.desk.SupersededStream;
import com.salondesk.persistence.event.EventTypeRegistry;
import com.salondesk.persistence.event.SalonEventTypes;
import com.salondesk.persistence.mail.MailSettings;
import com.salondesk.persistence.mail.SmtpMailer;
import com.salondesk.persistence.notify.CustomerNotifier;
import com.salondesk.persistence.notify.NotificationSender;
import com.salondesk.persistence.projection.AttentionProjection;
import com.salondesk.persistence.projection.BookingProjection;
import com.salondesk.persistence.projection.DirectoryProjection;
import com.salondesk.persistence.projection.NotificationProjection;
import com.salondesk.persistence.projection.PaymentLedgerProjection;
import com.salondesk.persistence.projection.StockProjection;
import com.salondesk.persistence.projection.TillProjection;
import com.salondesk.persistence.read.DeskQueries;
import com.salondesk.persistence.read.NotificationQueries;
import com.salondesk.persistence.read.SagaQueries;
import com.salondesk.persistence.saga.BookingConfirmationSaga;
import com.salondesk.persistence.saga.SagaDeadlines;
import com.salondesk.persistence.projection.BookingSagaProjection;
import com.salondesk.persistence.read.PaymentQueries;
import com.salondesk.persistence.read.StockQueries;
import com.salondesk.persistence.read.TillQueries;
import com.salondesk.persistence.runtime.EventHandler;
import com.salondesk.persistence.runtime.EventRuntime;
import com.salondesk.persistence.snapshot.SnapshotPolicy;
import com.salondesk.persistence.snapshot.SnapshotStore;
import com.salondesk.persistence.sync.SyncClient;
import com.salondesk.persistence.sync.SyncServerApi;
import com.salondesk.persistence.sync.SyncSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens and closes a desk's back end in a data folder: the H2 database and event log, the event bus, the
 * one event runtime (projections caught up on open, handlers), the aggregate store, the read queries and
 * the command services. One per data folder and process, held by a composition root (the app's, the
 * support commands', a test's or a benchmark's), which hands each screen only the few operations it uses.
 */
public final class DeskBackEnd implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeskBackEnd.class);

    private final DeskDatabase database;
    private final EventBus bus;
    private final EventTypeRegistry types;
    private final DeskEventLog log;
    private final EventRuntime runtime;
    private final DeskQueries queries;
    private final AggregateStore store;
    private final BookingDesk bookings;
    private final ChainSetup setup;
    /** Closures, booking windows, resources, breaks, shifts, time off and services' phases. */
    private final AvailabilitySetup availabilitySetup;
    private final DeadLetterDesk deadLetterDesk;
    private final AttentionDesk attention;
    private final StockQueries stockQueries;
    private final StockDesk stock;
    private final Rebase rebase;
    private final TillQueries tillQueries;
    private final TillDesk tills;
    private final PaymentQueries paymentQueries;
    private final PaymentDesk payments;
    private final CheckoutDesk checkouts;
    private final DeskIdentityStore identity;
    /** The outbox of customer messages: queuing, resending, a branch's templates. */
    private final NotificationDesk notifications;
    private final NotificationQueries notificationQueries;
    /** Sends the desk's customer messages over SMTP; started with the runtime, stopped first on close. */
    private final NotificationSender notificationSender;
    private final Clock clock;
    /** The booking confirmation saga, its queries and its deadline clock. */
    private final SagaQueries sagaQueries;
    private final BookingConfirmationSaga saga;
    private final SagaDeadlines sagaDeadlines;
    /** Decides superseded streams again once sync has moved them aside. */
    private final Rebaser rebaser;
    /** Every branch's availability, in memory, folded from the log and following the bus while the desk is open. */
    private final AvailabilityView availability = new AvailabilityView(BookingWindow.openYear());
    /** Keeps {@link #availability} current; started on open, closed with the desk. */
    private volatile AvailabilityFeed availabilityFeed;
    /** The desk's sync client once {@link #startSync} or {@link #openSync} made it; guarded by this. */
    private SyncClient sync;
    private boolean closed;

    private DeskBackEnd(Path folder, Clock clock, List<EventHandler> handlers, SnapshotPolicy snapshotPolicy) {
        this.types = SalonEventTypes.registry();
        EventRuntime.check(handlers, types);
        this.database = DeskDatabase.open(folder);
        this.bus = new EventBus(DeskBackEnd::logSubscriberFailure);
        this.log = new DeskEventLog(database, types, bus, clock);
        this.queries = new DeskQueries(database, types.json());
        this.store = new AggregateStore(log, new SnapshotStore(database, types.json(), snapshotPolicy));
        this.bookings = new BookingDesk(store, clock);
        this.setup = new ChainSetup(store);
        this.availabilitySetup = new AvailabilitySetup(store);
        this.attention = new AttentionDesk(store, clock);
        this.paymentQueries = new PaymentQueries(database, types.json());
        this.payments = new PaymentDesk(store, clock);
        this.stockQueries = new StockQueries(database);
        this.stock = new StockDesk(store, stockQueries);
        // A retail sale that takes a product below what the stock read model has on hand asks for consent.
        this.checkouts = new CheckoutDesk(store, paymentQueries, stockQueries::onHand, clock);
        this.identity = new DeskIdentityStore(database);
        this.rebase = new Rebase(store, log, identity::read);
        this.tillQueries = new TillQueries(database);
        this.tills = new TillDesk(store, tillQueries, clock);
        this.notifications = new NotificationDesk(store, clock);
        this.notificationQueries = new NotificationQueries(database);
        this.notificationSender = new NotificationSender(notifications, notificationQueries, queries, log, identity,
                folder, new SmtpMailer(clock), bus, clock);
        this.sagaQueries = new SagaQueries(database, log);
        this.saga = new BookingConfirmationSaga(store, log, identity, this::availableStock, clock);
        this.sagaDeadlines = new SagaDeadlines(saga, sagaQueries, identity, clock);
        List<EventHandler> allHandlers = new ArrayList<>(deskHandlers());
        allHandlers.addAll(handlers);
        EventRuntime.check(allHandlers, types);
        this.runtime = new EventRuntime(database, log, bus, types, clock,
                List.of(new DirectoryProjection(types.json()), new BookingProjection(),
                        new AttentionProjection(types.json()), new PaymentLedgerProjection(types.json()),
                        new TillProjection(), new StockProjection(), new NotificationProjection(),
                        new BookingSagaProjection()), allHandlers);
        this.deadLetterDesk = new DeadLetterDesk(store, runtime.handlers());
        this.clock = clock;
        this.rebaser = rebase;
    }

    /**
     * The handlers every desk runs (sagas, stock updates, notifiers), built on this desk's parts; each is
     * registered here with one line. Called once by the constructor, after the store and queries exist.
     */
    private List<EventHandler> deskHandlers() {
        List<EventHandler> desk = new ArrayList<>();
        desk.add(saga);
        desk.add(new InventoryUpdateHandler(stock, store, identity::read));
        desk.add(new CustomerNotifier(notifications, identity,
                () -> Files.exists(database.folder().resolve(MailSettings.FILE)), types.wireNames()));
        return desk;
    }

    /**
     * What a booking may reserve in a branch, once the stock read model has taken every reservation recorded so far
     * (so two bookings in a row do not both count the same tubes).
     */
    private java.util.Map<String, java.math.BigDecimal> availableStock(String branchId) {
        try {
            runtime.projections().awaitPosition(log.headPosition(), Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return stockQueries.available(branchId);
    }

    /** Opens the desk in {@code folder}, creating an empty log there if there is none. */
    public static DeskBackEnd open(Path folder, Clock clock) {
        return open(folder, clock, List.of());
    }

    /** Opens the desk with event handlers (sagas, notifiers) that run beside the projections. */
    public static DeskBackEnd open(Path folder, Clock clock, List<EventHandler> handlers) {
        return open(folder, clock, handlers, SnapshotPolicy.standard());
    }

    /** Opens the desk with handlers and a snapshot policy of the caller's choosing (tests, benchmarks). */
    public static DeskBackEnd open(Path folder, Clock clock, List<EventHandler> handlers, SnapshotPolicy snapshotPolicy) {
        DeskBackEnd desk = new DeskBackEnd(folder, clock, handlers, snapshotPolicy);
        try {
            desk.runtime.start();
            desk.startAvailability();
            desk.notificationSender.start();
            desk.sagaDeadlines.start(SagaDeadlines.STANDARD_PERIOD);
        } catch (RuntimeException | Error e) {
            // What went wrong on start is what the caller must hear; trouble closing the half-started desk
            // only rides along.
            try {
                desk.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        return desk;
    }

    private void startAvailability() {
        availabilityFeed = AvailabilityFeed.start(log, bus, availability);
    }

    /** Folds the log into the availability again (sync moved events aside); the feed's lock holds its events back. */
    private void rebuildAvailability() {
        AvailabilityFeed feed = availabilityFeed;
        if (feed != null) {
            feed.rebuild();
        }
    }

    private void stopAvailability() {
        AvailabilityFeed feed = availabilityFeed;
        availabilityFeed = null;
        if (feed != null) {
            feed.close();
        }
    }

    private static void logSubscriberFailure(Throwable error, SubscriberExceptionContext context) {
        LOG.error("event handler {} failed on {}", context.getSubscriberMethod(), context.getEvent(), error);
    }

    public EventBus bus() {
        return bus;
    }

    public EventTypeRegistry types() {
        return types;
    }

    public DeskEventLog log() {
        return log;
    }

    /** The projections and handlers following the log. */
    public EventRuntime runtime() {
        return runtime;
    }

    public DeskQueries queries() {
        return queries;
    }

    public AggregateStore store() {
        return store;
    }

    public BookingDesk bookings() {
        return bookings;
    }

    public ChainSetup setup() {
        return setup;
    }

    /** Commands on when the chain can be booked: closures, booking windows, resources, breaks, shifts, time off, phases. */
    public AvailabilitySetup availabilitySetup() {
        return availabilitySetup;
    }

    /**
     * Every branch's availability, live: folded from the log when the desk opened and following every event since,
     * local or pulled (the feed has taken an event before the command that recorded it returns). Folded again
     * when sync moves events aside.
     */
    public AvailabilityView availability() {
        return availability;
    }

    /**
     * Decides this desk's events that the server's order displaced again: the {@code Rebaser} the sync client calls
     * after storing pulled events that displaced some, and {@link Rebase#rebaseUnsettled} on a start.
     */
    public Rebase rebase() {
        return rebase;
    }

    /** Dealing with the Needs-attention list: move, keep as an overbooking, cancel, dismiss. */
    public AttentionDesk attention() {
        return attention;
    }

    /** The desk's till: open with a float, cash in and out, close the day. */
    public TillDesk tills() {
        return tills;
    }

    /** The till read model: open till, movements, the day-close report. */
    public TillQueries tillQueries() {
        return tillQueries;
    }

    /** Deposits, refunds, gift vouchers and payments toward an open balance. */
    public PaymentDesk payments() {
        return payments;
    }

    /** Checkouts: the bill, its payments, the retail stock sold and the bookings completed, in one command. */
    public CheckoutDesk checkouts() {
        return checkouts;
    }

    /** The payment ledger: payments, refunds, checkouts, vouchers and a branch's takings per day. */
    public PaymentQueries paymentQueries() {
        return paymentQueries;
    }

    /** Skipping a handler's dead letter, as a command. */
    /** Products, deliveries, adjustments, stocktakes, sales and bookings' reservations of stock. */
    public StockDesk stock() {
        return stock;
    }

    /** The stock read model: products, levels per branch, movements, the low-stock list. */
    public StockQueries stockQueries() {
        return stockQueries;
    }

    public DeadLetterDesk deadLetterDesk() {
        return deadLetterDesk;
    }

    /** The outbox of customer messages: resend a failed one, a branch's own templates. */
    public NotificationDesk notifications() {
        return notifications;
    }

    /** The outbox's read model: the Messages screen's list. */
    public NotificationQueries notificationQueries() {
        return notificationQueries;
    }

    /** The sender of customer messages (running since the desk opened). */
    public NotificationSender notificationSender() {
        return notificationSender;
    }

    /** Where each booking's confirmation saga stands. */
    public SagaQueries sagas() {
        return sagaQueries;
    }

    /** The booking confirmation saga, as the runtime runs it (tests hand it events again). */
    public BookingConfirmationSaga bookingSaga() {
        return saga;
    }

    /** The clock that fails sagas whose step is overdue; {@link SagaDeadlines#checkNow()} looks at once. */
    public SagaDeadlines sagaDeadlines() {
        return sagaDeadlines;
    }

    public DeskIdentityStore identity() {
        return identity;
    }

    public DeskDatabase database() {
        return database;
    }

    /**
     * Starts syncing with the chain's server in the background (see {@link SyncClient#start()}), with this
     * desk's rebase. The client is closed with the desk.
     */
    public SyncClient startSync(SyncSettings settings) {
        return startSync(settings, rebaser);
    }

    /** As {@link #startSync(SyncSettings)}, with a rebase of the caller's choosing (tests). */
    public SyncClient startSync(SyncSettings settings, Rebaser rebaseWith) {
        SyncClient client = openSync(settings, rebaseWith);
        client.start();
        return client;
    }

    /**
     * A sync client wired to this desk but not started, for single rounds ({@code salondesk sync}) and
     * catch-up; closed with the desk. One per desk.
     */
    public SyncClient openSync(SyncSettings settings) {
        return openSync(settings, rebaser);
    }

    /** As {@link #openSync(SyncSettings)}, with a rebase of the caller's choosing (tests). */
    public synchronized SyncClient openSync(SyncSettings settings, Rebaser rebaseWith) {
        if (closed) {
            throw new IllegalStateException("the desk is closed");
        }
        if (sync != null) {
            throw new IllegalStateException("this desk has a sync client already");
        }
        sync = new SyncClient(log, bus, new SyncServerApi(settings, types.json()), rebaseWith,
                this::rebuildAfterDisplaced, clock);
        sync.paceWith(this::awaitReadModelsNear);
        return sync;
    }

    /**
     * Stops and forgets the desk's sync client, if it has one: before connecting the desk anew (settings
     * screen) and starting sync again. Pending events stay pending.
     */
    public void stopSync() {
        SyncClient client;
        synchronized (this) {
            client = sync;
            sync = null;
        }
        if (client != null) {
            client.close();
        }
    }

    /** The desk's sync client, when it has one. */
    public synchronized Optional<SyncClient> sync() {
        return Optional.ofNullable(sync);
    }

    /** Events pulled ahead of the read models at most, before pulling waits for them (memory, not order). */
    static final long READ_MODELS_BEHIND = 20_000;

    /** Until when pulling does not wait for the read models, after they did not follow in time (nanoTime). */
    private volatile long unpacedUntil = System.nanoTime();

    /**
     * Lets pulling run ahead of the read models by {@link #READ_MODELS_BEHIND} events at most. A read model
     * that does not follow within 30 s is failing (its retries say why); pulling then goes on unpaced for
     * five minutes rather than stall behind it.
     */
    private void awaitReadModelsNear(long position) {
        if (position <= READ_MODELS_BEHIND || System.nanoTime() - unpacedUntil < 0) {
            return;
        }
        try {
            if (!runtime.projections().awaitPosition(position - READ_MODELS_BEHIND, Duration.ofSeconds(30))) {
                LOG.warn("the read models are more than {} events behind pulled position {}; pulling on without"
                        + " waiting for them for five minutes", READ_MODELS_BEHIND, position);
                unpacedUntil = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Rebuilds the read models after sync moved events aside. Every one: a read model that has not taken a
     * moved event yet may still hold it in its queue, and one that has may be failing on the server's event
     * that took its place. A rebuild runs on the read model's own worker, reads the log as it is now and
     * leaves the worker past anything queued before it.
     */
    private void rebuildAfterDisplaced(List<SupersededStream> streams) {
        var projections = runtime.projections();
        for (String name : projections.names()) {
            LOG.info("rebuilding read model {}: sync moved aside {} stream(s) of events it may have taken", name,
                    streams.size());
            projections.rebuild(name);
        }
        rebuildAvailability();
    }

    /**
     * Waits until the read models include everything recorded so far on this desk — read-your-writes
     * for a screen that has just run a command, and for tests.
     */
    public void awaitProjections() {
        long head = log.headPosition();
        try {
            if (!runtime.projections().awaitPosition(head, Duration.ofSeconds(30))) {
                throw new IllegalStateException("the read models did not reach position " + head + " within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the read models", e);
        }
    }

    /**
     * Stops syncing and the runtime, then closes the log and the database, each even if the one before failed; the first
     * failure is thrown, later ones added to it as suppressed.
     */
    @Override
    public void close() {
        RuntimeException failure = null;
        SyncClient client;
        synchronized (this) {
            closed = true;
            client = sync;
        }
        Runnable closeSync = () -> {
            if (client != null) {
                client.close();
            }
        };
        for (Runnable step : List.<Runnable>of(notificationSender::close, closeSync, sagaDeadlines::close,
                this::stopAvailability, runtime::close, log::close, database::close)) {
            try {
                step.run();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
