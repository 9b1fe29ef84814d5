package com.salondesk.app.stock;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.ScriptedDialogs;
import com.salondesk.app.TestSalon;
import com.salondesk.app.TestStock;
import com.salondesk.app.port.StockLevelView;
import com.salondesk.app.port.StockMovementView;
import com.salondesk.app.task.CurrentThreadTaskExecutor;
import com.salondesk.app.wiring.FrontDesk;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Stock screen on a real desk: levels, the low ones, the forms, and the refusals beside their fields. */
class StockViewModelTest {

    @TempDir
    Path folder;
    private FrontDesk desk;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private StockViewModel screen;

    @BeforeEach
    void open() {
        desk = TestSalon.open(folder);
        TestStock.record(desk);
        screen = desk.stock(new CurrentThreadTaskExecutor(), dialogs);
        screen.refresh();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private StockLevelView level(String productId) {
        return screen.levels().stream().filter(l -> l.productId().equals(productId)).findFirst().orElseThrow();
    }

    private long head() {
        return desk.local().log().headPosition();
    }

    private static StockLevelView choose(MovementFormViewModel form, String productId) {
        StockLevelView product = form.products().stream().filter(l -> l.productId().equals(productId)).findFirst()
                .orElseThrow();
        form.productProperty().set(product);
        return product;
    }

    @Test
    void listsEveryProductWithItsLevelsAndMarksTheLowOnes() {
        assertThat(screen.levels()).extracting(StockLevelView::name).containsExactly("Colour tube 6.1 ash blonde",
                "Repair shampoo 250 ml", "Silk conditioner 200 ml");
        assertThat(screen.headProperty().get()).isEqualTo("3 products, 1 low.");
        assertThat(level(TestStock.CONDITIONER).low()).isTrue();
        assertThat(level(TestStock.TUBE).available()).isEqualByComparingTo("500");
        assertThat(screen.quantity(level(TestStock.TUBE).onHand(), level(TestStock.TUBE).unit())).isEqualTo("500 ml");

        screen.lowOnlyProperty().set(true);
        assertThat(screen.levels()).extracting(StockLevelView::productId).containsExactly(TestStock.CONDITIONER);

        screen.select(level(TestStock.CONDITIONER));
        assertThat(screen.movements()).extracting(StockMovementView::kind)
                .containsExactly(StockMovementView.Kind.RECEIVED);
        assertThat(screen.thresholdTextProperty().get()).isEqualTo("4");
    }

    @Test
    void aDeliveryIsTypedLineByLineAndABadLineIsRefusedBesideItsField() {
        MovementFormViewModel form = screen.receiveForm();
        long before = head();

        assertThat(form.addLine()).isFalse();
        assertThat(form.productErrorProperty().get()).isEqualTo("Choose a product from the list.");
        choose(form, TestStock.SHAMPOO);
        form.quantityTextProperty().set("twelve");
        assertThat(form.addLine()).isFalse();
        assertThat(form.quantityErrorProperty().get()).isEqualTo("Enter a number, like 12.5.");
        form.quantityTextProperty().set("-2");
        assertThat(form.addLine()).isFalse();
        assertThat(form.quantityErrorProperty().get()).isEqualTo("A delivery brings more than zero.");
        form.quantityTextProperty().set("1.5");
        assertThat(form.addLine()).isFalse();
        assertThat(form.quantityErrorProperty().get()).isEqualTo("Repair shampoo 250 ml is counted in whole pieces.");
        assertThat(form.record()).isFalse();
        assertThat(form.formErrorProperty().get()).isEqualTo("Add at least one product.");
        assertThat(head()).as("nothing written").isEqualTo(before);

        form.quantityTextProperty().set("12");
        assertThat(form.addLine()).isTrue();
        choose(form, TestStock.TUBE);
        form.quantityTextProperty().set("250.5");
        assertThat(form.addLine()).isTrue();
        form.noteTextProperty().set("DN-4471");
        assertThat(form.record()).isTrue();

        assertThat(form.recordedProperty().get()).isTrue();
        assertThat(level(TestStock.SHAMPOO).onHand()).isEqualByComparingTo("20");
        assertThat(level(TestStock.TUBE).onHand()).isEqualByComparingTo("750.5");
        assertThat(screen.messageProperty().get()).isEqualTo("The delivery is recorded.");
    }

    @Test
    void aStocktakeShowsTheDifferencesBeforeItIsRecorded() {
        MovementFormViewModel form = screen.stocktakeForm();
        choose(form, TestStock.SHAMPOO);
        form.quantityTextProperty().set("6");
        form.addLine();
        choose(form, TestStock.TUBE);
        form.quantityTextProperty().set("500");
        form.addLine();

        assertThat(form.lines()).extracting(l -> l.difference().toPlainString()).containsExactly("-2", "0");
        assertThat(form.summaryProperty().get()).isEqualTo("2 products counted, 1 difference.");
        long before = head();
        choose(form, TestStock.CONDITIONER);
        form.quantityTextProperty().set("-1");
        assertThat(form.addLine()).isFalse();
        assertThat(form.quantityErrorProperty().get()).isEqualTo("A counted amount cannot be below zero.");
        assertThat(head()).isEqualTo(before);

        assertThat(form.record()).isTrue();
        assertThat(level(TestStock.SHAMPOO).onHand()).isEqualByComparingTo("6");
        assertThat(level(TestStock.TUBE).onHand()).isEqualByComparingTo("500");
        assertThat(screen.headProperty().get()).isEqualTo("3 products, 1 low.");
    }

    @Test
    void anAdjustmentNeedsAReasonAndGoesBelowZeroOnlyWhenThePersonSaysSo() {
        MovementFormViewModel form = screen.adjustForm();
        choose(form, TestStock.CONDITIONER);
        form.quantityTextProperty().set("0");
        assertThat(form.addLine()).isFalse();
        assertThat(form.quantityErrorProperty().get()).startsWith("Give the amount added (+) or taken (-)");
        form.quantityTextProperty().set("-5");
        assertThat(form.addLine()).isTrue();
        assertThat(form.record()).isFalse();
        assertThat(form.noteErrorProperty().get()).isEqualTo("Say why the stock is adjusted.");

        form.noteTextProperty().set("flood in the store room");
        long before = head();
        dialogs.decide(false);
        assertThat(form.record()).isTrue();
        assertThat(dialogs.confirmations).singleElement().asString()
                .startsWith("This takes Silk conditioner 200 ml below zero (to -2).");
        assertThat(form.recordedProperty().get()).isFalse();
        assertThat(head()).as("backed out: nothing written").isEqualTo(before);

        dialogs.decide(true);
        assertThat(form.record()).isTrue();
        assertThat(form.recordedProperty().get()).isTrue();
        assertThat(level(TestStock.CONDITIONER).onHand()).isEqualByComparingTo("-2");
        screen.select(level(TestStock.CONDITIONER));
        assertThat(screen.movements().getFirst().belowZero()).isTrue();
        assertThat(screen.movements().getFirst().note()).isEqualTo("flood in the store room");
    }

    @Test
    void aThresholdIsSetForTheChosenProductAndABadOneIsRefused() {
        assertThat(screen.setThreshold()).isFalse();
        assertThat(screen.thresholdErrorProperty().get()).isEqualTo("Choose a product in the list first.");
        screen.select(level(TestStock.SHAMPOO));
        long before = head();
        for (String bad : new String[] {"a few", "-1", "2.5"}) {
            screen.thresholdTextProperty().set(bad);
            assertThat(screen.setThreshold()).as(bad).isFalse();
            assertThat(screen.thresholdErrorProperty().get()).as(bad).isNotEmpty();
        }
        assertThat(head()).isEqualTo(before);

        screen.thresholdTextProperty().set("10");
        assertThat(screen.setThreshold()).isTrue();
        assertThat(level(TestStock.SHAMPOO).low()).isTrue();
        assertThat(screen.headProperty().get()).isEqualTo("3 products, 2 low.");
    }
}
