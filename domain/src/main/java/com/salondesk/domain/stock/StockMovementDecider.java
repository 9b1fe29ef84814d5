package com.salondesk.domain.stock;

import com.salondesk.domain.shared.Decider;
import com.salondesk.domain.shared.DomainRejection;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Records one movement of a branch's stock on its own stream, so two desks' movements never conflict. It decides
 * against the branch's levels on hand as the desk read them ({@code onHand}, from the stock read model): a
 * movement that would take a product below zero is refused with {@code stock.below-zero} unless the person
 * accepted the warning, and is then recorded with the products it took below zero.
 */
public final class StockMovementDecider
        implements Decider<StockCommand.MovementCommand, StockMovement, StockEvent.MovementEvent> {

    private final Map<String, BigDecimal> onHand;

    /** {@code onHand}: the command's branch's levels per product id; a product not in it has none. */
    public StockMovementDecider(Map<String, BigDecimal> onHand) {
        this.onHand = Map.copyOf(onHand);
    }

    public static String streamId(String movementId) {
        return "stock-movement-" + movementId;
    }

    @Override
    public StockMovement initialState() {
        return new StockMovement.NotRecorded();
    }

    @Override
    public List<StockEvent.MovementEvent> decide(StockCommand.MovementCommand command, StockMovement state) {
        if (state instanceof StockMovement.Recorded) {
            return List.of();  // the same movement again: a retried command records nothing twice
        }
        return List.of(switch (command) {
            case StockCommand.Receive r -> {
                StockPolicy.checkLines(r.lines(), StockPolicy.Sign.POSITIVE);
                yield new StockEvent.Received(r.movementId(), r.branchId(), strip(r.supplierReference()), r.lines());
            }
            case StockCommand.Adjust a -> {
                if (a.reason() == null || a.reason().isBlank()) {
                    throw new DomainRejection("stock.reason-required");
                }
                StockPolicy.checkLines(a.lines(), StockPolicy.Sign.NOT_ZERO);
                yield new StockEvent.Adjusted(a.movementId(), a.branchId(), a.reason().strip(), a.lines(),
                        belowZero(a.lines(), a.acceptBelowZero()));
            }
            case StockCommand.Stocktake t -> {
                StockPolicy.checkLines(t.counted(), StockPolicy.Sign.NOT_NEGATIVE);
                yield new StockEvent.Counted(t.movementId(), t.branchId(), t.counted().stream().map(c -> {
                    BigDecimal expected = onHand.getOrDefault(c.productId(), BigDecimal.ZERO);
                    return new StockCount(c.productId(), expected, c.quantity(), c.quantity().subtract(expected));
                }).toList());
            }
            case StockCommand.RecordSale s -> {
                if (s.checkoutId() == null || s.checkoutId().isBlank()) {
                    throw new DomainRejection("stock.checkout-required");
                }
                StockPolicy.checkLines(s.lines(), StockPolicy.Sign.POSITIVE);
                yield new StockEvent.Sold(s.movementId(), s.branchId(), s.checkoutId(), s.lines(),
                        belowZero(s.lines().stream()
                                .map(l -> new StockLine(l.productId(), l.quantity().negate())).toList(),
                                s.acceptBelowZero()));
            }
        });
    }

    private List<StockLine> belowZero(List<StockLine> changes, boolean accepted) {
        List<StockLine> below = StockPolicy.belowZero(onHand, changes);
        if (!below.isEmpty() && !accepted) {
            StockLine first = below.getFirst();
            throw new DomainRejection("stock.below-zero", first.productId(), first.quantity().toPlainString());
        }
        return below;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    @Override
    public StockMovement evolve(StockMovement state, StockEvent.MovementEvent event) {
        return new StockMovement.Recorded(event.movementId(), event.branchId());
    }
}
