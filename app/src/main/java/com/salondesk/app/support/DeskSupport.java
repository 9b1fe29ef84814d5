package com.salondesk.app.support;

import com.salondesk.app.availability.BranchRulesView;
import com.salondesk.app.availability.BranchRulesViewModel;
import com.salondesk.app.availability.ServiceTimingView;
import com.salondesk.app.availability.ServiceTimingViewModel;
import com.salondesk.app.availability.StylistRulesView;
import com.salondesk.app.availability.StylistRulesViewModel;
import com.salondesk.app.till.TillView;
import com.salondesk.app.till.TillViewModel;
import com.salondesk.app.attention.AttentionCounterViewModel;
import com.salondesk.app.attention.NeedsAttentionView;
import com.salondesk.app.attention.NeedsAttentionViewModel;
import com.salondesk.app.connect.ConnectionSettingsView;
import com.salondesk.app.connect.ConnectionSettingsViewModel;
import com.salondesk.app.deadletters.DeadLettersView;
import com.salondesk.app.deadletters.DeadLettersViewModel;
import com.salondesk.app.diagnostics.DiagnosticsView;
import com.salondesk.app.diagnostics.DiagnosticsViewModel;
import com.salondesk.app.desk.Explanation;
import com.salondesk.app.dialog.FxDialogService;
import com.salondesk.app.email.EmailSettingsView;
import com.salondesk.app.email.EmailSettingsViewModel;
import com.salondesk.app.language.Texts;
import com.salondesk.app.payment.VoucherSaleView;
import com.salondesk.app.stock.StockView;
import com.salondesk.app.stock.StockViewModel;
import com.salondesk.app.messages.MessagesView;
import com.salondesk.app.messages.MessagesViewModel;
import com.salondesk.app.notices.StaffNoticesView;
import com.salondesk.app.notices.StaffNoticesViewModel;
import com.salondesk.app.sync.SyncStatusViewModel;
import com.salondesk.app.view.Repeating;
import com.salondesk.app.waitlist.WaitlistWindows;
import java.util.ArrayList;
import java.util.List;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import javafx.util.Subscription;

/**
 * The desk's support tools around the main screen — the Support and Settings menus, the sync line, the
 * Needs-attention counter, the dead-letter badge, and the windows they open, with view models from
 * {@link SupportScreens}. Support work runs on workers of its own, so a slow retry, a sync round or a rebuild never
 * holds up the appointment book. The tools stop when the main window hides or shows another scene (the desk
 * reopening).
 */
public final class DeskSupport {

    private static final Duration BADGE_REFRESH = Duration.seconds(2);
    private static final Duration DEAD_LETTERS_REFRESH = Duration.seconds(3);
    private static final Duration DIAGNOSTICS_REFRESH = Duration.seconds(1);
    private static final Duration ATTENTION_REFRESH = Duration.seconds(5);
    private static final Duration STOCK_REFRESH = Duration.seconds(5);
    private static final Duration MESSAGES_REFRESH = Duration.seconds(3);
    private static final Duration TILL_REFRESH = Duration.seconds(3);

    private final Stage owner;
    private final SupportScreens screens;
    private final ClosingTasks support = new ClosingTasks("desk-support");
    /** Reading a read model's status waits while it is rebuilt; only the diagnostics screen should wait then. */
    private final ClosingTasks diagnosticReads = new ClosingTasks("desk-diagnostics");
    private final ClosingTasks rebuilds = new ClosingTasks("desk-rebuild");
    /** Sync rounds asked for by a person wait for the network: they get a worker of their own. */
    private final ClosingTasks syncRounds = new ClosingTasks("desk-sync-now");
    private final SupportBarViewModel bar;
    private final SyncStatusViewModel sync;
    private final AttentionCounterViewModel attentionCounter;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private Stage deadLettersWindow;
    private DeadLettersViewModel deadLetters;
    private Stage diagnosticsWindow;
    private DiagnosticsViewModel diagnostics;
    private boolean closed;
    private Stage attentionWindow;
    private NeedsAttentionViewModel attention;
    private Stage settingsWindow;
    private ConnectionSettingsViewModel settings;
    private Stage stockWindow;
    private StockViewModel stock;
    private StockView stockView;
    // customer e-mail and staff notices (issue 11, notify)
    private final StaffNoticesViewModel notices;
    private Stage messagesWindow;
    private MessagesViewModel messages;
    private Stage emailWindow;
    private EmailSettingsViewModel email;
    private Stage tillWindow;
    private TillViewModel till;
    // availability rules: the Salon menu's screens (issue 12, rules)
    private Stage branchRulesWindow;
    private BranchRulesViewModel branchRules;
    private Stage stylistRulesWindow;
    private StylistRulesViewModel stylistRules;
    private Stage serviceTimingWindow;
    private ServiceTimingViewModel serviceTiming;

    private DeskSupport(Stage owner, SupportScreens screens) {
        this.owner = owner;
        this.screens = screens;
        this.bar = screens.supportBar(support);
        this.sync = screens.syncStatus(syncRounds);
        this.attentionCounter = screens.attentionCounter(support);
        this.notices = screens.staffNotices();
    }

    /**
     * Puts the support strip above {@code screen} in {@code stage}; the tools stop when the stage hides.
     * Returns the new root for the stage's scene.
     */
    public static Parent around(Parent screen, Stage stage, SupportScreens screens) {
        DeskSupport tools = new DeskSupport(stage, screens);
        BorderPane shell = new BorderPane(screen);
        shell.setTop(SupportBarView.load(tools.bar, tools.sync, tools.attentionCounter, new SupportBarView.Actions(
                tools::openDeadLetters, tools::openDiagnostics, tools::openAttention, tools::openConnectionSettings,
                new SupportBarView.StockActions(() -> tools.openStock(false), () -> tools.openStock(true),
                        () -> tools.openStock(false).openReceive(), () -> tools.openStock(false).openStocktake()),
                tools::openVoucherSale, tools::openMessages, tools::openEmailSettings, tools::openTill,
                new SupportBarView.SalonActions(tools::openBranchRules, tools::openStylistRules,
                        tools::openServiceTiming))));
        StaffNoticesView.showOn(stage, tools.notices);
        // waitlist (issue 12): its menu in the strip, its window, and the offers as notices
        tools.subscriptions.add(WaitlistWindows.around(shell, stage, screens.waitlist(), tools.support));
        tools.subscriptions.add(Repeating.whileShowing(stage, BADGE_REFRESH, tools.bar::refresh));
        tools.subscriptions.add(Repeating.whileShowing(stage, ATTENTION_REFRESH, tools.attentionCounter::refresh));
        EventHandler<WindowEvent> stop = new EventHandler<>() {
            @Override
            public void handle(WindowEvent event) {
                stage.removeEventHandler(WindowEvent.WINDOW_HIDDEN, this);
                tools.close();
            }
        };
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, stop);
        // The desk reopening puts another scene into the stage: these tools belonged to the desk that closes next,
        // so they stop now, before it does (their workers finish what they hold first).
        tools.subscriptions.add(stage.sceneProperty().subscribe((before, after) -> {
            if (before != null && before.getRoot() == shell) {
                tools.close();
            }
        }));
        tools.bar.refresh();
        tools.attentionCounter.refresh();
        tools.sync.start();
        return shell;
    }

    void openBranchRules() {
        if (branchRulesWindow == null) {
            branchRulesWindow = window(Texts.get("window.salon.branch"));
            branchRules = screens.branchRules(support);
            branchRulesWindow.setScene(scene(BranchRulesView.load(branchRules), 860, 640));
        }
        branchRules.refresh();
        show(branchRulesWindow);
    }

    void openStylistRules() {
        if (stylistRulesWindow == null) {
            stylistRulesWindow = window(Texts.get("window.salon.stylists"));
            stylistRules = screens.stylistRules(support);
            stylistRulesWindow.setScene(scene(StylistRulesView.load(stylistRules), 960, 640));
        }
        stylistRules.refresh();
        show(stylistRulesWindow);
    }

    void openServiceTiming() {
        if (serviceTimingWindow == null) {
            serviceTimingWindow = window(Texts.get("window.salon.services"));
            serviceTiming = screens.serviceTiming(support);
            serviceTimingWindow.setScene(scene(ServiceTimingView.load(serviceTiming), 640, 480));
        }
        serviceTiming.refresh();
        show(serviceTimingWindow);
    }

    void openDeadLetters() {
        if (deadLettersWindow == null) {
            deadLettersWindow = window(Texts.get("window.deadLetters"));
            deadLetters = screens.deadLetters(support, new FxDialogService(deadLettersWindow), bar::refresh);
            deadLettersWindow.setScene(scene(DeadLettersView.load(deadLetters, screens.zone()), 1040, 680));
            subscriptions.add(Repeating.whileShowing(deadLettersWindow, DEAD_LETTERS_REFRESH, deadLetters::refresh));
        }
        deadLetters.refresh();
        show(deadLettersWindow);
    }

    void openDiagnostics() {
        if (diagnosticsWindow == null) {
            diagnosticsWindow = window(Texts.get("window.diagnostics"));
            diagnostics = screens.diagnostics(diagnosticReads, rebuilds);
            // Tall enough for every read model and handler of a desk (eight and more since issue 11) without scrolling.
            diagnosticsWindow.setScene(scene(DiagnosticsView.load(diagnostics), 860, 560));
            subscriptions.add(Repeating.whileShowing(diagnosticsWindow, DIAGNOSTICS_REFRESH, diagnostics::refresh));
        }
        diagnostics.refresh();
        show(diagnosticsWindow);
    }

    void openAttention() {
        if (attentionWindow == null) {
            attentionWindow = window(Texts.get("window.attention"));
            attention = screens.needsAttention(support, new FxDialogService(attentionWindow),
                    attentionCounter::refresh);
            attentionWindow.setScene(scene(NeedsAttentionView.load(attention, new FxDialogService(attentionWindow)),
                    1040, 620));
            subscriptions.add(Repeating.whileShowing(attentionWindow, ATTENTION_REFRESH, attention::refresh));
        }
        attention.refresh();
        show(attentionWindow);
    }

    void openConnectionSettings() {
        if (settingsWindow == null) {
            settingsWindow = window(Texts.get("window.settings"));
            settings = screens.connectionSettings(support);
            settingsWindow.setScene(scene(ConnectionSettingsView.load(settings), 640, 460));
        }
        settings.refresh();
        show(settingsWindow);
    }

    /** Opens the gift voucher sale once the branch's currency is read (off the FX thread). */
    void openVoucherSale() {
        support.execute(() -> screens.voucherSale(support), form -> form.ifPresent(
                f -> new FxDialogService(owner).showAndWait(new VoucherSaleView(f))),
                failure -> new FxDialogService(owner).showError(Texts.get("payments.menu.sellVoucher"),
                        Explanation.of(failure)));
    }

    void openMessages() {
        if (messagesWindow == null) {
            messagesWindow = window(Texts.get("window.messages"));
            messages = screens.messages(support);
            messagesWindow.setScene(scene(MessagesView.load(messages, screens.zone()), 1040, 560));
            subscriptions.add(Repeating.whileShowing(messagesWindow, MESSAGES_REFRESH, messages::refresh));
        }
        messages.refresh();
        show(messagesWindow);
    }

    void openEmailSettings() {
        if (emailWindow == null) {
            emailWindow = window(Texts.get("window.email"));
            email = screens.emailSettings(support);
            emailWindow.setScene(scene(EmailSettingsView.load(email), 640, 600));
        }
        email.refresh();
        show(emailWindow);
    }

    void openTill() {
        if (tillWindow == null) {
            tillWindow = window(Texts.get("window.till"));
            till = screens.till(support);
            tillWindow.setScene(scene(TillView.load(till, screens.zone()), 1040, 700));
            subscriptions.add(Repeating.whileShowing(tillWindow, TILL_REFRESH, till::refresh));
        }
        till.refresh();
        show(tillWindow);
    }

    /** Shows the Stock window (with only the low ones listed, when asked) and returns its view. */
    StockView openStock(boolean lowOnly) {
        if (stockWindow == null) {
            stockWindow = window(Texts.get("window.stock"));
            stock = screens.stock(support, new FxDialogService(stockWindow));
            stockView = new StockView(stock, new FxDialogService(stockWindow), screens.zone());
            stockWindow.setScene(scene(stockView.root(), 1040, 680));
            subscriptions.add(Repeating.whileShowing(stockWindow, STOCK_REFRESH, stock::refresh));
        }
        if (stock.lowOnlyProperty().get() != lowOnly) {
            stock.lowOnlyProperty().set(lowOnly);
        } else {
            stock.refresh();
        }
        show(stockWindow);
        return stockView;
    }

    private Stage window(String title) {
        Stage window = new Stage();
        window.initOwner(owner);
        window.setTitle(title);
        return window;
    }

    /** A scene no larger than the screen: front-desk PCs often have small ones. */
    private static Scene scene(Parent root, double width, double height) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return new Scene(root, Math.min(width, screen.getWidth()), Math.min(height, screen.getHeight()));
    }

    private static void show(Stage window) {
        if (window.isShowing()) {
            window.toFront();
        } else {
            window.show();
        }
    }

    private void close() {
        if (closed) {
            return;
        }
        closed = true;
        subscriptions.forEach(Subscription::unsubscribe);
        subscriptions.clear();
        notices.close();
        for (Stage window : new Stage[] {deadLettersWindow, diagnosticsWindow, attentionWindow, settingsWindow,
                stockWindow, messagesWindow, emailWindow, tillWindow}) {
            if (window != null) {
                window.hide();
            }
        }
        support.close();
        syncRounds.close();
        diagnosticReads.close();
        rebuilds.close();
    }
}
