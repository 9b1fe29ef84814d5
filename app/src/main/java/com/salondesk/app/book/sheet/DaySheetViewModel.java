package com.salondesk.app.book.sheet;

import com.salondesk.app.desk.Explanation;
import com.salondesk.app.language.Formats;
import com.salondesk.app.language.Texts;
import com.salondesk.app.port.BranchView;
import com.salondesk.app.port.DayReading;
import com.salondesk.app.task.TaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The day sheet of one branch's day: read in the background, shown, then printed or saved as a PDF. */
public final class DaySheetViewModel {

    private final DayReading days;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final BranchView branch;
    private final LocalDate date;
    private final Path folder;

    private final ObservableList<DaySheet.Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Path> saved = new ReadOnlyObjectWrapper<>();

    /** {@code folder}: where "Save as PDF" puts the sheet without asking (the data folder's day-sheets). */
    public DaySheetViewModel(DayReading days, TaskExecutor tasks, Clock clock, BranchView branch, LocalDate date,
                             Path folder) {
        this.days = days;
        this.tasks = tasks;
        this.clock = clock;
        this.branch = branch;
        this.date = date;
        this.folder = folder;
    }

    /** Reads the day off the FX thread. */
    public void load() {
        ready.set(false);
        status.set(Texts.get("sheet.reading"));
        tasks.execute(() -> DaySheet.read(days, branch, date, clock.instant()), sheet -> {
            lines.setAll(sheet.lines());
            status.set("");
            ready.set(true);
        }, failure -> status.set(Texts.get("sheet.unreadable", Explanation.of(failure))));
    }

    /** Saves the sheet as a PDF in the day-sheets folder, in the background, and says where. */
    public void save() {
        saveTo(folder.resolve(defaultFileName()));
    }

    /** Saves the sheet as a PDF in {@code file} (chosen by the person), in the background, and says where. */
    public void saveTo(Path file) {
        List<DaySheet.Line> shown = List.copyOf(lines);
        tasks.execute(() -> DaySheetPdf.write(shown, file), done -> {
            saved.set(done);
            status.set(Texts.get("sheet.saved", done.toAbsolutePath()));
        }, failure -> status.set(Texts.get("sheet.notSaved", Explanation.of(failure))));
    }

    /** "day-sheet-soho-2026-12-01.pdf". */
    public String defaultFileName() {
        return "day-sheet-" + branch.branchId() + "-" + date + ".pdf";
    }

    /** The folder "Save as…" starts in. */
    public Path folder() {
        return folder;
    }

    /** Tells the person the sheet went to the printer, or why not. */
    public void printed(boolean ok) {
        status.set(Texts.get(ok ? "sheet.printed" : "sheet.notPrinted"));
    }

    public String title() {
        return Texts.get("sheet.title", branch.name(), Formats.fullDate(date));
    }

    public ObservableList<DaySheet.Line> lines() {
        return lines;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether the day has been read, so it can be printed or saved. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** The file the sheet was last saved to; null until it is. */
    public ReadOnlyObjectProperty<Path> savedProperty() {
        return saved.getReadOnlyProperty();
    }
}
