package com.salondesk.app.workflow;

import com.salondesk.app.language.Texts;
import com.salondesk.app.view.FxmlViews;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;

/** The small window that shows a booking's workflow: its steps and how each stands, and why it failed. Binds only. */
public final class WorkflowView extends Dialog<Void> {

    @FXML private ListView<WorkflowViewModel.StepLine> workflowSteps;
    @FXML private Label workflowStage;
    @FXML private Label workflowDeadline;
    @FXML private Label workflowReason;
    @FXML private ProgressIndicator workflowLoading;

    private final WorkflowViewModel viewModel;

    public WorkflowView(WorkflowViewModel viewModel) {
        this.viewModel = viewModel;
        setTitle(Texts.get("workflow.title"));
        setHeaderText(viewModel.heading());
        getDialogPane().setId("workflowDialog");
        getDialogPane().setContent(FxmlViews.load(this, "WorkflowView.fxml"));
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        getDialogPane().lookupButton(ButtonType.CLOSE).setId("workflowCloseButton");
        setResizable(true);
    }

    @FXML
    private void initialize() {
        workflowSteps.setItems(viewModel.steps());
        workflowSteps.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(WorkflowViewModel.StepLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeIf(c -> c.startsWith("workflow-"));
                if (empty || line == null) {
                    setText(null);
                    return;
                }
                setText(Texts.get("workflow.line", line.status(), line.step()));
                getStyleClass().add(line.styleClass());
            }
        });
        workflowStage.textProperty().bind(viewModel.stageProperty());
        workflowDeadline.textProperty().bind(viewModel.deadlineProperty());
        workflowDeadline.visibleProperty().bind(viewModel.deadlineProperty().isNotEmpty());
        workflowDeadline.managedProperty().bind(workflowDeadline.visibleProperty());
        workflowReason.textProperty().bind(viewModel.reasonProperty());
        workflowReason.visibleProperty().bind(viewModel.reasonProperty().isNotEmpty());
        workflowReason.managedProperty().bind(workflowReason.visibleProperty());
        workflowLoading.visibleProperty().bind(viewModel.loadingProperty());
    }
}
