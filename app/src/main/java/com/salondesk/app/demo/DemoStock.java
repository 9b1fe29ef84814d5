package com.salondesk.app.demo;

import com.salondesk.domain.product.ProductCommand;
import com.salondesk.domain.product.ProductKind;
import com.salondesk.domain.product.ProductUnit;
import com.salondesk.domain.service.ServiceCommand;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.shared.UuidV7;
import com.salondesk.domain.stock.StockCommand;
import com.salondesk.domain.stock.StockLine;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.EventContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The demo chain's products and stock: retail products on the shelf and back-bar products behind the chair, a
 * delivery at each branch (a couple of products already at or below their threshold), the back-bar products each
 * colour, treatment and nail service uses, and a deposit on the long colour services.
 */
final class DemoStock {

    /** One product of the range; {@code price} only for retail, per-branch stock and the threshold that warns. */
    private record Item(String id, String name, String sku, ProductKind kind, ProductUnit unit, String price,
                        String shoreditch, String clapham, String lowAt) {
    }

    private static final List<Item> RANGE = List.of(
            retail("repair-shampoo", "Repair shampoo 250 ml", "RS-250", "16.50", "12", "9", "4"),
            retail("hydrating-conditioner", "Hydrating conditioner 250 ml", "HC-250", "17.50", "10", "8", "4"),
            retail("texture-spray", "Sea-salt texture spray 150 ml", "TS-150", "14.00", "2", "7", "4"),
            retail("heat-protection", "Heat-protection mist 200 ml", "HP-200", "15.00", "8", "6", "3"),
            retail("beard-oil", "Beard oil 30 ml", "BO-30", "12.00", "6", "1", "3"),
            retail("cuticle-oil", "Cuticle oil 15 ml", "CO-15", "8.50", "5", "5", "2"),
            backBar("colour-6-1", "Permanent colour 6.1 dark ash blonde", "PC-61", ProductUnit.ML, "1500", "1200",
                    "240"),
            backBar("colour-8-3", "Permanent colour 8.3 light golden blonde", "PC-83", ProductUnit.ML, "180", "600",
                    "240"),
            backBar("developer-6", "Developer 6 % (20 vol)", "DV-6", ProductUnit.ML, "6000", "5000", "1000"),
            backBar("lightener", "Blue lightening powder", "LP-500", ProductUnit.G, "2500", "2000", "300"),
            backBar("foils", "Highlighting foils", "FO-100", ProductUnit.PIECE, "2000", "1500", "200"),
            backBar("bond-repair", "Bond-repair treatment step 1", "BR-1", ProductUnit.ML, "400", "300", "60"),
            backBar("keratin", "Keratin smoothing solution", "KS-1", ProductUnit.ML, "800", "600", "100"),
            backBar("gel-base", "Gel polish base coat", "GB-15", ProductUnit.ML, "90", "75", "15"));

    /** The back-bar products one service uses, by service id. */
    private static final Map<String, List<StockLine>> USES = Map.of(
            "root-tint", List.of(StockLine.of("colour-6-1", "30"), StockLine.of("developer-6", "45")),
            "full-colour", List.of(StockLine.of("colour-6-1", "60"), StockLine.of("developer-6", "90")),
            "half-head-highlights", List.of(StockLine.of("lightener", "30"), StockLine.of("developer-6", "60"),
                    StockLine.of("foils", "20")),
            "full-head-highlights", List.of(StockLine.of("lightener", "50"), StockLine.of("developer-6", "100"),
                    StockLine.of("foils", "40")),
            "balayage", List.of(StockLine.of("lightener", "40"), StockLine.of("developer-6", "80")),
            "gloss-toner", List.of(StockLine.of("colour-8-3", "30"), StockLine.of("developer-6", "30")),
            "bond-treatment", List.of(StockLine.of("bond-repair", "15")),
            "keratin-smoothing", List.of(StockLine.of("keratin", "50")),
            "gel-manicure", List.of(StockLine.of("gel-base", "2")));

    /** Deposits asked at booking for the long colour services, paid within two days. */
    private static final Map<String, String> DEPOSITS = Map.of(
            "full-colour", "20.00", "full-head-highlights", "30.00", "balayage", "50.00", "keratin-smoothing", "50.00");

    private DemoStock() {
    }

    static void record(DeskBackEnd desk, Supplier<EventContext> context, Instant now) {
        var stock = desk.stock();
        String actor = context.get().userId();
        for (Item item : RANGE) {
            stock.addProduct(context.get(), new ProductCommand.Add(item.id(), item.name(), item.sku(), item.kind(),
                    item.unit(), item.price() == null ? null : Money.of(item.price(), "GBP"), actor, now));
            for (String branch : List.of(DemoTeam.SHOREDITCH, DemoTeam.CLAPHAM)) {
                stock.setThreshold(context.get(), new ProductCommand.SetLowStockThreshold(item.id(), branch,
                        new BigDecimal(item.lowAt()), actor, now));
            }
        }
        receive(desk, context, DemoTeam.SHOREDITCH, "DEMO-DN-1041", now, Item::shoreditch);
        receive(desk, context, DemoTeam.CLAPHAM, "DEMO-DN-2087", now, Item::clapham);
        var setup = desk.setup();
        USES.forEach((service, lines) -> setup.changeProductsUsed(context.get(),
                new ServiceCommand.ChangeProductsUsed(service, lines, now)));
        DEPOSITS.forEach((service, amount) -> setup.changeDeposit(context.get(),
                new ServiceCommand.ChangeDeposit(service, Money.of(amount, "GBP"), 48, now)));
    }

    private static void receive(DeskBackEnd desk, Supplier<EventContext> context, String branch, String reference,
                                Instant now, java.util.function.Function<Item, String> amount) {
        List<StockLine> lines = new ArrayList<>();
        for (Item item : RANGE) {
            lines.add(StockLine.of(item.id(), amount.apply(item)));
        }
        EventContext ctx = context.get();
        desk.stock().receive(ctx, new StockCommand.Receive(UuidV7.next().toString(), branch, reference, lines,
                ctx.userId(), now));
    }

    private static Item retail(String id, String name, String sku, String price, String shoreditch, String clapham,
                               String lowAt) {
        return new Item(id, name, sku, ProductKind.RETAIL, ProductUnit.PIECE, price, shoreditch, clapham, lowAt);
    }

    private static Item backBar(String id, String name, String sku, ProductUnit unit, String shoreditch,
                                String clapham, String lowAt) {
        return new Item(id, name, sku, ProductKind.BACK_BAR, unit, null, shoreditch, clapham, lowAt);
    }
}
