package com.salondesk.app.support;

import com.salondesk.app.availability.BranchRulesViewModel;
import com.salondesk.app.availability.ServiceTimingViewModel;
import com.salondesk.app.availability.StylistRulesViewModel;
import com.salondesk.app.till.TillViewModel;
import com.salondesk.app.attention.AttentionCounterViewModel;
import com.salondesk.app.attention.NeedsAttentionViewModel;
import com.salondesk.app.connect.ConnectionSettingsViewModel;
import com.salondesk.app.deadletters.DeadLettersViewModel;
import com.salondesk.app.diagnostics.DiagnosticsViewModel;
import com.salondesk.app.dialog.DialogService;
import com.salondesk.app.payment.VoucherSaleViewModel;
import com.salondesk.app.stock.StockViewModel;
import com.salondesk.app.email.EmailSettingsViewModel;
import com.salondesk.app.messages.MessagesViewModel;
import com.salondesk.app.notices.StaffNoticesViewModel;
import com.salondesk.app.sync.SyncStatusViewModel;
import com.salondesk.app.task.TaskExecutor;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Makes the view models of the strip above the main screen and of the windows it opens, on the workers the strip
 * owns; the composition root implements it.
 */
public interface SupportScreens {

    /** The zone the support screens show times in. */
    ZoneId zone();

    SupportBarViewModel supportBar(TaskExecutor tasks);

    SyncStatusViewModel syncStatus(TaskExecutor tasks);

    AttentionCounterViewModel attentionCounter(TaskExecutor tasks);

    NeedsAttentionViewModel needsAttention(TaskExecutor tasks, DialogService dialogs, Runnable afterChange);

    ConnectionSettingsViewModel connectionSettings(TaskExecutor tasks);

    DeadLettersViewModel deadLetters(TaskExecutor tasks, DialogService dialogs, Runnable afterChange);

    DiagnosticsViewModel diagnostics(TaskExecutor reads, TaskExecutor rebuilds);

    /** The Stock screen: this branch's levels, movements, deliveries, adjustments, stocktakes, thresholds. */
    StockViewModel stock(TaskExecutor tasks, DialogService dialogs);

    /**
     * The form that sells a gift voucher at this desk's branch (it reads the branch's currency: call it off the FX
     * thread); empty while the desk knows no branch of its own.
     */
    Optional<VoucherSaleViewModel> voucherSale(TaskExecutor tasks);
    // customer e-mail and staff notices (issue 11, notify)

    EmailSettingsViewModel emailSettings(TaskExecutor tasks);

    MessagesViewModel messages(TaskExecutor tasks);

    /** News for the staff (bookings made and cancelled), shown as passing notices over the main window. */
    StaffNoticesViewModel staffNotices();
    TillViewModel till(TaskExecutor tasks);
    // availability rules: the Salon menu's screens (issue 12, rules)

    /** Salon ▸ Branch closures, hours and resources. */
    BranchRulesViewModel branchRules(TaskExecutor tasks);

    /** Salon ▸ Stylist breaks, shifts and time off. */
    StylistRulesViewModel stylistRules(TaskExecutor tasks);

    /** Salon ▸ Service timing and resources. */
    ServiceTimingViewModel serviceTiming(TaskExecutor tasks);

    // waitlist (issue 12)
    /** The waitlist's screens: the list, the "Add to waitlist" form, the offers as notices. */
    com.salondesk.app.waitlist.WaitlistScreens waitlist();
}
