package com.salondesk.app.workflow;

import com.salondesk.app.language.Formats;
import com.salondesk.app.language.Texts;
import com.salondesk.app.port.BookingWorkflows;
import com.salondesk.app.task.TaskExecutor;
import com.salondesk.domain.bookingsaga.SagaProgress;
import java.time.ZoneId;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A booking's confirmation workflow as the desk shows it: each step with ✓, waiting, failed or undone, where the
 * workflow stands, until when the current step may take, and why it failed.
 */
public final class WorkflowViewModel {

    /** One step as a line of the window: what it is and how it stands, in words. */
    public record StepLine(String step, String status, String styleClass) {
    }

    private final BookingWorkflows workflows;
    private final TaskExecutor tasks;
    private final String bookingId;
    private final String heading;
    private final ZoneId zone;

    private final ObservableList<StepLine> steps = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper stage = new ReadOnlyStringWrapper(Texts.get("workflow.loading"));
    private final ReadOnlyStringWrapper deadline = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(true);

    public WorkflowViewModel(BookingWorkflows workflows, TaskExecutor tasks, String bookingId, String heading,
                             ZoneId zone) {
        this.workflows = workflows;
        this.tasks = tasks;
        this.bookingId = bookingId;
        this.heading = heading;
        this.zone = zone;
    }

    /** Reads the workflow off the FX thread and shows it. */
    public void load() {
        loading.set(true);
        tasks.execute(() -> workflows.workflowOf(bookingId), this::show, failure -> {
            loading.set(false);
            stage.set(Texts.get("workflow.failed"));
        });
    }

    private void show(Optional<SagaProgress> found) {
        loading.set(false);
        if (found.isEmpty()) {
            steps.clear();
            stage.set(Texts.get("workflow.none"));
            deadline.set("");
            reason.set("");
            return;
        }
        SagaProgress progress = found.get();
        steps.setAll(progress.steps().stream().map(s -> new StepLine(Texts.get("workflow.step." + s.step().name()),
                Texts.get("workflow.status." + s.status().name()),
                "workflow-" + s.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))).toList());
        stage.set(Texts.get("workflow.stage." + progress.stage().name()));
        deadline.set(progress.deadline() == null ? ""
                : Texts.get("workflow.deadline", Formats.instant(progress.deadline(), zone)));
        StringBuilder why = new StringBuilder();
        if (progress.reason() != null) {
            why.append(Texts.get("workflow.reason", progress.reason().text(Texts.locale())));
            if (progress.bookingCancelled()) {
                why.append('\n').append(Texts.get("workflow.cancelledByWorkflow"));
            }
        } else if (progress.depositDeclined()) {
            why.append(Texts.get("workflow.declined"));
        }
        reason.set(why.toString());
    }

    public String heading() {
        return heading;
    }

    public ObservableList<StepLine> steps() {
        return steps;
    }

    public ReadOnlyStringProperty stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty deadlineProperty() {
        return deadline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
