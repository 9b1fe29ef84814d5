package com.salondesk.e2e;

import static com.salondesk.e2e.support.ChainData.BEN;
import static com.salondesk.e2e.support.ChainData.JANE;
import static com.salondesk.e2e.support.ChainData.LONDON;
import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.task.BackgroundTaskExecutor;
import com.salondesk.app.wiring.FrontDesk;
import com.salondesk.e2e.support.Chain;
import com.salondesk.e2e.support.Desk;
import com.salondesk.e2e.support.SyncServerProcess;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * End-to-end 6: desk B's appointment book is open on today (the real window, headless); desk A books Jane with
 * Ben; B's book shows the booking in Ben's column without anyone touching B.
 */
@ExtendWith(ApplicationExtension.class)
class LiveBookUiTest {

    @TempDir
    static Path folder;
    static SyncServerProcess server;
    static Chain chain;
    static Desk a;
    static Desk b;

    private BackgroundTaskExecutor tasks;

    @BeforeAll
    static void connectTwoDesks() {
        server = SyncServerProcess.shared();
        chain = Chain.create(server, folder.resolve("chain"), "desk-a", "desk-b");
        a = chain.founder("desk-a");
        b = chain.joiner("desk-b");
    }

    @AfterAll
    static void closeEverything() {
        if (chain != null) {
            chain.close();
        }
    }

    @Start
    void openDeskBsBook(Stage stage) {
        tasks = new BackgroundTaskExecutor();
        new FrontDesk(b.backEnd(), b.identity(), "front-desk", Clock.system(LONDON)).show(stage, tasks);
    }

    @AfterEach
    void closeTheWindow() throws Exception {
        FxToolkit.cleanupStages();
        tasks.close();
    }

    @Test
    void deskBsOpenBookShowsDeskAsNewBookingWithoutAClick(FxRobot robot) throws Exception {
        waitUntil("B's book to show Ben's column", () -> robot.lookup("#column-ben").tryQuery().isPresent());

        String booking = a.book(BEN, JANE, LocalDate.now(LONDON), "12:00", "12:45");

        String block = "#column-ben #booking-" + booking;
        waitUntil("desk A's booking to appear in B's open book", () -> robot.lookup(block).tryQuery()
                .filter(Node::isVisible).isPresent());
        Node shown = robot.lookup(block).query();
        assertThat(robot.from(shown).lookup(".block-customer").queryAll())
                .anySatisfy(name -> assertThat(((Labeled) name).getText()).isEqualTo("Jane Doe"));
    }

    private static void waitUntil(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
                Boolean met = WaitForAsyncUtils.asyncFx(condition).get();
                return met != null && met;
            });
        } catch (TimeoutException e) {
            throw new AssertionError("waited 60 s for " + what, e);
        }
    }
}
