package com.salondesk.persistence.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salondesk.domain.product.ProductCommand;
import com.salondesk.domain.product.ProductKind;
import com.salondesk.domain.product.ProductUnit;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.stock.StockCommand;
import com.salondesk.domain.stock.StockLine;
import com.salondesk.domain.stock.StockMovementKind;
import com.salondesk.persistence.TestChain;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.read.StockLevelView;
import com.salondesk.persistence.read.StockMovementView;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Products, movements and reservations on a real desk, read back from the stock read model. */
class StockDeskTest {

    static final String SHAMPOO = "shampoo";
    static final String TUBE = "tube";
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path folder;
    @TempDir
    Path folderB;

    private TwoDesks desks;
    private DeskBackEnd desk;

    @BeforeEach
    void open() {
        desks = new TwoDesks(folder, folderB);
        desk = desks.deskA;
        addProducts(desk, TwoDesks.ctxA());
    }

    @AfterEach
    void close() {
        desks.close();
    }

    static void addProducts(DeskBackEnd desk, EventContext ctx) {
        desk.stock().addProduct(ctx, new ProductCommand.Add(SHAMPOO, "Repair shampoo 250 ml", "SH-250",
                ProductKind.RETAIL, ProductUnit.PIECE, Money.of("14.50", "GBP"), "maria", NOW));
        desk.stock().addProduct(ctx, new ProductCommand.Add(TUBE, "Colour tube 6.1", "CT-61", ProductKind.BACK_BAR,
                ProductUnit.ML, null, "maria", NOW));
    }

    static String id() {
        return UUID.randomUUID().toString();
    }

    static StockLine line(String product, String quantity) {
        return StockLine.of(product, quantity);
    }

    static void receive(DeskBackEnd desk, EventContext ctx, StockLine... lines) {
        desk.stock().receive(ctx, new StockCommand.Receive(id(), TestChain.BRANCH, "DN-1", List.of(lines), "maria", NOW));
    }

    private StockLevelView level(DeskBackEnd on, String product) {
        on.awaitProjections();
        return on.stockQueries().level(TestChain.BRANCH, product).orElseThrow();
    }

    private static void assertLevel(StockLevelView level, String onHand, String reserved) {
        assertThat(level.onHand()).isEqualByComparingTo(onHand);
        assertThat(level.reserved()).isEqualByComparingTo(reserved);
        assertThat(level.available()).isEqualByComparingTo(new BigDecimal(onHand).subtract(new BigDecimal(reserved)));
    }

    @Test
    void everyKindOfMovementMovesTheLevelsItShould() {
        assertLevel(level(desk, SHAMPOO), "0", "0");
        receive(desk, TwoDesks.ctxA(), line(SHAMPOO, "12"), line(TUBE, "500"));
        assertLevel(level(desk, SHAMPOO), "12", "0");
        assertLevel(level(desk, TUBE), "500", "0");

        desk.stock().adjust(TwoDesks.ctxA(), new StockCommand.Adjust(id(), TestChain.BRANCH, "bottle broke",
                List.of(line(SHAMPOO, "-1")), false, "maria", NOW));
        assertLevel(level(desk, SHAMPOO), "11", "0");

        desk.stock().recordSale(TwoDesks.ctxA(), new StockCommand.RecordSale(id(), TestChain.BRANCH, "co1",
                List.of(line(SHAMPOO, "2")), false, "maria", NOW));
        assertLevel(level(desk, SHAMPOO), "9", "0");

        desk.stock().reserve(TwoDesks.ctxA(), new StockCommand.Reserve("b1", TestChain.BRANCH,
                List.of(line(TUBE, "60")), "saga", NOW));
        assertLevel(level(desk, TUBE), "500", "60");

        desk.stock().useInService(TwoDesks.ctxA(), new StockCommand.UseInService("b1", TestChain.BRANCH,
                List.of(line(TUBE, "45.5")), "maria", NOW));
        assertLevel(level(desk, TUBE), "454.5", "0");

        desk.stock().reserve(TwoDesks.ctxA(), new StockCommand.Reserve("b2", TestChain.BRANCH,
                List.of(line(TUBE, "60")), "saga", NOW));
        desk.stock().release(TwoDesks.ctxA(), new StockCommand.Release("b2", "cancelled", "saga", NOW));
        assertLevel(level(desk, TUBE), "454.5", "0");

        desk.stock().stocktake(TwoDesks.ctxA(), new StockCommand.Stocktake(id(), TestChain.BRANCH,
                List.of(line(TUBE, "450"), line(SHAMPOO, "9")), "maria", NOW));
        assertLevel(level(desk, TUBE), "450", "0");
        assertLevel(level(desk, SHAMPOO), "9", "0");

        assertThat(desk.stockQueries().movements(TestChain.BRANCH, TUBE, 50)).extracting(StockMovementView::kind)
                .containsExactly(StockMovementKind.COUNTED, StockMovementKind.RELEASED, StockMovementKind.RESERVED,
                        StockMovementKind.RELEASED, StockMovementKind.USED, StockMovementKind.RESERVED,
                        StockMovementKind.RECEIVED);
        StockMovementView counted = desk.stockQueries().movements(TestChain.BRANCH, TUBE, 1).getFirst();
        assertThat(counted.onHandChange()).isEqualByComparingTo("-4.5");
        assertThat(counted.note()).isEqualTo("450");
        assertThat(counted.productName()).isEqualTo("Colour tube 6.1");
        assertThat(counted.userId()).isEqualTo("maria");
    }

    @Test
    void aStocktakeRecordsTheDifferenceToTheBooksAndAMatchingCountChangesNothing() {
        receive(desk, TwoDesks.ctxA(), line(SHAMPOO, "12"));
        desk.awaitProjections();
        desk.stock().stocktake(TwoDesks.ctxA(), new StockCommand.Stocktake(id(), TestChain.BRANCH,
                List.of(line(SHAMPOO, "10"), line(TUBE, "0")), "maria", NOW));
        assertLevel(level(desk, SHAMPOO), "10", "0");
        StockMovementView count = desk.stockQueries().movements(TestChain.BRANCH, SHAMPOO, 1).getFirst();
        assertThat(count.kind()).isEqualTo(StockMovementKind.COUNTED);
        assertThat(count.onHandChange()).isEqualByComparingTo("-2");
        StockMovementView tube = desk.stockQueries().movements(TestChain.BRANCH, TUBE, 1).getFirst();
        assertThat(tube.onHandChange()).isEqualByComparingTo("0");
    }

    @Test
    void goingBelowZeroIsRefusedUntilAcceptedAndThenRecordedWithTheWarning() {
        receive(desk, TwoDesks.ctxA(), line(SHAMPOO, "1"));
        desk.awaitProjections();
        StockCommand.RecordSale sale = new StockCommand.RecordSale(id(), TestChain.BRANCH, "co1",
                List.of(line(SHAMPOO, "3")), false, "maria", NOW);
        TestChain.settle(desk); // the booking saga has done its part before the log is counted
        long before = desk.log().headPosition();
        assertThatThrownBy(() -> desk.stock().recordSale(TwoDesks.ctxA(), sale))
                .isInstanceOfSatisfying(DomainRejection.class, r -> {
                    assertThat(r.code()).isEqualTo("stock.below-zero");
                    assertThat(r.arguments()).containsExactly("Repair shampoo 250 ml", "-2");
                });
        assertThat(desk.log().headPosition()).isEqualTo(before);

        desk.stock().recordSale(TwoDesks.ctxA(), new StockCommand.RecordSale(sale.movementId(), sale.branchId(),
                sale.checkoutId(), sale.lines(), true, "maria", NOW));
        assertLevel(level(desk, SHAMPOO), "-2", "0");
        StockMovementView sold = desk.stockQueries().movements(TestChain.BRANCH, SHAMPOO, 1).getFirst();
        assertThat(sold.kind()).isEqualTo(StockMovementKind.SOLD);
        assertThat(sold.belowZero()).isTrue();
        assertThat(desk.log().readStream("stock-movement-" + sale.movementId()).getFirst().envelope().payload()
                .get("belowZero").get(0).get("quantity").decimalValue()).isEqualByComparingTo("-2");
    }

    @Test
    void unknownProductsAndFractionsOfPiecesAreRefusedAndNothingIsWritten() {
        TestChain.settle(desk); // the booking saga has done its part before the log is counted
        long before = desk.log().headPosition();
        assertThatThrownBy(() -> receive(desk, TwoDesks.ctxA(), line("comb", "1")))
                .extracting(e -> ((DomainRejection) e).code()).isEqualTo("stock.unknown-product");
        assertThatThrownBy(() -> receive(desk, TwoDesks.ctxA(), line(SHAMPOO, "1.5")))
                .extracting(e -> ((DomainRejection) e).code()).isEqualTo("stock.quantity-unit");
        assertThatThrownBy(() -> desk.stock().adjust(TwoDesks.ctxA(), new StockCommand.Adjust(id(),
                TestChain.BRANCH, " ", List.of(line(SHAMPOO, "1")), false, "maria", NOW)))
                .extracting(e -> ((DomainRejection) e).code()).isEqualTo("stock.reason-required");
        assertThat(desk.log().headPosition()).isEqualTo(before);
    }

    @Test
    void aReservationNeedsEnoughAvailableAndHoldsItFromOthers() {
        receive(desk, TwoDesks.ctxA(), line(TUBE, "100"));
        desk.awaitProjections();
        desk.stock().reserve(TwoDesks.ctxA(), new StockCommand.Reserve("b1", TestChain.BRANCH,
                List.of(line(TUBE, "60")), "saga", NOW));
        desk.awaitProjections();
        assertThatThrownBy(() -> desk.stock().reserve(TwoDesks.ctxA(), new StockCommand.Reserve("b2",
                TestChain.BRANCH, List.of(line(TUBE, "60")), "saga", NOW)))
                .isInstanceOfSatisfying(DomainRejection.class, r -> {
                    assertThat(r.code()).isEqualTo("stock.not-enough");
                    assertThat(r.arguments()).containsExactly("Colour tube 6.1", "60", "40");
                });
        assertLevel(level(desk, TUBE), "100", "60");
    }

    @Test
    void lowStockListsWhatIsAtOrBelowTheBranchThreshold() {
        receive(desk, TwoDesks.ctxA(), line(SHAMPOO, "3"), line(TUBE, "500"));
        desk.stock().setThreshold(TwoDesks.ctxA(), new ProductCommand.SetLowStockThreshold(SHAMPOO, TestChain.BRANCH,
                new BigDecimal("4"), "maria", NOW));
        desk.stock().setThreshold(TwoDesks.ctxA(), new ProductCommand.SetLowStockThreshold(TUBE, TestChain.BRANCH,
                new BigDecimal("250"), "maria", NOW));
        desk.stock().setThreshold(TwoDesks.ctxA(), new ProductCommand.SetLowStockThreshold(TUBE, "camden",
                new BigDecimal("900"), "maria", NOW));
        desk.awaitProjections();
        assertThat(desk.stockQueries().lowStock(TestChain.BRANCH)).extracting(StockLevelView::productId)
                .containsExactly(SHAMPOO);
        assertThat(level(desk, TUBE).threshold()).isEqualByComparingTo("250");
        assertThat(desk.stockQueries().lowStock("camden")).extracting(StockLevelView::productId).containsExactly(TUBE);
    }

    @Test
    void twoDesksMovementsMergeInAnyOrderToTheSameLevels() {
        desks.serverTakes(desks.deskA, desks.deskB);
        receive(desks.deskA, TwoDesks.ctxA(), line(SHAMPOO, "10"));
        desks.deskA.stock().recordSale(TwoDesks.ctxA(), new StockCommand.RecordSale(id(), TestChain.BRANCH, "co-a",
                List.of(line(SHAMPOO, "2")), true, "maria", NOW));
        receive(desks.deskB, TwoDesks.ctxB(), line(SHAMPOO, "6"));
        desks.deskB.stock().adjust(TwoDesks.ctxB(), new StockCommand.Adjust(id(), TestChain.BRANCH, "tester",
                List.of(line(SHAMPOO, "-1")), true, "tom", NOW));

        // B reaches the server first: A pulls B's movements after its own, B gets A's after its own.
        var toA = desks.serverTakes(desks.deskB, desks.deskA);
        var toB = desks.serverTakes(desks.deskA, desks.deskB);
        assertThat(toA.superseded()).isEmpty();
        assertThat(toB.superseded()).isEmpty();

        assertLevel(level(desks.deskA, SHAMPOO), "13", "0");
        assertLevel(level(desks.deskB, SHAMPOO), "13", "0");
        assertThat(desks.deskB.stockQueries().movements(TestChain.BRANCH, SHAMPOO, 10)).hasSize(4);
    }
}
