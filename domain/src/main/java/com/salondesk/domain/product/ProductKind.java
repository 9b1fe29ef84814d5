package com.salondesk.domain.product;

/** What a product is for: sold to customers over the counter, or used by stylists behind the chair. */
public enum ProductKind {
    RETAIL,
    BACK_BAR
}
