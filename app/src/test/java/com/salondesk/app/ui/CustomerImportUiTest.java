package com.salondesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.TestSalon;
import com.salondesk.app.customer.CustomerImportViewModel;
import com.salondesk.app.customer.FileChoice;
import com.salondesk.app.port.CustomerRecords;
import com.salondesk.app.task.BackgroundTaskExecutor;
import com.salondesk.app.wiring.FrontDesk;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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

/**
 * A salon's old customer list imported on the real screen: the report names the bad row and why, the good rows are
 * on file and the bad one is not; then one of them is found from the main window's search and their profile opens.
 */
@ExtendWith(ApplicationExtension.class)
class CustomerImportUiTest {

    @TempDir
    Path folder;
    private FrontDesk desk;
    private BackgroundTaskExecutor tasks;
    private Path list;
    private Path report;

    @Start
    void openTheBook(Stage stage) throws Exception {
        desk = TestSalon.open(folder);
        list = folder.resolve("old-salon-customers.csv");
        report = folder.resolve("import-report.csv");
        Files.writeString(list, """
                Name;Phone;Email;Notes;Marketing consent
                Ann Smith;07700 900101;ann@example.com;Likes tea;yes
                Bad Row;;not-an-address;;no
                Ben Jones;;ben@example.com;;no
                """, StandardCharsets.UTF_8);
        // The system's file chooser is the one thing a test cannot click through; the file itself is real.
        desk.chooseFilesWith(new FileChoice() {
            @Override
            public Optional<Path> open(Window owner) {
                return Optional.of(list);
            }

            @Override
            public Optional<Path> save(Window owner, String suggestedName) {
                return Optional.of(report);
            }
        });
        tasks = new BackgroundTaskExecutor();
        desk.show(stage, tasks);
    }

    @AfterEach
    void closeTheDesk() throws Exception {
        FxToolkit.cleanupStages();
        tasks.close();
        desk.local().close();
    }

    @Test
    void importsTheGoodRowsAndReportsTheBadOneByLineAndReason(FxRobot robot) throws Exception {
        DeskRobot person = new DeskRobot(robot);
        person.click("#customersMenu");
        person.click("#importCustomersMenuItem");
        person.click("#chooseImportFileButton");
        person.assertShows("#importSummary", "2 row(s) can be imported, 1 refused. Nothing is imported yet.");
        TableView<?> refused = robot.lookup("#refusedRowsTable").queryTableView();
        person.waitUntil("the bad row to be reported", () -> refused.getItems().size() == 1);
        var row = (CustomerImportViewModel.ReportRow) refused.getItems().getFirst();
        assertThat(row.line()).isEqualTo(3);
        assertThat(row.reason()).isEqualTo("'not-an-address' does not look like an e-mail address.");
        assertThat(desk.customerRecords().search("smith", 5)).isEmpty();

        person.click("#importCustomersButton");
        person.assertShows("#importSummary", "2 customer(s) imported, 1 row(s) refused.");
        person.click("#saveImportReportButton");
        person.waitUntil("the report to be saved", () -> Files.exists(report)
                && Files.readString(report).contains("3;\"'not-an-address' does not look like an e-mail address.\""));

        assertThat(desk.customerRecords().search("ann smith", 5)).extracting(m -> m.customer().notes())
                .containsExactly("Likes tea");
        assertThat(desk.customerRecords().search("ben@example.com", 5)).hasSize(1);
        assertThat(desk.customerRecords().search("bad row", 5)).isEmpty();

        // Found from the main window as one types, and opened with Enter.
        robot.interact(() -> robot.lookup("#customerImport").query().getScene().getWindow().hide());
        person.type("#customerSearchField", "07700900101");
        person.waitUntil("Ann to be offered", () -> robot.lookup("#customerSearchResults").tryQuery()
                .map(list -> ((javafx.scene.control.ListView<?>) list).getItems().stream()
                        .anyMatch(m -> ((CustomerRecords.Match) m).customer().name().equals("Ann Smith")))
                .orElse(false));
        robot.push(KeyCode.ENTER);
        person.waitUntil("Ann's profile to open", () -> robot.lookup("#profileNameField").tryQuery()
                .map(n -> ((TextField) n).getText().equals("Ann Smith")).orElse(false));
        person.assertShows("#profileSummary", "0 past visits");
    }
}
