package com.salondesk.domain.product;

import com.salondesk.domain.shared.Decider;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Keeps the chain's product range: names, kinds, units, retail prices and low-stock thresholds per branch. */
public final class ProductDecider implements Decider<ProductCommand, Product, ProductEvent> {

    public static String streamId(String productId) {
        return "product-" + productId;
    }

    @Override
    public Product initialState() {
        return new Product.NotAdded();
    }

    @Override
    public List<ProductEvent> decide(ProductCommand command, Product state) {
        return switch (command) {
            case ProductCommand.Add a -> switch (state) {
                case Product.NotAdded n -> List.of(added(a));
                case Product.Added p when sameProduct(p, added(a)) -> List.of();
                case Product.Added p -> throw new DomainRejection("product.already-added", p.name());
            };
            case ProductCommand.ChangePrice c -> switch (state) {
                case Product.NotAdded n -> throw new DomainRejection("product.not-found", c.productId());
                case Product.Added p when p.kind() == ProductKind.BACK_BAR ->
                        throw new DomainRejection("product.back-bar-has-no-price", p.name());
                case Product.Added p when c.retailPrice().equals(p.retailPrice()) -> List.of();
                case Product.Added p -> {
                    requirePrice(c.retailPrice());
                    yield List.of(new ProductEvent.PriceChanged(p.productId(), c.retailPrice()));
                }
            };
            case ProductCommand.SetLowStockThreshold t -> switch (state) {
                case Product.NotAdded n -> throw new DomainRejection("product.not-found", t.productId());
                case Product.Added p -> {
                    if (t.threshold() == null || t.threshold().signum() < 0) {
                        throw new DomainRejection("product.negative-threshold");
                    }
                    if (!p.unit().fits(t.threshold())) {
                        throw new DomainRejection("stock.quantity-unit", p.name(), t.threshold().toPlainString());
                    }
                    BigDecimal before = p.lowStockThresholds().get(t.branchId());
                    if (before != null && before.compareTo(t.threshold()) == 0) {
                        yield List.of();
                    }
                    yield List.of(new ProductEvent.LowStockThresholdSet(p.productId(), t.branchId(), t.threshold()));
                }
            };
        };
    }

    private static ProductEvent.Added added(ProductCommand.Add a) {
        if (a.name() == null || a.name().isBlank()) {
            throw new DomainRejection("product.name-required");
        }
        if (a.sku() == null || a.sku().isBlank()) {
            throw new DomainRejection("product.sku-required");
        }
        if (a.kind() == null || a.unit() == null) {
            throw new DomainRejection("product.kind-and-unit-required");
        }
        @Nullable Money price = a.retailPrice();
        if (a.kind() == ProductKind.RETAIL) {
            if (price == null) {
                throw new DomainRejection("product.retail-price-required", a.name().strip());
            }
            requirePrice(price);
        } else if (price != null) {
            throw new DomainRejection("product.back-bar-has-no-price", a.name().strip());
        }
        return new ProductEvent.Added(a.productId(), a.name().strip(), a.sku().strip(), a.kind(), a.unit(), price);
    }

    /** A repeated add of the same product changes nothing; its thresholds are set apart from it. */
    private static boolean sameProduct(Product.Added product, ProductEvent.Added add) {
        return evolveAdded(add).equals(new Product.Added(product.productId(), product.name(), product.sku(),
                product.kind(), product.unit(), product.retailPrice(), Map.of()));
    }

    private static void requirePrice(Money price) {
        if (price.isNegative()) {
            throw new DomainRejection("product.negative-price");
        }
    }

    /** The command that recorded {@code event}, to decide again on a newer state (sync rebase). */
    public static ProductCommand again(ProductEvent event, String actor, Instant now) {
        return switch (event) {
            case ProductEvent.Added a -> new ProductCommand.Add(a.productId(), a.name(), a.sku(), a.kind(), a.unit(),
                    a.retailPrice(), actor, now);
            case ProductEvent.PriceChanged c -> new ProductCommand.ChangePrice(c.productId(), c.retailPrice(), actor,
                    now);
            case ProductEvent.LowStockThresholdSet t -> new ProductCommand.SetLowStockThreshold(t.productId(),
                    t.branchId(), t.threshold(), actor, now);
        };
    }

    @Override
    public Product evolve(Product state, ProductEvent event) {
        return switch (event) {
            case ProductEvent.Added a -> evolveAdded(a);
            case ProductEvent.PriceChanged c -> state instanceof Product.Added p
                    ? new Product.Added(p.productId(), p.name(), p.sku(), p.kind(), p.unit(), c.retailPrice(),
                            p.lowStockThresholds())
                    : state;
            case ProductEvent.LowStockThresholdSet t -> {
                if (!(state instanceof Product.Added p)) {
                    yield state;
                }
                Map<String, BigDecimal> thresholds = new HashMap<>(p.lowStockThresholds());
                thresholds.put(t.branchId(), t.threshold());
                yield new Product.Added(p.productId(), p.name(), p.sku(), p.kind(), p.unit(), p.retailPrice(),
                        thresholds);
            }
        };
    }

    private static Product.Added evolveAdded(ProductEvent.Added a) {
        return new Product.Added(a.productId(), a.name(), a.sku(), a.kind(), a.unit(), a.retailPrice(), Map.of());
    }
}
