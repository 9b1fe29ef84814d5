package com.salondesk.app.support;

import com.salondesk.app.view.FxmlViews;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;

/** The thin strip above the main screen: the Support menu and the dead-letter badge. Binds; decides nothing. */
public final class SupportBarView {

    private static final PseudoClass ALERT = PseudoClass.getPseudoClass("alert");

    @FXML private MenuItem deadLettersMenuItem;
    @FXML private MenuItem diagnosticsMenuItem;
    @FXML private Button deadLetterBadge;

    private final SupportBarViewModel viewModel;
    private final Runnable openDeadLetters;
    private final Runnable openDiagnostics;

    private SupportBarView(SupportBarViewModel viewModel, Runnable openDeadLetters, Runnable openDiagnostics) {
        this.viewModel = viewModel;
        this.openDeadLetters = openDeadLetters;
        this.openDiagnostics = openDiagnostics;
    }

    static Parent load(SupportBarViewModel viewModel, Runnable openDeadLetters, Runnable openDiagnostics) {
        return FxmlViews.load(new SupportBarView(viewModel, openDeadLetters, openDiagnostics), "SupportBarView.fxml");
    }

    @FXML
    private void initialize() {
        deadLetterBadge.textProperty().bind(viewModel.badgeText());
        deadLetterBadge.accessibleTextProperty().bind(viewModel.badgeText());
        viewModel.anyDeadLetters().subscribe(any -> deadLetterBadge.pseudoClassStateChanged(ALERT, any));
        deadLetterBadge.setOnAction(e -> openDeadLetters.run());
        deadLettersMenuItem.setOnAction(e -> openDeadLetters.run());
        diagnosticsMenuItem.setOnAction(e -> openDiagnostics.run());
    }
}
