package com.salondesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.SalonDeskApplication;
import com.salondesk.app.TestSalon;
import com.salondesk.app.wiring.FrontDesk;
import com.salondesk.app.language.DeskLocale;
import com.salondesk.app.language.Texts;
import com.salondesk.app.task.BackgroundTaskExecutor;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.temporal.WeekFields;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A person switches the desk to German in the Language menu; it speaks German from the next start. */
@ExtendWith(ApplicationExtension.class)
class LanguageChoiceUiTest {

    @TempDir
    Path folder;
    private FrontDesk desk;
    private BackgroundTaskExecutor tasks;

    @Start
    void openTheBookInEnglish(Stage stage) {
        Texts.use(Locale.UK);
        desk = TestSalon.open(folder);
        tasks = new BackgroundTaskExecutor();
        desk.show(stage, tasks, folder);
    }

    @AfterEach
    void backToEnglish() throws Exception {
        FxToolkit.cleanupStages();
        if (tasks != null) {
            tasks.close();
            desk.local().close();
        }
        Texts.use(Locale.UK);
    }

    @Test
    void germanChosenInTheMenuIsSpokenFromTheNextStart(FxRobot robot) throws Exception {
        DeskRobot person = new DeskRobot(robot);
        MenuButton menu = (MenuButton) person.waitFor("#languageMenu");
        person.click("#languageMenu");
        assertThat(item(menu, "languageSystem").getText()).isEqualTo("As on this computer (English (United Kingdom))");
        assertThat(((RadioMenuItem) item(menu, "languageSystem")).isSelected()).isTrue();
        person.click("#language-de");

        assertThat(DeskLocale.saved(folder)).contains(Locale.GERMAN);
        person.waitUntil("the menu to say when German applies", () -> item(menu, "languageNote").isVisible());
        assertThat(item(menu, "languageNote").getText())
                .isEqualTo("SalonDesk will speak Deutsch (German) from the next start.");
        assertThat(person.textOf("#newBookingButton")).as("this window stays English").isEqualTo("_New booking…");

        FxToolkit.cleanupStages();
        tasks.close();
        desk.local().close();
        tasks = null;
        Application app = FxToolkit.setupApplication(SalonDeskApplication.class, "--data-dir=" + folder);
        try {
            ComboBox<?> branches = (ComboBox<?>) person.waitFor("#branchSelector");
            person.waitUntil("the book to open", () -> branches.getValue() != null);
            assertThat(person.textOf("#newBookingButton")).isEqualTo("_Neuer Termin…");
            assertThat(Texts.locale()).as("German, in the computer's country")
                    .isEqualTo(Locale.forLanguageTag("de-GB"));
            assertThat(WeekFields.of(Locale.getDefault()).getFirstDayOfWeek()).as("the calendar's first day")
                    .isEqualTo(DayOfWeek.MONDAY);
        } finally {
            FxToolkit.cleanupApplication(app);
        }
    }

    private static MenuItem item(MenuButton menu, String id) {
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }
}
