package com.salondesk.app;

import com.salondesk.app.wiring.FrontDesk;
import com.salondesk.domain.product.ProductCommand;
import com.salondesk.domain.product.ProductKind;
import com.salondesk.domain.product.ProductUnit;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.shared.UuidV7;
import com.salondesk.domain.stock.StockCommand;
import com.salondesk.domain.stock.StockLine;
import java.math.BigDecimal;
import java.util.List;

/**
 * The test salon's stock: a retail shampoo (8 on the shelf, low at 4 or less), a retail conditioner (3, low at 4:
 * low) and a back-bar colour tube counted in millilitres (500 ml, low at 250).
 */
public final class TestStock {

    public static final String SHAMPOO = "shampoo";
    public static final String CONDITIONER = "conditioner";
    public static final String TUBE = "tube";

    private TestStock() {
    }

    public static void record(FrontDesk desk) {
        var stock = desk.local().stock();
        var ctx = desk.command();
        stock.addProduct(ctx, new ProductCommand.Add(SHAMPOO, "Repair shampoo 250 ml", "SH-250", ProductKind.RETAIL,
                ProductUnit.PIECE, Money.of("14.50", "GBP"), "test", TestSalon.NOW));
        stock.addProduct(ctx, new ProductCommand.Add(CONDITIONER, "Silk conditioner 200 ml", "CO-200",
                ProductKind.RETAIL, ProductUnit.PIECE, Money.of("12.00", "GBP"), "test", TestSalon.NOW));
        stock.addProduct(ctx, new ProductCommand.Add(TUBE, "Colour tube 6.1 ash blonde", "CT-61", ProductKind.BACK_BAR,
                ProductUnit.ML, null, "test", TestSalon.NOW));
        stock.receive(ctx, new StockCommand.Receive(UuidV7.next().toString(), TestSalon.BRANCH, "DN-1",
                List.of(StockLine.of(SHAMPOO, "8"), StockLine.of(CONDITIONER, "3"), StockLine.of(TUBE, "500")),
                "test", TestSalon.NOW));
        threshold(desk, SHAMPOO, "4");
        threshold(desk, CONDITIONER, "4");
        threshold(desk, TUBE, "250");
        desk.local().awaitProjections();
    }

    private static void threshold(FrontDesk desk, String product, String amount) {
        desk.local().stock().setThreshold(desk.command(), new ProductCommand.SetLowStockThreshold(product,
                TestSalon.BRANCH, new BigDecimal(amount), "test", TestSalon.NOW));
    }
}
