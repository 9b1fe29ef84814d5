package com.salondesk.persistence.command;

import com.salondesk.domain.product.Product;
import com.salondesk.domain.product.ProductCommand;
import com.salondesk.domain.product.ProductDecider;
import com.salondesk.domain.product.ProductEvent;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.stock.StockCommand;
import com.salondesk.domain.stock.StockEvent;
import com.salondesk.domain.stock.StockLine;
import com.salondesk.domain.stock.StockMovementDecider;
import com.salondesk.domain.stock.StockPolicy;
import com.salondesk.domain.stock.StockReservationDecider;
import com.salondesk.persistence.command.AggregateStore.Step;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.read.StockQueries;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stock commands on the desk: products and their thresholds, movements (deliveries, adjustments, stocktakes, sales)
 * and bookings' reservations. It loads what the rules need — the products a movement names, the branch's levels from
 * the stock read model — and runs the domain's deciders and {@link StockPolicy} through {@link AggregateStore}.
 */
public final class StockDesk {

    private static final ProductDecider PRODUCTS = new ProductDecider();
    private static final StockReservationDecider RESERVATIONS = new StockReservationDecider();
    /** Rejections whose first argument is a product id. */
    private static final Set<String> NAMED_FIRST = Set.of("stock.below-zero", "stock.not-enough",
            "stock.product-twice");

    private final AggregateStore store;
    private final StockQueries stock;

    public StockDesk(AggregateStore store, StockQueries stock) {
        this.store = store;
        this.stock = stock;
    }

    public void addProduct(EventContext context, ProductCommand.Add command) {
        onProduct(context, command);
    }

    public void changePrice(EventContext context, ProductCommand.ChangePrice command) {
        onProduct(context, command);
    }

    /** Sets the branch's low-stock threshold of a product (zero: no warning). */
    public void setThreshold(EventContext context, ProductCommand.SetLowStockThreshold command) {
        onProduct(context, command);
    }

    private void onProduct(EventContext context, ProductCommand command) {
        store.execute(context, ProductDecider.streamId(command.productId()), PRODUCTS, ProductEvent.class, command);
    }

    /** Records a delivery (every line more than zero). */
    public void receive(EventContext context, StockCommand.Receive command) {
        record(context, command);
    }

    /** Records a correction with its reason; refused with {@code stock.below-zero} unless accepted. */
    public void adjust(EventContext context, StockCommand.Adjust command) {
        record(context, command);
    }

    /** Records a stocktake: the difference between each counted amount and the level on hand now. */
    public void stocktake(EventContext context, StockCommand.Stocktake command) {
        record(context, command);
    }

    /** Records retail products sold, on its own; a checkout adds {@link #movementStep} to its own command. */
    public void recordSale(EventContext context, StockCommand.RecordSale command) {
        record(context, command);
    }

    private void record(EventContext context, StockCommand.MovementCommand command) {
        try {
            store.execute(context, List.of(movementStep(command)));
        } catch (DomainRejection rejection) {
            throw named(rejection);
        }
    }

    /** The rules name products by id; a person reads their names. */
    private DomainRejection named(DomainRejection rejection) {
        if (!NAMED_FIRST.contains(rejection.code()) || rejection.arguments().isEmpty()) {
            return rejection;
        }
        Object[] arguments = rejection.arguments().toArray();
        if (!(products(List.of(new StockLine(String.valueOf(arguments[0]), BigDecimal.ZERO)))
                .get(String.valueOf(arguments[0])) instanceof Product.Added product)) {
            return rejection;
        }
        arguments[0] = product.name();
        return new DomainRejection(rejection.code(), arguments);
    }

    /**
     * The movement as one step of a larger command (a checkout records its sale with its payments): its lines are
     * checked against the products ({@code stock.unknown-product}, {@code stock.quantity-unit}), and it is decided
     * against the branch's levels on hand as the read model has them now.
     */
    public Step<StockCommand.MovementCommand, ?, StockEvent.MovementEvent> movementStep(
            StockCommand.MovementCommand command) {
        StockPolicy.checkProducts(products(lines(command)), lines(command));
        return Step.onNew(StockMovementDecider.streamId(command.movementId()),
                new StockMovementDecider(stock.onHand(command.branchId())), StockEvent.MovementEvent.class, command);
    }

    /**
     * Reserves a booking's products when enough is available (on hand less other bookings' reservations), else
     * refuses with {@code stock.not-enough}; a booking that already holds its reservation records nothing.
     */
    public void reserve(EventContext context, StockCommand.Reserve command) {
        try {
            StockPolicy.reserve(stock.available(command.branchId()), command);
        } catch (DomainRejection rejection) {
            throw named(rejection);
        }
        store.execute(context, List.of(reservationStep(command)));
    }

    /** Lets go of what a booking holds; nothing when it holds nothing (already released, used, never reserved). */
    public void release(EventContext context, StockCommand.Release command) {
        store.execute(context, List.of(reservationStep(command)));
    }

    /** Records what a booking's service used and releases the rest of its reservation; once per booking. */
    public void useInService(EventContext context, StockCommand.UseInService command) {
        store.execute(context, List.of(reservationStep(command)));
    }

    /** A reservation command as one step of a larger command (a saga's). */
    public static Step<StockCommand.ReservationCommand, ?, StockEvent.ReservationEvent> reservationStep(
            StockCommand.ReservationCommand command) {
        return Step.on(StockReservationDecider.streamId(command.bookingId()), RESERVATIONS,
                StockEvent.ReservationEvent.class, command);
    }

    private Map<String, Product> products(List<StockLine> lines) {
        Map<String, Product> products = new HashMap<>();
        for (StockLine line : lines) {
            products.computeIfAbsent(line.productId(), id -> store.load(ProductDecider.streamId(id), PRODUCTS,
                    ProductEvent.class).state());
        }
        return products;
    }

    private static List<StockLine> lines(StockCommand.MovementCommand command) {
        return switch (command) {
            case StockCommand.Receive r -> r.lines();
            case StockCommand.Adjust a -> a.lines();
            case StockCommand.Stocktake t -> t.counted();
            case StockCommand.RecordSale s -> s.lines();
        };
    }
}
