package com.salondesk.domain.stock;

import com.salondesk.domain.product.Product;
import com.salondesk.domain.shared.DomainRejection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stock rules that need more than one stream: levels (from the stock read model) against what a command wants,
 * and quantities against the products they name. Pure: states in, a command, lines or a rejection out.
 */
public final class StockPolicy {

    private StockPolicy() {
    }

    /**
     * The reservation, when every product has at least the wanted amount available (on hand less what other
     * bookings hold); otherwise {@code stock.not-enough} (product, wanted, available) for the first one short.
     */
    public static StockCommand.Reserve reserve(Map<String, BigDecimal> available, StockCommand.Reserve reserve) {
        for (StockLine line : summed(reserve.lines())) {
            BigDecimal have = available.getOrDefault(line.productId(), BigDecimal.ZERO);
            if (have.compareTo(line.quantity()) < 0) {
                throw new DomainRejection("stock.not-enough", line.productId(), line.quantity().toPlainString(),
                        have.max(BigDecimal.ZERO).toPlainString());
            }
        }
        return reserve;
    }

    /**
     * The products that {@code changes} take below zero from {@code onHand}, each with the level it reaches, in
     * the order the changes name them; a product already below zero counts only if the change lowers it further.
     */
    public static List<StockLine> belowZero(Map<String, BigDecimal> onHand, List<StockLine> changes) {
        List<StockLine> below = new ArrayList<>();
        for (StockLine change : summed(changes)) {
            BigDecimal after = onHand.getOrDefault(change.productId(), BigDecimal.ZERO).add(change.quantity());
            if (change.quantity().signum() < 0 && after.signum() < 0) {
                below.add(new StockLine(change.productId(), after));
            }
        }
        return below;
    }

    /**
     * Refuses lines that name a product the chain does not have ({@code stock.unknown-product}) or a quantity
     * finer than the product's unit ({@code stock.quantity-unit}: pieces are whole).
     */
    public static void checkProducts(Map<String, Product> products, List<StockLine> lines) {
        for (StockLine line : lines) {
            if (!(products.get(line.productId()) instanceof Product.Added product)) {
                throw new DomainRejection("stock.unknown-product", line.productId());
            }
            if (!product.unit().fits(line.quantity())) {
                throw new DomainRejection("stock.quantity-unit", product.name(), line.quantity().toPlainString());
            }
        }
    }

    /** Lines naming one product twice, as one line each (kept in first-named order). */
    static List<StockLine> summed(List<StockLine> lines) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (StockLine line : lines) {
            sums.merge(line.productId(), line.quantity(), BigDecimal::add);
        }
        return sums.entrySet().stream().map(e -> new StockLine(e.getKey(), e.getValue())).toList();
    }

    /** Refuses an empty list, a product named twice, and quantities the movement does not allow. */
    static void checkLines(List<StockLine> lines, Sign sign) {
        if (lines.isEmpty()) {
            throw new DomainRejection("stock.no-lines");
        }
        Set<String> seen = new HashSet<>();
        for (StockLine line : lines) {
            if (!seen.add(line.productId())) {
                throw new DomainRejection("stock.product-twice", line.productId());
            }
            int signum = line.quantity().signum();
            switch (sign) {
                case POSITIVE -> {
                    if (signum <= 0) {
                        throw new DomainRejection("stock.quantity-not-positive", line.quantity().toPlainString());
                    }
                }
                case NOT_NEGATIVE -> {
                    if (signum < 0) {
                        throw new DomainRejection("stock.negative-count", line.quantity().toPlainString());
                    }
                }
                case NOT_ZERO -> {
                    if (signum == 0) {
                        throw new DomainRejection("stock.quantity-zero");
                    }
                }
            }
        }
    }

    /** Which quantities a movement takes. */
    enum Sign {
        POSITIVE,
        NOT_NEGATIVE,
        NOT_ZERO
    }
}
