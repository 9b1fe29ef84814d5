package com.salondesk.persistence.projection;

import com.salondesk.domain.product.ProductEvent;
import com.salondesk.domain.stock.StockCount;
import com.salondesk.domain.stock.StockEvent;
import com.salondesk.domain.stock.StockLine;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.desk.StockSchema.Levels;
import com.salondesk.persistence.desk.StockSchema.Movements;
import com.salondesk.persistence.desk.StockSchema.Products;
import com.salondesk.persistence.desk.StockSchema.Thresholds;
import com.salondesk.persistence.read.StockMovementKind;
import com.salondesk.persistence.runtime.Projection;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * The stock read model: the chain's products, low-stock thresholds per branch, each branch's levels (on hand and
 * reserved) per product, and every line of every stock event. Levels are sums of the events' changes, so movements
 * recorded on different desks give the same levels in whatever order they arrive.
 */
public final class StockProjection implements Projection {

    public static final String NAME = "stock_levels";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean handles(RecordedEvent event) {
        return event.event() instanceof StockEvent || event.event() instanceof ProductEvent;
    }

    @Override
    public void apply(DSLContext tx, RecordedEvent recorded) {
        switch (recorded.event()) {
            case ProductEvent event -> product(tx, event);
            case StockEvent event -> stock(tx, recorded, event);
            default -> {
            }
        }
    }

    private static void product(DSLContext tx, ProductEvent event) {
        switch (event) {
            case ProductEvent.Added a -> tx.insertInto(Products.TABLE)
                    .set(Products.PRODUCT_ID, a.productId())
                    .set(Products.NAME, a.name())
                    .set(Products.SKU, a.sku())
                    .set(Products.KIND, a.kind().name())
                    .set(Products.UNIT, a.unit().name())
                    .set(Products.RETAIL_PRICE, a.retailPrice() == null ? null : a.retailPrice().amount())
                    .set(Products.CURRENCY, a.retailPrice() == null ? null : a.retailPrice().currency())
                    .execute();
            case ProductEvent.PriceChanged c -> tx.update(Products.TABLE)
                    .set(Products.RETAIL_PRICE, c.retailPrice().amount())
                    .set(Products.CURRENCY, c.retailPrice().currency())
                    .where(Products.PRODUCT_ID.eq(c.productId())).execute();
            case ProductEvent.LowStockThresholdSet t -> {
                int updated = tx.update(Thresholds.TABLE).set(Thresholds.THRESHOLD, t.threshold())
                        .where(Thresholds.BRANCH_ID.eq(t.branchId()), Thresholds.PRODUCT_ID.eq(t.productId())).execute();
                if (updated == 0) {
                    tx.insertInto(Thresholds.TABLE)
                            .set(Thresholds.BRANCH_ID, t.branchId())
                            .set(Thresholds.PRODUCT_ID, t.productId())
                            .set(Thresholds.THRESHOLD, t.threshold())
                            .execute();
                }
            }
        }
    }

    /** One movement line: what it does to a product's level on hand and reserved, and its note. */
    private record Line(String productId, BigDecimal onHand, BigDecimal reserved, String note, boolean belowZero) {
    }

    private static void stock(DSLContext tx, RecordedEvent recorded, StockEvent event) {
        String branchId;
        StockMovementKind kind;
        List<Line> lines;
        switch (event) {
            case StockEvent.Received r -> {
                branchId = r.branchId();
                kind = StockMovementKind.RECEIVED;
                lines = onHand(r.lines(), r.supplierReference(), Set.of());
            }
            case StockEvent.Adjusted a -> {
                branchId = a.branchId();
                kind = StockMovementKind.ADJUSTED;
                lines = onHand(a.lines(), a.reason(), belowZero(a.belowZero()));
            }
            case StockEvent.Counted c -> {
                branchId = c.branchId();
                kind = StockMovementKind.COUNTED;
                lines = c.counts().stream().map((StockCount count) -> new Line(count.productId(), count.difference(),
                        BigDecimal.ZERO, count.counted().toPlainString(), false)).toList();
            }
            case StockEvent.Sold s -> {
                branchId = s.branchId();
                kind = StockMovementKind.SOLD;
                lines = onHand(s.changes(), s.checkoutId(), belowZero(s.belowZero()));
            }
            case StockEvent.Reserved r -> {
                branchId = r.branchId();
                kind = StockMovementKind.RESERVED;
                lines = r.lines().stream().map(l -> new Line(l.productId(), BigDecimal.ZERO, l.quantity(),
                        r.bookingId(), false)).toList();
            }
            case StockEvent.Released r -> {
                branchId = r.branchId();
                kind = StockMovementKind.RELEASED;
                lines = r.lines().stream().map(l -> new Line(l.productId(), BigDecimal.ZERO, l.quantity().negate(),
                        r.reason(), false)).toList();
            }
            case StockEvent.Used u -> {
                branchId = u.branchId();
                kind = StockMovementKind.USED;
                Map<String, BigDecimal[]> perProduct = new LinkedHashMap<>();
                for (StockLine l : u.lines()) {
                    perProduct.computeIfAbsent(l.productId(), p -> zeros())[0] = l.quantity().negate();
                }
                for (StockLine l : u.fromReservation()) {
                    perProduct.computeIfAbsent(l.productId(), p -> zeros())[1] = l.quantity().negate();
                }
                lines = perProduct.entrySet().stream().map(e -> new Line(e.getKey(), e.getValue()[0],
                        e.getValue()[1], u.bookingId(), false)).toList();
            }
        }
        OffsetDateTime at = recorded.recordedAt().atOffset(ZoneOffset.UTC);
        String userId = recorded.envelope().metadata().userId();
        int lineNo = 0;
        for (Line line : lines) {
            tx.insertInto(Movements.TABLE)
                    .set(Movements.POSITION, recorded.position())
                    .set(Movements.LINE_NO, lineNo++)
                    .set(Movements.EVENT_ID, recorded.id().toString())
                    .set(Movements.KIND, kind.name())
                    .set(Movements.BRANCH_ID, branchId)
                    .set(Movements.PRODUCT_ID, line.productId())
                    .set(Movements.ON_HAND_CHANGE, line.onHand())
                    .set(Movements.RESERVED_CHANGE, line.reserved())
                    .set(Movements.NOTE, line.note() == null ? "" : line.note())
                    .set(Movements.BELOW_ZERO, line.belowZero())
                    .set(Movements.USER_ID, userId)
                    .set(Movements.RECORDED_AT, at)
                    .execute();
            if (line.onHand().signum() != 0 || line.reserved().signum() != 0) {
                change(tx, branchId, line);
            }
        }
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
    }

    private static List<Line> onHand(List<StockLine> changes, String note, Set<String> belowZero) {
        return changes.stream().map(l -> new Line(l.productId(), l.quantity(), BigDecimal.ZERO, note,
                belowZero.contains(l.productId()))).toList();
    }

    private static Set<String> belowZero(List<StockLine> lines) {
        return lines.stream().map(StockLine::productId).collect(Collectors.toSet());
    }

    private static void change(DSLContext tx, String branchId, Line line) {
        int updated = tx.update(Levels.TABLE)
                .set(Levels.ON_HAND, Levels.ON_HAND.add(line.onHand()))
                .set(Levels.RESERVED, Levels.RESERVED.add(line.reserved()))
                .where(Levels.BRANCH_ID.eq(branchId), Levels.PRODUCT_ID.eq(line.productId())).execute();
        if (updated == 0) {
            tx.insertInto(Levels.TABLE)
                    .set(Levels.BRANCH_ID, branchId)
                    .set(Levels.PRODUCT_ID, line.productId())
                    .set(Levels.ON_HAND, line.onHand())
                    .set(Levels.RESERVED, line.reserved())
                    .execute();
        }
    }

    @Override
    public List<String> tables() {
        return List.of("stock_products", "stock_thresholds", "stock_levels", "stock_movements");
    }

    @Override
    public void reset(DSLContext tx) {
        for (var table : List.of(Products.TABLE, Thresholds.TABLE, Levels.TABLE, Movements.TABLE)) {
            tx.deleteFrom(table).execute();
        }
    }
}
