package com.salondesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.SalonDeskApplication;
import com.salondesk.e2e.support.Chain;
import com.salondesk.e2e.support.SyncServerProcess;
import com.salondesk.persistence.sync.SyncSettings;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real desk application's first start against the real sync server (TestFX, headless): a person types the
 * server's address and the token headquarters printed, the desk downloads the chain's history and opens its book on
 * the chain's branch, online; when headquarters revokes the desk, its main window says so in plain words.
 */
class FirstStartAgainstTheServerUiTest {

    @TempDir
    static Path folder;
    static SyncServerProcess server;
    static Chain chain;

    @BeforeAll
    static void aChainWithHistory() throws Exception {
        server = SyncServerProcess.shared();
        chain = Chain.create(server, folder.resolve("chain"), "founder", "new-desk");
        chain.founder("founder");
        FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    static void closeEverything() {
        if (chain != null) {
            chain.close();
        }
    }

    @Test
    void aPersonConnectsANewDeskWhichDownloadsTheChainAndLaterSaysItWasRevoked() throws Exception {
        FxRobot robot = new FxRobot();
        Path desk = folder.resolve("new-desk");
        Application app = FxToolkit.setupApplication(SalonDeskApplication.class, "--data-dir=" + desk,
                "--first-start=ask");
        try {
            type(robot, "#serverField", server.uri().toString());
            type(robot, "#tokenField", chain.token("new-desk"));
            robot.clickOn(waitFor(robot, "#connectButton"));

            ComboBox<?> branches = (ComboBox<?>) waitFor(robot, "#branchSelector");
            waitUntil("the chain's branch to be chosen", () -> branches.getValue() != null);
            assertThat(branches.getValue().toString()).contains("Soho");
            waitUntil("the desk to be online", () -> says(robot, "#syncStatusLabel", "Online"));

            server.revoke(chain.deviceId("new-desk"));
            robot.clickOn(waitFor(robot, "#supportMenu"));
            robot.clickOn(waitFor(robot, "#syncNowMenuItem"));
            waitUntil("the desk to say it was revoked", () -> says(robot, "#syncStatusLabel", "Desk revoked"));
        } finally {
            FxToolkit.cleanupApplication(app);
        }
        assertThat(SyncSettings.read(desk)).as("the desk keeps its connection and data").isPresent();
    }

    private static boolean says(FxRobot robot, String query, String text) {
        return robot.lookup(query).tryQuery().filter(n -> n instanceof Labeled l && l.getText().contains(text))
                .isPresent();
    }

    private static Node waitFor(FxRobot robot, String query) {
        waitUntil(query + " to show", () -> robot.lookup(query).tryQuery().filter(Node::isVisible).isPresent());
        return robot.lookup(query).query();
    }

    private static void type(FxRobot robot, String query, String text) {
        Node field = waitFor(robot, query);
        robot.clickOn(field);
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.push(KeyCode.BACK_SPACE);
        robot.write(text);
        waitUntil(query + " to read the text", () -> ((TextInputControl) field).getText().equals(text));
    }

    private static void waitUntil(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> {
                Boolean met = WaitForAsyncUtils.asyncFx(condition).get();
                return met != null && met;
            });
        } catch (TimeoutException e) {
            throw new AssertionError("waited 90 s for " + what, e);
        }
    }
}
