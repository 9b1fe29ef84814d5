package com.salondesk.app.port;

import com.salondesk.domain.stock.StockLine;
import java.math.BigDecimal;
import java.util.List;

/**
 * This branch's stock and the movements the front desk records by hand. Each write returns once the levels show it
 * (read-your-writes) and throws the domain's rejection when a rule says no ({@code stock.below-zero} unless the
 * person accepted the warning).
 */
public interface StockKeeping {

    /** Every product's level at this branch, by name. */
    List<StockLevelView> levels();

    /** The products at or below their low-stock threshold, by name. */
    List<StockLevelView> lowStock();

    /** The product's movements at this branch, newest first. */
    List<StockMovementView> movements(String productId, int limit);

    /** A delivery came in. */
    void receive(String supplierReference, List<StockLine> lines);

    /** A correction by hand: quantities added (+) or taken (-), with the reason. */
    void adjust(String reason, List<StockLine> lines, boolean acceptBelowZero);

    /** A stocktake: the amounts counted; the differences to the books are recorded. */
    void stocktake(List<StockLine> counted);

    /** Warn when the product's available stock falls to {@code threshold} or below (zero: no warning). */
    void setThreshold(String productId, BigDecimal threshold);
}
