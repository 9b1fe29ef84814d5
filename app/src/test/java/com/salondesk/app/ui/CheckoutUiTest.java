package com.salondesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.TestSalon;
import com.salondesk.app.task.BackgroundTaskExecutor;
import com.salondesk.app.wiring.FrontDesk;
import com.salondesk.domain.booking.NewBooking;
import com.salondesk.domain.branch.BranchCommand;
import com.salondesk.domain.branch.TaxRates;
import com.salondesk.domain.payment.Tender;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.read.DayTakings;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A checkout through the real screen on a real data folder: a tip, a card and cash split (with change), a wrong
 * entry refused beside its field, Complete, and the receipt saved as a PDF that reads back the total.
 */
@ExtendWith(ApplicationExtension.class)
class CheckoutUiTest {

    @TempDir
    Path folder;
    private FrontDesk desk;
    private BackgroundTaskExecutor tasks;
    private DeskRobot person;
    private String booking;

    @Start
    void openTheBook(Stage stage) {
        // Midday, so the eleven o'clock appointment can be checked in and completed.
        desk = TestSalon.openAt(folder, Instant.parse("2026-12-01T12:00:00Z"));
        desk.local().setup().changeTaxRates(desk.command(), new BranchCommand.ChangeTaxRates(TestSalon.BRANCH,
                new TaxRates(Map.of(TaxRates.SERVICES, new BigDecimal("20"))), Instant.parse("2026-12-01T07:00:00Z")));
        String customer = desk.local().queries().searchCustomers("jane doe", 1).getFirst().customerId();
        booking = desk.local().bookings().book(desk.command(), new NewBooking(customer, TestSalon.BRANCH, TestSalon.BEN,
                TestSalon.CUT, TestSalon.TODAY.atTime(LocalTime.parse("11:00")),
                TestSalon.TODAY.atTime(LocalTime.parse("11:45")), false));
        desk.local().bookings().checkIn(desk.command(), booking);
        desk.local().awaitProjections();
        tasks = new BackgroundTaskExecutor();
        desk.show(stage, tasks);
    }

    @AfterEach
    void closeTheDesk() throws Exception {
        FxToolkit.cleanupStages();
        if (tasks != null) {
            tasks.close();
        }
        if (desk != null) {
            desk.local().close();
        }
    }

    @Test
    void aSplitPaymentByCardAndCashWithChangeCompletesTheCheckoutAndTheReceiptIsSavedAsPdf(FxRobot robot)
            throws IOException {
        person = new DeskRobot(robot);
        robot.rightClickOn(person.waitFor("#booking-" + booking));
        person.click("#checkoutItem");
        person.waitFor("#checkoutDialog");
        person.assertShows("#remainingLabel", "Left to pay: £55.00");
        person.assertShows("#totalLabel", "Total £55.00, including tax £9.17");

        person.type("#tipField", "5");
        person.assertShows("#remainingLabel", "Left to pay: £60.00");

        long before = desk.local().log().count();
        person.choose("#tenderChoice", "Card");
        person.type("#amountField", "40");
        person.click("#addPaymentButton");
        person.assertShows("#referenceError", "Enter the reference the card terminal printed.");
        person.type("#cardReferenceField", "AUTH 4411");
        person.click("#addPaymentButton");
        person.assertShows("#remainingLabel", "Left to pay: £20.00");

        person.choose("#tenderChoice", "Cash");
        person.type("#amountField", "2O");
        person.click("#addPaymentButton");
        person.assertShows("#amountError", "'2O' is not an amount; write it like 12.50.");
        person.type("#amountField", "20");
        person.type("#cashReceivedField", "50");
        person.assertShows("#changeLabel", "Change: £30.00");
        person.click("#addPaymentButton");
        person.assertShows("#remainingLabel", "Left to pay: £0.00");
        person.assertShows("#changeGivenLabel", "Change to give: £30.00");
        assertThat(desk.local().log().count()).as("nothing is written before Complete").isEqualTo(before);

        person.click("#completeCheckoutButton");
        person.waitFor("#receiptPane");
        // The checkout's own transaction; a handler may record after it at any moment.
        List<String> recorded = desk.local().log().readAfter(before, 4).stream().map(RecordedEvent::type).toList();
        assertThat(recorded).containsExactly("checkout.completed", "payment.taken", "payment.taken",
                "booking.completed");
        DayTakings takings = desk.local().paymentQueries().takingsOn(TestSalon.BRANCH, TestSalon.TODAY);
        assertThat(takings.byTender()).extracting(DayTakings.ByTender::tender).containsExactlyInAnyOrder(Tender.CARD,
                Tender.CASH);
        assertThat(takings.net().toString()).isEqualTo("60.00 GBP");

        person.click("#saveReceiptButton");
        person.waitUntil("the receipt to be saved", () -> ((Label) person.waitFor("#receiptStatus")).getText()
                .startsWith("Receipt saved as"));
        Path pdf;
        try (var files = Files.list(folder.resolve("receipts"))) {
            pdf = files.filter(f -> f.getFileName().toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Total: £60.00", "of which tax: £9.17", "Paid by Card: £40.00 AUTH 4411",
                    "Paid by Cash: £20.00", "Change: £30.00", "Tip");
        }
    }

    @Test
    void aDepositInCashShowsTheChangeAndIsRefusedWhileTheCashIsShort(FxRobot robot) {
        person = new DeskRobot(robot);
        robot.rightClickOn(person.waitFor("#booking-" + booking));
        person.click("#takeDepositItem");
        person.waitFor("#depositDialog");
        long before = desk.local().log().count();

        person.type("#amountField", "20");
        person.type("#cashReceivedField", "15");
        person.click("#saveDepositButton");
        person.assertShows("#receivedError", "The cash received must cover the amount (£20.00).");
        assertThat(desk.local().log().count()).as("nothing written").isEqualTo(before);

        person.type("#cashReceivedField", "50");
        person.assertShows("#changeLabel", "Change: £30.00");
        person.click("#saveDepositButton");
        person.waitUntil("the dialog to close", () -> person.find("#depositDialog").isEmpty());
        assertThat(desk.local().paymentQueries().depositsToCount(booking)).singleElement()
                .satisfies(p -> assertThat(p.change().toString()).isEqualTo("30.00 GBP"));
    }

    @Test
    void aGiftVoucherSoldFromThePaymentsMenuShowsItsCodeAndIsOnRecord(FxRobot robot) {
        person = new DeskRobot(robot);
        person.waitFor("#booking-" + booking);
        person.click("#paymentsMenu");
        person.click("#sellVoucherMenuItem");
        person.waitFor("#voucherSaleDialog");
        person.choose("#tenderChoice", "Card");
        person.type("#amountField", "50");
        person.click("#sellVoucherButton");
        person.assertShows("#referenceError", "Enter the reference the card terminal printed.");
        person.type("#cardReferenceField", "AUTH 77");
        person.click("#sellVoucherButton");

        person.waitUntil("the code to show", () -> ((Label) person.waitFor("#voucherSoldLabel")).getText()
                .startsWith("Voucher "));
        String code = ((Label) person.waitFor("#voucherSoldLabel")).getText().split(" ")[1].replace(",", "");
        assertThat(desk.checkouts().voucherBalance(code)).map(Object::toString).contains("50.00 GBP");
    }
}
