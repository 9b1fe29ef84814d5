package com.salondesk.app.support;

import com.salondesk.app.deadletters.DeadLettersViewModel;
import com.salondesk.app.diagnostics.DiagnosticsViewModel;
import com.salondesk.app.dialog.DialogService;
import com.salondesk.app.task.TaskExecutor;
import java.time.ZoneId;

/** Makes the support tools' view models on the workers the support strip owns; the composition root implements it. */
public interface SupportScreens {

    /** The zone the support screens show times in. */
    ZoneId zone();

    SupportBarViewModel supportBar(TaskExecutor tasks);

    DeadLettersViewModel deadLetters(TaskExecutor tasks, DialogService dialogs, Runnable afterChange);

    DiagnosticsViewModel diagnostics(TaskExecutor reads, TaskExecutor rebuilds);
}
