package com.salondesk.app.ui;

import com.salondesk.app.SalonBookings;
import com.salondesk.app.TestSalon;
import com.salondesk.app.task.BackgroundTaskExecutor;
import com.salondesk.app.wiring.FrontDesk;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The dashboard as a manager watches it: opened from the top strip, it shows an empty day, and a booking made while
 * it is open changes its tiles and charts without anyone asking; its low-stock tile opens the stock screen.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardUiTest {

    @TempDir
    Path folder;
    private FrontDesk desk;
    private BackgroundTaskExecutor tasks;

    @Start
    void openTheDesk(Stage stage) {
        desk = TestSalon.open(folder);
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
    void aBookingMadeWhileTheDashboardIsOpenChangesItsFigures(FxRobot robot) {
        DeskRobot person = new DeskRobot(robot);
        person.click("#dashboardButton");
        person.assertShows("#dashboardStatus", "Updated at");
        person.assertShows("#bookingsValue", "0");
        person.assertShows("#expectedValue", "£0.00");
        ComboBox<?> branch = (ComboBox<?>) person.waitFor("#dashboardBranchChooser");
        person.waitUntil("this desk's branch to be chosen", () -> branch.getValue() != null
                && branch.getValue().toString().equals("Soho"));
        BarChart<?, ?> utilisation = (BarChart<?, ?>) person.waitFor("#utilisationChart");
        person.waitUntil("both stylists to show, unbooked", () -> bars(utilisation).equals(List.of(0, 0)));

        // Someone else at the desk books Ben at 11:00; nobody touches the dashboard.
        new SalonBookings(desk).book(TestSalon.BEN, "11:00", "11:45");

        person.assertShows("#bookingsValue", "1");
        person.assertShows("#expectedValue", "£55.00");
        // Ben: 45 of his 540 minutes (09–18).
        person.waitUntil("Ben's bar to rise", () -> bars(utilisation).equals(List.of(0, 8)));
        BarChart<?, ?> statuses = (BarChart<?, ?>) person.waitFor("#statusChart");
        person.waitUntil("the booking to be counted by its status", () -> bars(statuses).stream()
                .mapToInt(Integer::intValue).sum() == 1);

        person.click("#lowStockButton");
        person.waitFor("#stockScreen");
    }

    private static List<Integer> bars(BarChart<?, ?> chart) {
        if (chart.getData().isEmpty()) {
            return List.of();
        }
        return chart.getData().getFirst().getData().stream().map(XYChart.Data::getYValue)
                .map(v -> ((Number) v).intValue()).toList();
    }
}
