package com.salondesk.app.wiring;

import com.salondesk.app.port.Tills;
import com.salondesk.app.availability.BranchRulesViewModel;
import com.salondesk.app.availability.ServiceTimingViewModel;
import com.salondesk.app.availability.StylistRulesViewModel;
import com.salondesk.app.port.AvailabilityRules;
import com.salondesk.app.till.TillViewModel;
import com.salondesk.app.attention.AttentionCounterViewModel;
import com.salondesk.app.attention.NeedsAttentionViewModel;
import com.salondesk.app.book.AppointmentBookView;
import com.salondesk.app.book.AppointmentBookViewModel;
import com.salondesk.app.connect.ConnectionSettingsViewModel;
import com.salondesk.app.deadletters.DeadLettersViewModel;
import com.salondesk.app.diagnostics.DiagnosticsViewModel;
import com.salondesk.app.dialog.DialogService;
import com.salondesk.app.dialog.FxDialogService;
import com.salondesk.app.email.EmailSettingsViewModel;
import com.salondesk.app.messages.MessagesViewModel;
import com.salondesk.app.notices.StaffNoticesViewModel;
import com.salondesk.app.language.LanguageMenu;
import com.salondesk.app.language.Texts;
import com.salondesk.app.payment.VoucherSaleViewModel;
import com.salondesk.app.port.BookingCommands;
import com.salondesk.app.port.BookingWorkflows;
import com.salondesk.app.port.ChainConnecting;
import com.salondesk.app.port.ChainSync;
import com.salondesk.app.port.Checkouts;
import com.salondesk.app.port.CustomerDirectory;
import com.salondesk.app.port.CustomerMessages;
import com.salondesk.app.port.EmailSettings;
import com.salondesk.app.port.StaffNotices;
import com.salondesk.app.port.DayReading;
import com.salondesk.app.port.DeadLetters;
import com.salondesk.app.port.DepositTaking;
import com.salondesk.app.port.DeskChanges;
import com.salondesk.app.port.Diagnostics;
import com.salondesk.app.port.NeedsAttention;
import com.salondesk.app.port.StockKeeping;
import com.salondesk.app.stock.StockViewModel;
import com.salondesk.app.support.DeskSupport;
import com.salondesk.app.support.SupportBarViewModel;
import com.salondesk.app.support.SupportScreens;
import com.salondesk.app.port.Waitlist;
import com.salondesk.app.waitlist.JoinWaitlistViewModel;
import com.salondesk.app.waitlist.WaitlistOffersViewModel;
import com.salondesk.app.waitlist.WaitlistScreens;
import com.salondesk.app.waitlist.WaitlistViewModel;
import com.salondesk.app.sync.SyncStatusViewModel;
import com.salondesk.app.task.TaskExecutor;
import com.salondesk.persistence.desk.DeskIdentity;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.backend.DeskBackEnd;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The opened desk and the app's one composition root: it owns the desk's back end (and its sync client, when the
 * desk is connected to the chain), builds the adapters that give the screens their narrow ports, and builds the
 * screens' view models on them. No screen reaches the back end itself ({@code LayeringTest} holds that).
 */
public final class FrontDesk implements SupportScreens, AutoCloseable {

    private final DeskBackEnd local;
    private final DeskIdentity identity;
    private final String userId;
    private final Clock clock;
    private final BookingCommands bookings;
    private final DayReading days;
    private final BookingWorkflows workflows;
    private final CustomerDirectory customers;
    private final DeadLetters deadLetters;
    private final Diagnostics diagnostics;
    private final ChainSync sync;
    private final NeedsAttention attention;
    private final Tills tills;
    /** The branch's, stylists' and services' availability rules, for the Salon menu's screens. */
    private final AvailabilityRules availabilityRules;
    private final ChainConnecting connecting;
    private final DepositTaking deposits;
    private final Checkouts checkouts;
    private final StockKeeping stock;
    // customer e-mail and staff notices (issue 11, notify)
    private final CustomerMessages messages;
    private final EmailSettings email;
    private final DeskNotices notices;
    // waitlist (issue 12)
    private final DeskWaitlist waitlist;
    /** Closes this desk and opens it again (a new connection to the chain); set by the app that shows it. */
    private Runnable reopen = () -> { };

    public FrontDesk(DeskBackEnd local, DeskIdentity identity, String userId, Clock clock) {
        this.local = Objects.requireNonNull(local, "local");
        this.identity = Objects.requireNonNull(identity, "identity");
        this.userId = Objects.requireNonNull(userId, "userId");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.bookings = new DeskBookings(local, this::command);
        this.days = new DeskDays(local.queries(), identity.branchId());
        this.workflows = new DeskWorkflows(local.sagas());
        this.customers = new DeskCustomers(local, this::command, clock);
        this.deadLetters = new DeskDeadLetters(local, this::command);
        this.diagnostics = new DeskDiagnostics(local);
        DeskSync deskSync = new DeskSync(local, identity);
        this.sync = deskSync;
        this.attention = new DeskAttention(local, this::command, identity);
        this.tills = new DeskTills(local, this::command, identity, clock);
        this.availabilityRules = new DeskAvailabilityRules(local, this::command, identity.branchId(), clock);
        this.connecting = new DeskConnecting(local, deskSync::followNewClient);
        this.deposits = new DeskDeposits(local, this::command);
        this.checkouts = new DeskCheckouts(local, this::command, identity.branchId());
        this.stock = new DeskStock(local, this::command, identity.branchId(), clock);
        this.messages = new DeskMessages(local, this::command);
        this.email = new DeskEmail(local.database().folder(), clock, Texts.locale());
        this.notices = new DeskNotices(local, identity.branchId(), clock);
        this.waitlist = new DeskWaitlist(local, identity, this::command);
    }

    /** The metadata for the events of one new command by the person at the desk. */
    public EventContext command() {
        return EventContext.command(identity, userId);
    }

    // the screens

    /**
     * What the Settings ▸ Chain connection screen runs after a new connection is stored: the app closes this desk
     * and opens it again. Called on the FX thread.
     */
    public void onReopen(Runnable reopen) {
        this.reopen = Objects.requireNonNull(reopen, "reopen");
    }

    /** Puts the appointment book, with the support strip above it, into the main window. */
    public AppointmentBookViewModel show(Stage stage, TaskExecutor tasks) {
        return show(stage, tasks, null);
    }

    /**
     * As {@link #show(Stage, TaskExecutor)}, with a Language menu that keeps its choice in {@code dataFolder}
     * (none when it is null).
     */
    public AppointmentBookViewModel show(Stage stage, TaskExecutor tasks, Path dataFolder) {
        DialogService dialogs = new FxDialogService(stage);
        AppointmentBookViewModel book = appointmentBook(tasks, dialogs, changes(Platform::runLater));
        Parent root = DeskSupport.around(AppointmentBookView.load(book, dialogs), stage, this);
        if (dataFolder != null) {
            LanguageMenu.addTo(root, dataFolder);
        }
        stage.setTitle(Texts.get("window.book"));
        // Never larger than the screen (front-desk PCs often have small ones), and on it.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(root, Math.min(1280, screen.getWidth()), Math.min(820, screen.getHeight())));
        stage.setX(screen.getMinX() + Math.max(0, (screen.getWidth() - stage.getScene().getWidth()) / 2));
        stage.setY(screen.getMinY() + Math.max(0, (screen.getHeight() - stage.getScene().getHeight()) / 2));
        stage.show();
        book.start();
        return book;
    }

    public AppointmentBookViewModel appointmentBook(TaskExecutor tasks, DialogService dialogs, DeskChanges changes) {
        return new AppointmentBookViewModel(days, workflows, bookings, customers, clock, tasks, dialogs, changes,
                deposits, checkouts, local.database().folder().resolve("receipts"));
    }

    @Override
    public ZoneId zone() {
        return clock.getZone();
    }

    @Override
    public SupportBarViewModel supportBar(TaskExecutor tasks) {
        return supportBar(tasks, changes(Platform::runLater));
    }

    public SupportBarViewModel supportBar(TaskExecutor tasks, DeskChanges changes) {
        return new SupportBarViewModel(deadLetters, tasks, changes);
    }

    @Override
    public SyncStatusViewModel syncStatus(TaskExecutor tasks) {
        return syncStatus(tasks, Platform::runLater);
    }

    public SyncStatusViewModel syncStatus(TaskExecutor tasks, Consumer<Runnable> fxThread) {
        return new SyncStatusViewModel(sync, tasks, clock, fxThread);
    }

    @Override
    public AttentionCounterViewModel attentionCounter(TaskExecutor tasks) {
        return attentionCounter(tasks, changes(Platform::runLater));
    }

    public AttentionCounterViewModel attentionCounter(TaskExecutor tasks, DeskChanges changes) {
        return new AttentionCounterViewModel(attention, tasks, changes);
    }

    @Override
    public TillViewModel till(TaskExecutor tasks) {
        return new TillViewModel(tills, tasks);
    }

    @Override
    public BranchRulesViewModel branchRules(TaskExecutor tasks) {
        return new BranchRulesViewModel(availabilityRules, tasks);
    }

    @Override
    public StylistRulesViewModel stylistRules(TaskExecutor tasks) {
        return new StylistRulesViewModel(availabilityRules, tasks);
    }

    @Override
    public ServiceTimingViewModel serviceTiming(TaskExecutor tasks) {
        return new ServiceTimingViewModel(availabilityRules, tasks);
    }

    @Override
    public NeedsAttentionViewModel needsAttention(TaskExecutor tasks, DialogService dialogs, Runnable afterChange) {
        return new NeedsAttentionViewModel(attention, days, tasks, dialogs, afterChange, clock.getZone());
    }

    @Override
    public ConnectionSettingsViewModel connectionSettings(TaskExecutor tasks) {
        return new ConnectionSettingsViewModel(connecting, tasks, () -> reopen.run());
    }

    @Override
    public DeadLettersViewModel deadLetters(TaskExecutor tasks, DialogService dialogs, Runnable afterChange) {
        return new DeadLettersViewModel(deadLetters, clock.getZone(), tasks, dialogs, afterChange);
    }

    @Override
    public DiagnosticsViewModel diagnostics(TaskExecutor reads, TaskExecutor rebuilds) {
        return diagnostics(reads, rebuilds, Platform::runLater);
    }

    @Override
    public Optional<VoucherSaleViewModel> voucherSale(TaskExecutor tasks) {
        return local.queries().branch(identity.branchId())
                .map(branch -> new VoucherSaleViewModel(checkouts, tasks, branch.currency()));
    }

    public DiagnosticsViewModel diagnostics(TaskExecutor reads, TaskExecutor rebuilds, Consumer<Runnable> fxThread) {
        return new DiagnosticsViewModel(diagnostics, sync, clock, reads, rebuilds, fxThread);
    }

    @Override
    public StockViewModel stock(TaskExecutor tasks, DialogService dialogs) {
        return new StockViewModel(stock, tasks, dialogs);
    }

    @Override
    public EmailSettingsViewModel emailSettings(TaskExecutor tasks) {
        return new EmailSettingsViewModel(email, tasks);
    }

    @Override
    public MessagesViewModel messages(TaskExecutor tasks) {
        return new MessagesViewModel(messages, tasks);
    }

    @Override
    public StaffNoticesViewModel staffNotices() {
        return staffNotices(Platform::runLater);
    }

    public StaffNoticesViewModel staffNotices(Consumer<Runnable> fxThread) {
        return new StaffNoticesViewModel(notices, clock.getZone(), fxThread);
    }

    @Override
    public WaitlistScreens waitlist() {
        return waitlistScreens(Platform::runLater);
    }

    /** The waitlist's view models, with offers brought onto the thread {@code fxThread} runs on (tests: their own). */
    public WaitlistScreens waitlistScreens(Consumer<Runnable> fxThread) {
        return new WaitlistScreens() {
            @Override
            public WaitlistViewModel waitlist(TaskExecutor tasks) {
                return new WaitlistViewModel(waitlist, tasks);
            }

            @Override
            public JoinWaitlistViewModel joinWaitlist(TaskExecutor tasks) {
                return new JoinWaitlistViewModel(waitlist, customers, days, tasks, LocalDate.now(clock));
            }

            @Override
            public WaitlistOffersViewModel offers(TaskExecutor tasks) {
                return new WaitlistOffersViewModel(waitlist, tasks, fxThread);
            }
        };
    }

    /** The waitlist port, for screens made elsewhere (tests). */
    public Waitlist waitlistPort() {
        return waitlist;
    }

    /** "Read models updated", brought onto the thread {@code fxThread} runs on, one hop per burst. */
    public DeskChanges changes(Consumer<Runnable> fxThread) {
        return new ProjectionUpdates(local.bus(), fxThread);
    }

    // the ports, for screens made elsewhere (tests)

    public BookingCommands bookings() {
        return bookings;
    }

    public DepositTaking deposits() {
        return deposits;
    }

    public Checkouts checkouts() {
        return checkouts;
    }

    public DayReading days() {
        return days;
    }

    public CustomerDirectory customers() {
        return customers;
    }

    public DeadLetters deadLetterDesk() {
        return deadLetters;
    }

    public Diagnostics diagnosticsDesk() {
        return diagnostics;
    }

    public ChainSync sync() {
        return sync;
    }

    public NeedsAttention attention() {
        return attention;
    }

    public ChainConnecting connecting() {
        return connecting;
    }

    public StockKeeping stock() {
        return stock;
    }

    public CustomerMessages customerMessages() {
        return messages;
    }

    public EmailSettings email() {
        return email;
    }

    public StaffNotices notices() {
        return notices;
    }

    // the desk itself

    /** The back end, for opening, closing and tests; screens get ports instead. */
    public DeskBackEnd local() {
        return local;
    }

    public DeskIdentity identity() {
        return identity;
    }

    public String userId() {
        return userId;
    }

    public Clock clock() {
        return clock;
    }

    /** "desk-soho-1 (soho)": which desk, in which branch, for the log. */
    @Override
    public String toString() {
        return identity.deviceId() + " (" + identity.branchId() + ")";
    }

    @Override
    public void close() {
        notices.close();
        waitlist.close();
        local.close();
    }

    /**
     * Flyway's check that the log's migrations are this version's, which the start leaves out when nothing is
     * pending; blocks (run it on a worker once the book shows). False when they differ (logged as an error).
     */
    public boolean checkMigrations() {
        return local.database().checkMigrations();
    }
}
