package com.salondesk.domain.branch;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A branch's tax rates in percent per kind of sale ({@value #SERVICES}, {@value #RETAIL}); a kind without a rate is
 * untaxed, and tips are never taxed. Prices include the tax, as a salon's customers see them.
 */
public record TaxRates(Map<String, BigDecimal> percentByCategory) {

    public static final String SERVICES = "services";
    public static final String RETAIL = "retail";

    public TaxRates {
        // Sorted, so the same rates always read (and are written) the same way.
        percentByCategory = Collections.unmodifiableSortedMap(new TreeMap<>(percentByCategory));
    }

    public static TaxRates none() {
        return new TaxRates(Map.of());
    }

    /** The rate in percent for a kind of sale; zero where the branch set none. */
    public BigDecimal percentFor(String category) {
        return percentByCategory.getOrDefault(category, BigDecimal.ZERO);
    }
}
