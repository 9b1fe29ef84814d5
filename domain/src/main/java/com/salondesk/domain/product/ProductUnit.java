package com.salondesk.domain.product;

import java.math.BigDecimal;

/** The unit a product is counted in; quantities of it are given in this unit. */
public enum ProductUnit {
    ML(2),
    G(2),
    PIECE(0);

    private final int decimals;

    ProductUnit(int decimals) {
        this.decimals = decimals;
    }

    /** Decimal places a quantity of this unit may have: pieces are whole, millilitres and grams to hundredths. */
    public int decimals() {
        return decimals;
    }

    /** Whether the quantity is written to no more decimal places than this unit allows. */
    public boolean fits(BigDecimal quantity) {
        return quantity.stripTrailingZeros().scale() <= decimals;
    }
}
