package com.salondesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What a person at the desk does, in TestFX terms: find by id, type, choose, and wait for what follows. */
final class DeskRobot {

    private static final long PATIENCE_SECONDS = 15;
    private final FxRobot robot;

    DeskRobot(FxRobot robot) {
        this.robot = robot;
    }

    void waitUntil(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, () -> {
                Boolean met = WaitForAsyncUtils.asyncFx(condition).get();
                return met != null && met;
            });
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + PATIENCE_SECONDS + " s for " + what, e);
        }
    }

    Optional<Node> find(String query) {
        return robot.lookup(query).tryQuery();
    }

    Node waitFor(String query) {
        waitUntil(query + " to show", () -> find(query).filter(Node::isVisible).isPresent());
        return find(query).orElseThrow();
    }

    void click(String query) {
        robot.clickOn(waitFor(query));
    }

    void type(String fieldQuery, String text) {
        Node field = waitFor(fieldQuery);
        robot.clickOn(field);
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.push(KeyCode.BACK_SPACE);
        robot.write(text);
        waitUntil(fieldQuery + " to read '" + text + "'", () -> ((TextInputControl) field).getText().equals(text));
    }

    /** Opens a combo box and clicks the entry that says {@code text}. */
    void choose(String comboQuery, String text) {
        click(comboQuery);
        pick(".combo-box-popup .list-cell", text);
    }

    /** Clicks the entry that says {@code text} in a list that is showing or about to show (a popup, say). */
    void pick(String cellQuery, String text) {
        waitUntil("'" + text + "' to be offered", () -> cell(cellQuery, text).isPresent());
        robot.clickOn(cell(cellQuery, text).orElseThrow());
    }

    private Optional<Node> cell(String cellQuery, String text) {
        return robot.lookup(cellQuery).queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && text.equals(c.getText()) && n.isVisible())
                .findFirst();
    }

    /** The first row of {@code table} that shows an item, once the table has laid it out. */
    Node firstFilledRow(javafx.scene.control.TableView<?> table) {
        waitUntil("a row of the table to show its item", () -> filledRow(table).isPresent());
        return filledRow(table).orElseThrow();
    }

    private Optional<Node> filledRow(javafx.scene.control.TableView<?> table) {
        return robot.from(table).lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableRow<?> row && row.getItem() != null
                             && row.getIndex() == 0)
                .findFirst();
    }

    String textOf(String query) {
        Node node = waitFor(query);
        return node instanceof Labeled l ? l.getText() : ((TextInputControl) node).getText();
    }

    void assertShows(String query, String expected) {
        try {
            waitUntil(query + " to say '" + expected + "'", () -> find(query)
                    .filter(n -> n.isVisible() && n instanceof Labeled l && l.getText().contains(expected)).isPresent());
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; it says '" + find(query).map(n -> n instanceof Labeled l
                    ? l.getText() : n.toString()).orElse("nothing") + "'", e);
        }
    }

}
