package com.salondesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.ReceiptPrinter;
import com.salondesk.app.RivalDesks;
import com.salondesk.app.SalonBookings;
import com.salondesk.app.TestSalon;
import com.salondesk.app.connect.FirstStartView;
import com.salondesk.app.connect.FirstStartViewModel;
import com.salondesk.app.task.CurrentThreadTaskExecutor;
import com.salondesk.app.wiring.DeskOpening;
import com.salondesk.app.wiring.FirstStart;
import com.salondesk.app.wiring.FrontDesk;
import com.salondesk.app.language.Texts;
import com.salondesk.app.port.DeadLetter;
import com.salondesk.app.task.BackgroundTaskExecutor;
import com.salondesk.domain.booking.NewBooking;
import com.salondesk.persistence.runtime.DeadLetterStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen of the desk in German, opened as a person would: nothing it shows may be English or any other
 * text that is not from the bundle, and no button or form label may be cut short by the longer German words.
 */
@ExtendWith(ApplicationExtension.class)
class GermanScreensUiTest {

    private static final String CANCEL_REASON = "Krank gemeldet";
    private static final String SKIP_REASON = "Bon von Hand geschrieben";

    @TempDir
    Path folder;
    private final ReceiptPrinter printer = new ReceiptPrinter();
    private FrontDesk desk;
    private BackgroundTaskExecutor tasks;
    private String requested;
    /** Yesterday's appointment Jane missed: the walk records the no-show and is refused its undoing. */
    private String missed;
    private final List<String> foreign = new ArrayList<>();
    private final List<String> cut = new ArrayList<>();

    @Start
    void openTheBookInGerman(Stage stage) {
        Texts.use(Locale.GERMANY);
        desk = TestSalon.open(folder, List.of(printer));
        SalonBookings bookings = new SalonBookings(desk);
        printer.failFor(e -> e.envelope().type().equals("booking.confirmed"));
        requested = bookings.book(TestSalon.ANNA, "10:00", "10:45");
        String confirmed = bookings.book(TestSalon.BEN, "11:00", "11:45");
        bookings.confirm(confirmed);
        String cancelled = bookings.book(TestSalon.BEN, "14:00", "14:45");
        desk.local().bookings().cancel(desk.command(), cancelled, CANCEL_REASON);
        String jane = desk.local().queries().searchCustomers("jane doe", 1).getFirst().customerId();
        LocalDate monday = TestSalon.TODAY.minusDays(1);
        missed = desk.local().bookings().book(desk.command(), new NewBooking(jane, TestSalon.BRANCH, TestSalon.BEN,
                TestSalon.CUT, monday.atTime(11, 0), monday.atTime(11, 45), false));
        bookings.awaitHandlers();
        tasks = new BackgroundTaskExecutor();
        desk.show(stage, tasks, folder);
    }

    @AfterEach
    void closeTheDesk() throws Exception {
        printer.release();
        FxToolkit.cleanupStages();
        tasks.close();
        desk.local().close();
        Texts.use(Locale.UK);
    }

    @Test
    void everyScreenSpeaksGermanAndNoButtonOrLabelIsCutShort(FxRobot robot) {
        DeskRobot person = new DeskRobot(robot);
        person.waitFor("#booking-" + requested);
        person.waitUntil("the status line to describe the day", () -> !person.textOf("#statusLabel").isEmpty());
        ScreenWords words = new ScreenWords(salonData());
        assertThat(person.textOf("#dayTitle")).isEqualTo("Soho · Dienstag, 1. Dezember 2026");
        assertThat(((DatePicker) person.waitFor("#datePicker")).getEditor().getText()).isEqualTo("01.12.2026");
        look("the appointment book", words);

        robot.rightClickOn(person.waitFor("#booking-" + requested));
        person.waitFor("#confirmItem");
        look("a booking's menu", words);
        robot.push(KeyCode.ESCAPE);

        robot.rightClickOn(person.waitFor("#booking-" + requested));
        person.click("#cancelItem");
        person.waitFor("#cancelReasonDialog");
        // The domain's rule, in German, until a reason is chosen.
        person.assertShows("#cancelReasonError", "Wählen Sie, warum der Termin storniert wird.");
        look("the cancel dialog", words);
        person.click("#cancelCategoryChoice");
        person.waitFor(".combo-box-popup .list-cell");
        look("the cancel reasons", words);
        person.pick(".combo-box-popup .list-cell", "Anderer Grund");
        person.assertShows("#cancelReasonError",
                "Beschreiben Sie in wenigen Worten, warum der Termin storniert wird.");
        look("the cancel dialog with another reason", words);
        person.click("#cancelReasonBackButton");

        person.click("#previousDayButton");
        robot.rightClickOn(person.waitFor("#booking-" + missed));
        person.click("#noShowItem");
        person.waitFor("#confirmDialog");
        look("the no-show question", words);
        person.click("#confirmOkButton");
        person.waitUntil("the block to show the no-show", () -> person.find("#booking-" + missed)
                .filter(n -> n.getStyleClass().contains("status-no-show")).isPresent());
        robot.rightClickOn(person.waitFor("#booking-" + missed));
        person.waitFor("#undoNoShowItem");
        look("a no-show's menu", words);
        person.click("#undoNoShowItem");
        person.waitFor("#errorDialog");
        // A rejection with an argument, told by the domain in German with a German date.
        assertThat(robot.lookup("#errorDialog .content").queryLabeled().getText()).isEqualTo(
                "Ein Nichterscheinen kann nur am Tag des Termins (30.11.2026) zurückgenommen werden.");
        look("a booking rule's refusal", words);
        person.click("#errorOkButton");

        person.click("#previousDayButton");
        person.assertShows("#dayPlaceholder", "Die Filiale ist an diesem Tag geschlossen.");
        person.assertShows("#statusLabel", "Die Filiale ist sonntags geschlossen.");
        look("a closed Sunday", words);
        person.click("#todayButton");
        person.waitFor("#booking-" + requested);

        person.click("#newBookingButton");
        person.waitFor("#newBookingDialog");
        person.click("#saveBookingButton");
        person.waitUntil("the form to say what is missing", () -> !person.textOf("#customerError").isEmpty());
        assertThat(person.textOf("#customerError"))
                .isEqualTo("Wählen Sie einen Eintrag aus den Vorschlägen oder legen Sie die Person neu an.");
        assertThat(person.textOf("#startError")).isEqualTo("Geben Sie den Beginn als hh:mm ein, z. B. 09:30.");
        look("the new-booking form", words);
        person.type("#startTimeField", "07:00");
        person.assertShows("#startError", "Soho ist am Dienstag 09:00–18:00 geöffnet.");
        look("the new-booking form outside the opening hours", words);
        // German writes the amount first, with a no-break space before the pound sign.
        person.choose("#serviceChoice", "Cut & finish · 45 Min. · 55,00\u00a0£");
        person.click("#newCustomerButton");
        person.waitFor("#newCustomerDialog");
        look("the new-customer form", words);
        person.type("#customerNameField", TestSalon.JANE);
        person.type("#customerPhoneField", "+44 20 7946 0000");
        person.click("#saveCustomerButton");
        person.assertShows("#customerDuplicateWarning",
                "Jane Doe · +44 20 7946 0000 ist bereits in der Kundenkartei. Ist das dieselbe Person?");
        look("the duplicate-customer warning", words);
        robot.push(KeyCode.ESCAPE);
        person.waitUntil("the new-customer form to close", () -> person.find("#newCustomerDialog").isEmpty());
        person.click("#cancelBookingDialogButton");

        person.click("#languageMenu");
        person.waitFor("#language-de");
        look("the language menu", words);
        robot.push(KeyCode.ESCAPE);

        person.click("#deadLetterBadge");
        TableView<?> letters = (TableView<?>) person.waitFor("#deadLetterTable");
        person.waitUntil("the dead letter to be listed", () -> !letters.getItems().isEmpty());
        Node firstRow = person.firstFilledRow(letters);
        robot.clickOn(firstRow);
        person.waitUntil("the letter's event to be read",
                () -> person.textOf("#deadLetterEventSummary").contains("Version"));
        look("the dead letters", words);
        person.click("#skipButton");
        person.type("#answerField", "   ");
        look("the skip question", words);
        person.click("#answerOkButton");
        person.waitFor("#errorDialog");
        look("a refusal", words);
        person.click("#errorOkButton");

        // Skipped from elsewhere while this screen still shows it open: the retry is refused in German, the
        // letter's status word included. Both in one turn of the FX thread, so the screen's own refresh cannot
        // come between them and disable the button first.
        long shown = ((DeadLetter) letters.getSelectionModel().getSelectedItem()).id();
        WaitForAsyncUtils.waitForAsyncFx(30_000, () -> {
            desk.deadLetterDesk().skip(shown, SKIP_REASON);
            robot.lookup("#retryButton").queryButton().fire();
        });
        person.assertShows("#deadLetterMessage",
                "Das hat nicht geklappt. Das Ereignis " + shown + " ist bereits übersprungen.");
        look("a letter skipped elsewhere", words);

        person.click("#supportMenu");
        person.click("#diagnosticsMenuItem");
        TableView<?> status = (TableView<?>) person.waitFor("#diagnosticsTable");
        person.waitUntil("the desk's status to be read", () -> !status.getItems().isEmpty());
        person.assertShows("#syncServer", "Keiner (eigenständiger Arbeitsplatz)");
        look("the diagnostics", words);
        // The dead letters and the diagnostics closed again, as a person would before going back to the main window:
        // with German's long words the strip wraps onto a second row, where those windows lie over the book's.
        backToTheBook(robot, person);

        // The strip above the book: a standalone desk, nothing needing attention.
        person.assertShows("#syncStatusLabel", "Eigenständig");
        person.assertShows("#attentionBadge", "Klärungsbedarf (0)");
        person.click("#attentionBadge");
        person.waitFor("#attentionTable");
        person.assertShows("#attentionHead", "Nichts zu klären.");
        look("the Needs-attention list", words);

        person.click("#settingsMenu");
        person.click("#connectionSettingsMenuItem");
        person.waitFor("#connectionSettingsScreen");
        person.assertShows("#settingsServer", "Keiner: Dieser Arbeitsplatz arbeitet eigenständig.");
        person.click("#connectButton");
        person.assertShows("#serverError", "Geben Sie die Adresse des Sync-Servers ein");
        look("the connection settings", words);

        person.click("#supportMenu");
        person.click("#syncNowMenuItem");
        person.assertShows("#syncRoundMessage", "Dieser Arbeitsplatz arbeitet eigenständig");
        look("a sync asked of a standalone desk", words);

        // waitlist (issue 12): its window, and its form refusing an empty wish
        backToTheBook(robot, person);
        person.click("#waitlistMenu");
        person.click("#waitlistOpenMenuItem");
        person.waitFor("#waitlistScreen");
        person.assertShows("#waitlistBookButton", "Buchen");
        look("the waitlist", words);
        person.click("#waitlistAddButton");
        person.waitFor("#joinWaitlistDialog");
        person.click("#saveWaitlistButton");
        person.assertShows("#customerError", "Wählen Sie eine Kundin oder einen Kunden aus der Liste");
        look("the waitlist form", words);
        robot.push(KeyCode.ESCAPE);

        assertThat(foreign).as("texts that are not German from the bundle").isEmpty();
        assertThat(cut).as("buttons and labels cut short").isEmpty();
    }

    @Test
    void theNeedsAttentionListAndItsChoicesSpeakGermanOnTheDeskThatLost(FxRobot robot, @TempDir Path root)
            throws Exception {
        DeskRobot person = new DeskRobot(robot);
        // Only the desk that lost shows: the book of the others would answer the same ids.
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).forEach(Window::hide)).get();
        RivalDesks desks = RivalDesks.clash(root);
        BackgroundTaskExecutor backTasks = new BackgroundTaskExecutor();
        try {
            WaitForAsyncUtils.asyncFx(() -> desks.back().show(new Stage(), backTasks)).get();
            List<String> data = new ArrayList<>(salonData());
            data.addAll(List.of(RivalDesks.JANET, "07700 900111"));
            ScreenWords words = new ScreenWords(data);

            person.assertShows("#attentionBadge", "Klärungsbedarf (1)");
            robot.rightClickOn(person.waitFor("#booking-" + desks.loser()));
            person.waitFor("#timeLostItem");
            look("a lost booking's menu", words);
            robot.push(KeyCode.ESCAPE);
            person.click("#attentionBadge");
            TableView<?> list = (TableView<?>) person.waitFor("#attentionTable");
            person.waitUntil("the lost booking to be listed", () -> list.getItems().size() == 1);
            robot.clickOn(person.firstFilledRow(list));
            person.assertShows("#lostCustomer", RivalDesks.JANET);
            person.assertShows("#attentionReason", "Grund: ");
            look("the Needs-attention list with a lost booking", words);

            person.click("#moveButton");
            person.waitFor("#moveBookingDialog");
            person.click("#moveSaveButton");
            person.assertShows("#moveError", "Nicht verschoben: ");
            look("the move dialog refused", words);
            person.click("#moveBackButton");

            person.click("#overbookButton");
            person.waitFor("#confirmDialog");
            look("the overbook question", words);
            person.click("#confirmCancelButton");

            person.click("#cancelLostButton");
            person.waitFor("#cancelReasonDialog");
            look("the cancel question with the customer's contact", words);
            person.click("#cancelReasonBackButton");
        } finally {
            WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).forEach(Window::hide)).get();
            backTasks.close();
            desks.close();
        }
        assertThat(foreign).as("texts that are not German from the bundle").isEmpty();
        assertThat(cut).as("buttons and labels cut short").isEmpty();
    }

    @Test
    void theFirstStartSpeaksGermanToo(FxRobot robot, @TempDir Path empty) throws Exception {
        DeskRobot person = new DeskRobot(robot);
        FirstStart first = (FirstStart) DeskOpening.begin(empty, TestSalon.clock(), step -> { });
        Stage window = WaitForAsyncUtils.asyncFx(() -> {
            FirstStartViewModel choice = new FirstStartViewModel(first, new CurrentThreadTaskExecutor(),
                    Runnable::run, () -> { });
            Stage stage = new Stage();
            stage.setScene(new Scene(FirstStartView.load(choice), 720, 680));
            stage.show();
            return stage;
        }).get();
        try {
            person.waitFor("#firstStartScreen");
            person.click("#connectButton");
            person.assertShows("#tokenError", "Geben Sie das Anmelde-Token ein");
            look("the first start", new ScreenWords(salonData()));
        } finally {
            WaitForAsyncUtils.asyncFx(window::close).get();
            first.close();
        }
        assertThat(foreign).as("texts that are not German from the bundle").isEmpty();
        assertThat(cut).as("buttons and labels cut short").isEmpty();
    }

    @Test
    void anEnglishOrMadeUpTextPlantedInAScreenIsCaught(FxRobot robot) throws Exception {
        ScreenWords words = new ScreenWords(List.of("Jane Doe"));
        Stage planted = WaitForAsyncUtils.asyncFx(() -> {
            Button save = new Button("Save booking");
            save.setTooltip(new Tooltip("Termin speichern"));
            TextField search = new TextField();
            search.setPromptText("Type a name, phone or e-mail");
            Label made = new Label("Termin jetzt buchen");
            Button squeezed = new Button("Termin speichern");
            squeezed.setMaxWidth(60);
            TableView<String> table = new TableView<>(FXCollections.observableArrayList());
            table.getColumns().add(new javafx.scene.control.TableColumn<>("Status"));
            table.getColumns().add(new javafx.scene.control.TableColumn<>("Attempts"));
            VBox box = new VBox(new Label("Termin speichern"), new Label("Jane Doe"), new Label("10:00–10:45"),
                    new Label("Jane Doe · 45 Min. · 55,00\u00a0£"),
                    new Label("Dienstag, 1. Dezember 2026"), new Label(ButtonType.CANCEL.getText()),
                    new Label("3 unzustellbare Ereignisse"), save, search, made, squeezed, table);
            Stage stage = new Stage();
            stage.setTitle("SalonDesk — appointment book");
            stage.setScene(new Scene(box));
            stage.show();
            return stage;
        }).get();
        try {
            List<String> found = WaitForAsyncUtils.asyncFx(() -> words.foreignIn(List.of(planted))).get();
            assertThat(found).containsExactlyInAnyOrder(
                    "title of a window: \"SalonDesk — appointment book\"",
                    "Button: \"Save booking\"",
                    "TextField prompt: \"Type a name, phone or e-mail\"",
                    "Label: \"Termin jetzt buchen\"",
                    "TableView column: \"Attempts\"",
                    "Label: \"Attempts\"");
            WaitForAsyncUtils.asyncFx(() -> cutShort(planted.getScene().getRoot(), "planted")).get();
            assertThat(cut).singleElement().asString().startsWith("planted: \"Termin speichern\" shows as \"Ter");
        } finally {
            WaitForAsyncUtils.asyncFx(planted::close).get();
        }
    }

    private List<String> salonData() {
        List<String> data = new ArrayList<>(List.of("Soho", TestSalon.BRANCH, "Anna Berg", "Ben Carter", TestSalon.JANE, "Janet Hill",
                "Cut & finish", "Full colour", CANCEL_REASON, SKIP_REASON, ReceiptPrinter.NAME, "SalonDesk"));
        desk.local().runtime().handlers().deadLetters().list(DeadLetterStore.Filter.open()).forEach(l -> data.add(l.error()));
        desk.local().runtime().projections().status().forEach(readModel -> data.add(readModel.handler()));
        return data;
    }

    /** Closes every window but the book's, as a person does before reaching for the strip's menus again. */
    private static void backToTheBook(FxRobot robot, DeskRobot person) {
        Window book = person.find("#attentionBadge").orElseThrow().getScene().getWindow();
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != book).forEach(Window::hide));
    }

    /** Reads every showing window, noting foreign words and cut-short labels under {@code what}. */
    private void look(String what, ScreenWords words) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.asyncFx(() -> {
                List<Window> windows = List.copyOf(Window.getWindows());
                words.foreignIn(windows).forEach(text -> foreign.add(what + ": " + text));
                for (Window window : windows) {
                    if (window.isShowing() && window.getScene() != null) {
                        cutShort(window.getScene().getRoot(), what);
                    }
                }
            }).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /**
     * A button, or a label that names a field, whose text the skin shortened with an ellipsis; a tool bar too
     * narrow for its buttons (the rest hide behind its overflow arrow).
     */
    private void cutShort(Node node, String what) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof ToolBar bar && bar.lookup(".tool-bar-overflow-button") instanceof Node overflow
            && overflow.isVisible()) {
            cut.add(what + ": the tool bar" + (bar.getId() == null ? "" : " #" + bar.getId())
                    + " hides some of its controls behind its overflow arrow");
        }
        if (node instanceof Labeled labeled && !labeled.isWrapText() && labeled.getText() != null
            && !labeled.getText().isEmpty() && (node instanceof ButtonBase
                || node instanceof Label label
                   && (label.getLabelFor() != null || label.getParent() instanceof ButtonBase))) {
            String full = labeled.isMnemonicParsing() ? labeled.getText().replaceFirst("_", "") : labeled.getText();
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text shown && !shown.getText().equals(full)) {
                    cut.add(what + ": \"" + full + "\" shows as \"" + shown.getText() + "\"");
                }
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> cutShort(child, what));
        }
    }
}
