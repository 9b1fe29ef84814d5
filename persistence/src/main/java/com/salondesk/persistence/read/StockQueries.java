package com.salondesk.persistence.read;

import com.salondesk.domain.product.ProductKind;
import com.salondesk.domain.product.ProductUnit;
import com.salondesk.domain.shared.Money;
import com.salondesk.persistence.desk.DeskDatabase;
import com.salondesk.persistence.desk.StockSchema.Levels;
import com.salondesk.persistence.desk.StockSchema.Movements;
import com.salondesk.persistence.desk.StockSchema.Products;
import com.salondesk.persistence.desk.StockSchema.Thresholds;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The questions asked of the stock read model: products, levels per branch, available amounts, movements and the
 * low-stock list. Reads only. The static methods take a {@link DSLContext}, so a handler can ask inside its own
 * transaction.
 */
public final class StockQueries {

    private final DSLContext dsl;

    public StockQueries(DeskDatabase database) {
        this.dsl = database.dsl();
    }

    /** The chain's products, by name. */
    public List<ProductView> products() {
        return dsl.select(Products.PRODUCT_ID, Products.NAME, Products.SKU, Products.KIND, Products.UNIT,
                Products.RETAIL_PRICE, Products.CURRENCY).from(Products.TABLE).orderBy(Products.NAME)
                .fetch(StockQueries::product);
    }

    public Optional<ProductView> product(String productId) {
        return dsl.select(Products.PRODUCT_ID, Products.NAME, Products.SKU, Products.KIND, Products.UNIT,
                Products.RETAIL_PRICE, Products.CURRENCY).from(Products.TABLE)
                .where(Products.PRODUCT_ID.eq(productId)).fetchOptional(StockQueries::product);
    }

    /** Every product's stock at the branch, by name; a product the branch never had shows zero. */
    public List<StockLevelView> levels(String branchId) {
        return levels(dsl, branchId, DSL.noCondition());
    }

    public Optional<StockLevelView> level(String branchId, String productId) {
        return levels(dsl, branchId, Products.PRODUCT_ID.eq(productId)).stream().findFirst();
    }

    /** The branch's products at or below their low-stock threshold, by name. */
    public List<StockLevelView> lowStock(String branchId) {
        return lowStock(dsl, branchId);
    }

    /** As {@link #lowStock(String)}, inside the caller's transaction. */
    public static List<StockLevelView> lowStock(DSLContext dsl, String branchId) {
        return levels(dsl, branchId, DSL.noCondition()).stream().filter(StockLevelView::low).toList();
    }

    /** On hand less reserved per product id at the branch: what {@code StockPolicy.reserve} reserves against. */
    public Map<String, BigDecimal> available(String branchId) {
        return available(dsl, branchId);
    }

    /** As {@link #available(String)}, inside the caller's transaction. */
    public static Map<String, BigDecimal> available(DSLContext dsl, String branchId) {
        Map<String, BigDecimal> available = new HashMap<>();
        dsl.select(Levels.PRODUCT_ID, Levels.ON_HAND, Levels.RESERVED).from(Levels.TABLE)
                .where(Levels.BRANCH_ID.eq(branchId))
                .forEach(r -> available.put(r.get(Levels.PRODUCT_ID),
                        plain(r.get(Levels.ON_HAND).subtract(r.get(Levels.RESERVED)))));
        return available;
    }

    /** Stock on hand per product id at the branch: what a movement's below-zero warning is decided against. */
    public Map<String, BigDecimal> onHand(String branchId) {
        return onHand(dsl, branchId);
    }

    /** As {@link #onHand(String)}, inside the caller's transaction. */
    public static Map<String, BigDecimal> onHand(DSLContext dsl, String branchId) {
        Map<String, BigDecimal> onHand = new HashMap<>();
        dsl.select(Levels.PRODUCT_ID, Levels.ON_HAND).from(Levels.TABLE).where(Levels.BRANCH_ID.eq(branchId))
                .forEach(r -> onHand.put(r.get(Levels.PRODUCT_ID), plain(r.get(Levels.ON_HAND))));
        return onHand;
    }

    /** The product's movements at the branch, newest first, at most {@code limit}. */
    public List<StockMovementView> movements(String branchId, String productId, int limit) {
        return movements(Movements.BRANCH_ID.eq(branchId).and(Movements.PRODUCT_ID.eq(productId)), limit);
    }

    /** All of the branch's movements, newest first, at most {@code limit}. */
    public List<StockMovementView> movements(String branchId, int limit) {
        return movements(Movements.BRANCH_ID.eq(branchId), limit);
    }

    private List<StockMovementView> movements(Condition condition, int limit) {
        return dsl.select(Movements.POSITION, Movements.KIND, Movements.BRANCH_ID, Movements.PRODUCT_ID,
                        Products.NAME, Products.UNIT, Movements.ON_HAND_CHANGE, Movements.RESERVED_CHANGE,
                        Movements.NOTE, Movements.BELOW_ZERO, Movements.USER_ID, Movements.RECORDED_AT)
                .from(Movements.TABLE).leftJoin(Products.TABLE).on(Products.PRODUCT_ID.eq(Movements.PRODUCT_ID))
                .where(condition)
                .orderBy(Movements.POSITION.desc(), Movements.LINE_NO.desc())
                .limit(limit)
                .fetch(r -> new StockMovementView(r.get(Movements.POSITION),
                        StockMovementKind.valueOf(r.get(Movements.KIND)), r.get(Movements.BRANCH_ID),
                        r.get(Movements.PRODUCT_ID),
                        r.get(Products.NAME) == null ? r.get(Movements.PRODUCT_ID) : r.get(Products.NAME),
                        r.get(Products.UNIT) == null ? null : ProductUnit.valueOf(r.get(Products.UNIT)),
                        plain(r.get(Movements.ON_HAND_CHANGE)), plain(r.get(Movements.RESERVED_CHANGE)),
                        r.get(Movements.NOTE), r.get(Movements.BELOW_ZERO), r.get(Movements.USER_ID),
                        r.get(Movements.RECORDED_AT).toInstant()));
    }

    private static List<StockLevelView> levels(DSLContext dsl, String branchId, Condition condition) {
        return dsl.select(Products.PRODUCT_ID, Products.NAME, Products.SKU, Products.KIND, Products.UNIT,
                        Levels.ON_HAND, Levels.RESERVED, Thresholds.THRESHOLD)
                .from(Products.TABLE)
                .leftJoin(Levels.TABLE).on(Levels.PRODUCT_ID.eq(Products.PRODUCT_ID), Levels.BRANCH_ID.eq(branchId))
                .leftJoin(Thresholds.TABLE).on(Thresholds.PRODUCT_ID.eq(Products.PRODUCT_ID),
                        Thresholds.BRANCH_ID.eq(branchId))
                .where(condition)
                .orderBy(Products.NAME, Products.PRODUCT_ID)
                .fetch(r -> new StockLevelView(branchId, r.get(Products.PRODUCT_ID), r.get(Products.NAME),
                        r.get(Products.SKU), ProductKind.valueOf(r.get(Products.KIND)),
                        ProductUnit.valueOf(r.get(Products.UNIT)), plainOrZero(r.get(Levels.ON_HAND)),
                        plainOrZero(r.get(Levels.RESERVED)),
                        r.get(Thresholds.THRESHOLD) == null ? null : plain(r.get(Thresholds.THRESHOLD))));
    }

    private static ProductView product(Record r) {
        BigDecimal price = r.get(Products.RETAIL_PRICE);
        return new ProductView(r.get(Products.PRODUCT_ID), r.get(Products.NAME), r.get(Products.SKU),
                ProductKind.valueOf(r.get(Products.KIND)), ProductUnit.valueOf(r.get(Products.UNIT)),
                price == null ? null : new Money(price, r.get(Products.CURRENCY)));
    }

    private static BigDecimal plainOrZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : plain(value);
    }

    /** A stored quantity without the column's trailing zeros: 60.0000 reads as 60, 12.5000 as 12.5. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
