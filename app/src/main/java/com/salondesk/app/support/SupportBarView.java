package com.salondesk.app.support;

import com.salondesk.app.attention.AttentionCounterViewModel;
import com.salondesk.app.port.SyncView;
import com.salondesk.app.sync.SyncStatusViewModel;
import com.salondesk.app.view.FxmlViews;
import javafx.animation.PauseTransition;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * The thin strip above the main screen: the Support, Settings and Stock menus, the sync line, the Needs-attention
 * counter and the dead-letter badge. Binds; decides nothing.
 */
public final class SupportBarView {

    private static final Duration ROUND_MESSAGE_SHOWN = Duration.seconds(20);
    private static final PseudoClass ALERT = PseudoClass.getPseudoClass("alert");
    private static final PseudoClass OFFLINE = PseudoClass.getPseudoClass("offline");
    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");

    /** What the strip's controls open. */
    record Actions(Runnable openDeadLetters, Runnable openDiagnostics, Runnable openAttention,
                   Runnable openConnectionSettings, StockActions stock, Runnable sellVoucher, Runnable openMessages,
                   Runnable openEmailSettings, Runnable openTill, SalonActions salon) {
    }

    /** What the Salon menu opens: the availability rules' screens. */
    record SalonActions(Runnable openBranchRules, Runnable openStylistRules, Runnable openServiceTiming) {
    }

    /** What the Stock menu opens. */
    record StockActions(Runnable openLevels, Runnable openLowStock, Runnable openReceive, Runnable openStocktake) {
    }

    @FXML private MenuItem deadLettersMenuItem;
    @FXML private MenuItem diagnosticsMenuItem;
    @FXML private MenuItem syncNowMenuItem;
    @FXML private MenuItem connectionSettingsMenuItem;
    @FXML private MenuItem stockLevelsMenuItem;
    @FXML private MenuItem stockLowMenuItem;
    @FXML private MenuItem stockReceiveMenuItem;
    @FXML private MenuItem stockStocktakeMenuItem;
    @FXML private MenuItem sellVoucherMenuItem;
    @FXML private MenuItem messagesMenuItem;
    @FXML private MenuItem emailSettingsMenuItem;
    @FXML private MenuItem tillMenuItem;
    @FXML private MenuItem salonBranchMenuItem;
    @FXML private MenuItem salonStylistsMenuItem;
    @FXML private MenuItem salonServicesMenuItem;
    @FXML private Label syncStatusLabel;
    @FXML private Tooltip syncStatusTooltip;
    @FXML private Label syncRoundMessage;
    @FXML private Button attentionBadge;
    @FXML private Button deadLetterBadge;

    private final SupportBarViewModel viewModel;
    private final SyncStatusViewModel sync;
    private final AttentionCounterViewModel attention;
    private final Actions actions;

    private SupportBarView(SupportBarViewModel viewModel, SyncStatusViewModel sync,
                           AttentionCounterViewModel attention, Actions actions) {
        this.viewModel = viewModel;
        this.sync = sync;
        this.attention = attention;
        this.actions = actions;
    }

    static Parent load(SupportBarViewModel viewModel, SyncStatusViewModel sync, AttentionCounterViewModel attention,
                       Actions actions) {
        return FxmlViews.load(new SupportBarView(viewModel, sync, attention, actions), "SupportBarView.fxml");
    }

    @FXML
    private void initialize() {
        deadLetterBadge.textProperty().bind(viewModel.badgeText());
        deadLetterBadge.accessibleTextProperty().bind(viewModel.badgeText());
        viewModel.anyDeadLetters().subscribe(any -> deadLetterBadge.pseudoClassStateChanged(ALERT, any));
        deadLetterBadge.setOnAction(e -> actions.openDeadLetters().run());
        deadLettersMenuItem.setOnAction(e -> actions.openDeadLetters().run());
        diagnosticsMenuItem.setOnAction(e -> actions.openDiagnostics().run());

        attentionBadge.textProperty().bind(attention.text());
        attentionBadge.accessibleTextProperty().bind(attention.text());
        attention.anyOpen().subscribe(any -> attentionBadge.pseudoClassStateChanged(ALERT, any));
        attentionBadge.setOnAction(e -> actions.openAttention().run());

        syncStatusLabel.textProperty().bind(sync.lineProperty());
        syncStatusLabel.accessibleTextProperty().bind(sync.lineProperty());
        syncStatusTooltip.textProperty().bind(sync.detailsProperty());
        syncRoundMessage.textProperty().bind(sync.roundMessageProperty());
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(sync.roundMessageProperty());
        whole.setWrapText(true);
        whole.setMaxWidth(420);
        syncRoundMessage.setTooltip(whole);
        // How a round went is news for a while, not a lasting state: it gives way to the sync line alone.
        PauseTransition fade = new PauseTransition(ROUND_MESSAGE_SHOWN);
        fade.setOnFinished(e -> sync.clearRoundMessage());
        sync.roundMessageProperty().subscribe(message -> {
            fade.stop();
            if (!message.isEmpty() && !sync.syncingProperty().get()) {
                fade.playFromStart();
            }
        });
        syncRoundMessage.visibleProperty().bind(sync.roundMessageProperty().isNotEmpty());
        syncRoundMessage.managedProperty().bind(syncRoundMessage.visibleProperty());
        sync.stateProperty().subscribe(state -> {
            SyncView.Connection connection = state == null ? SyncView.Connection.NOT_CONNECTED : state.connection();
            syncStatusLabel.pseudoClassStateChanged(OFFLINE, connection == SyncView.Connection.OFFLINE);
            syncStatusLabel.pseudoClassStateChanged(REFUSED, connection == SyncView.Connection.TOKEN_REFUSED
                    || connection == SyncView.Connection.REVOKED);
        });
        syncNowMenuItem.disableProperty().bind(sync.syncingProperty());
        syncNowMenuItem.setOnAction(e -> sync.syncNow());
        connectionSettingsMenuItem.setOnAction(e -> actions.openConnectionSettings().run());
        stockLevelsMenuItem.setOnAction(e -> actions.stock().openLevels().run());
        stockLowMenuItem.setOnAction(e -> actions.stock().openLowStock().run());
        stockReceiveMenuItem.setOnAction(e -> actions.stock().openReceive().run());
        stockStocktakeMenuItem.setOnAction(e -> actions.stock().openStocktake().run());
        sellVoucherMenuItem.setOnAction(e -> actions.sellVoucher().run());
        messagesMenuItem.setOnAction(e -> actions.openMessages().run());
        emailSettingsMenuItem.setOnAction(e -> actions.openEmailSettings().run());
        tillMenuItem.setOnAction(e -> actions.openTill().run());
        salonBranchMenuItem.setOnAction(e -> actions.salon().openBranchRules().run());
        salonStylistsMenuItem.setOnAction(e -> actions.salon().openStylistRules().run());
        salonServicesMenuItem.setOnAction(e -> actions.salon().openServiceTiming().run());
    }
}
