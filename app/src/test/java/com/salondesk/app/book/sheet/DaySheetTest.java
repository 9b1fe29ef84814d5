package com.salondesk.app.book.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.ScriptedDialogs;
import com.salondesk.app.TestSalon;
import com.salondesk.app.book.AppointmentBookViewModel;
import com.salondesk.app.task.CurrentThreadTaskExecutor;
import com.salondesk.app.wiring.FrontDesk;
import com.salondesk.domain.booking.CancelReason;
import com.salondesk.domain.booking.NewBooking;
import com.salondesk.domain.customer.CustomerDetails;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The day sheet on a real desk: what it reads, and the PDF it writes, read back as text. */
class DaySheetTest {

    @TempDir
    Path folder;
    private FrontDesk desk;
    private AppointmentBookViewModel book;

    @BeforeEach
    void openBook() {
        desk = TestSalon.open(folder);
        book = desk.appointmentBook(new CurrentThreadTaskExecutor(), new ScriptedDialogs(), listener -> { });
        book.start();
    }

    @AfterEach
    void close() {
        desk.local().close();
    }

    @Test
    void theSavedPdfListsEachStylistsBookingsWithCustomerPhoneServiceStatusAndNotes() throws Exception {
        String jane = desk.local().queries().searchCustomers("jane doe", 1).getFirst().customerId();
        String priya = desk.customers().register(new CustomerDetails("Priya Raman", "07700 900456",
                "priya@example.org", "Allergic to ammonia; likes a quiet chair", false)).customerId();
        book(jane, TestSalon.ANNA, "10:00", "10:45");
        book(priya, TestSalon.BEN, "11:00", "11:45");
        String cancelled = book(jane, TestSalon.BEN, "15:00", "15:45");
        desk.local().bookings().cancel(desk.command(), cancelled, new CancelReason(CancelReason.Category.ILLNESS, "flu"));
        desk.local().awaitProjections();

        DaySheetViewModel sheet = book.daySheet().orElseThrow();
        sheet.load();
        assertThat(sheet.readyProperty().get()).isTrue();
        sheet.save();

        Path pdf = folder.resolve("day-sheets").resolve("day-sheet-soho-2026-12-01.pdf");
        assertThat(sheet.savedProperty().get()).isEqualTo(pdf);
        assertThat(sheet.statusProperty().get()).startsWith("Day sheet saved as");
        assertThat(pdf).exists();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).as("A4").isEqualTo(595.27563f);
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Soho · day sheet", "Tuesday, 1 December 2026", "Printed 1 Dec 2026, 08:00:00",
                "10:00–10:45 · Jane Doe (+44 20 7946 0000) · Cut & finish",
                "11:00–11:45 · Priya Raman (07700 900456) · Cut & finish",
                "Notes: Allergic to ammonia; likes a quiet chair",
                "15:00–15:45 · Jane Doe (+44 20 7946 0000) · Cut & finish · Cancelled");
        assertThat(inOrder(text, "Anna Berg", "10:00–10:45 · Jane Doe", "Ben Carter", "11:00–11:45 · Priya Raman",
                "15:00–15:45 · Jane Doe")).as("each booking under its stylist, by time").isTrue();
    }

    @Test
    void aLongDayRunsOntoMorePagesAndAStylistsNameNeverEndsAPage() {
        List<DaySheet.Line> lines = new ArrayList<>();
        for (int s = 0; s < 6; s++) {
            lines.add(new DaySheet.Line(DaySheet.Kind.STYLIST, "Stylist " + s));
            for (int b = 0; b < 9; b++) {
                lines.add(new DaySheet.Line(DaySheet.Kind.BOOKING, "booking " + b));
            }
        }
        List<List<DaySheet.Line>> pages = DaySheetPdf.pages(lines, 20);

        assertThat(pages).hasSizeGreaterThan(3);
        for (List<DaySheet.Line> page : pages) {
            assertThat(page).hasSizeLessThanOrEqualTo(20);
            assertThat(page.getLast().kind()).isNotEqualTo(DaySheet.Kind.STYLIST);
        }
        assertThat(pages.stream().mapToLong(p -> p.stream().filter(l -> l.kind() != DaySheet.Kind.EMPTY).count())
                .sum()).as("every line printed once").isEqualTo(lines.size());
    }

    @Test
    void aLongNoteWrapsAtSpaces() {
        String note = "word ".repeat(60).strip();
        List<DaySheet.Line> wrapped = DaySheetPdf.wrapped(List.of(new DaySheet.Line(DaySheet.Kind.NOTE, note)));

        assertThat(wrapped).hasSizeGreaterThan(2).allMatch(l -> l.text().length() <= 100 && !l.text().startsWith(" "));
        assertThat(String.join(" ", wrapped.stream().map(DaySheet.Line::text).toList())).isEqualTo(note);
        assertThat(Files.exists(folder.resolve("day-sheets"))).as("nothing saved without asking").isFalse();
    }

    private String book(String customerId, String staffId, String start, String end) {
        String id = desk.local().bookings().book(desk.command(), new NewBooking(customerId, TestSalon.BRANCH, staffId,
                TestSalon.CUT, TestSalon.TODAY.atTime(LocalTime.parse(start)),
                TestSalon.TODAY.atTime(LocalTime.parse(end)), false));
        desk.local().awaitProjections();
        return id;
    }

    private static boolean inOrder(String text, String... parts) {
        int at = 0;
        for (String part : parts) {
            at = text.indexOf(part, at);
            if (at < 0) {
                return false;
            }
        }
        return true;
    }
}
