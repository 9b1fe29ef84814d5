package com.salondesk.domain.stock;

import com.salondesk.domain.shared.Decider;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keeps one booking's reservation of back-bar stock. Every command is a no-op once done (a reservation held,
 * released or used), so a saga and the inventory handler may both ask, and a redelivered event changes nothing.
 * Whether there is enough to reserve is {@link StockPolicy#reserve}'s question, asked before.
 */
public final class StockReservationDecider
        implements Decider<StockCommand.ReservationCommand, StockReservation, StockEvent.ReservationEvent> {

    /** The reason recorded when what a service did not use is let go of. */
    public static final String NOT_USED = "not-used";

    public static String streamId(String bookingId) {
        return "stock-reservation-" + bookingId;
    }

    @Override
    public StockReservation initialState() {
        return new StockReservation.None();
    }

    @Override
    public List<StockEvent.ReservationEvent> decide(StockCommand.ReservationCommand command, StockReservation state) {
        return switch (command) {
            case StockCommand.Reserve r -> {
                if (!(state instanceof StockReservation.None) || r.lines().isEmpty()) {
                    yield List.of();
                }
                StockPolicy.checkLines(r.lines(), StockPolicy.Sign.POSITIVE);
                yield List.of(new StockEvent.Reserved(r.bookingId(), r.branchId(), r.lines()));
            }
            case StockCommand.Release r -> state instanceof StockReservation.Held held
                    ? List.of(new StockEvent.Released(r.bookingId(), held.branchId(), held.lines(),
                            reason(r.reason())))
                    : List.of();
            case StockCommand.UseInService u -> switch (state) {
                case StockReservation.Used used -> List.of();
                case StockReservation.None none -> List.of(used(u, List.of()));
                case StockReservation.Released released -> List.of(used(u, List.of()));
                case StockReservation.Held held -> {
                    List<StockEvent.ReservationEvent> events = new ArrayList<>();
                    List<StockLine> fromReservation = new ArrayList<>();
                    List<StockLine> unused = new ArrayList<>();
                    Map<String, BigDecimal> usedPerProduct = summedMap(u.lines());
                    for (StockLine reserved : held.lines()) {
                        BigDecimal usedOfIt = usedPerProduct.getOrDefault(reserved.productId(), BigDecimal.ZERO)
                                .max(BigDecimal.ZERO).min(reserved.quantity());
                        if (usedOfIt.signum() > 0) {
                            fromReservation.add(new StockLine(reserved.productId(), usedOfIt));
                        }
                        BigDecimal left = reserved.quantity().subtract(usedOfIt);
                        if (left.signum() > 0) {
                            unused.add(new StockLine(reserved.productId(), left));
                        }
                    }
                    events.add(used(u, fromReservation));
                    if (!unused.isEmpty()) {
                        events.add(new StockEvent.Released(u.bookingId(), held.branchId(), unused, NOT_USED));
                    }
                    yield events;
                }
            };
        };
    }

    private static StockEvent.Used used(StockCommand.UseInService u, List<StockLine> fromReservation) {
        if (!u.lines().isEmpty()) {
            StockPolicy.checkLines(u.lines(), StockPolicy.Sign.NOT_NEGATIVE);
        }
        List<StockLine> used = u.lines().stream().filter(l -> l.quantity().signum() > 0).toList();
        return new StockEvent.Used(u.bookingId(), u.branchId(), used, fromReservation);
    }

    private static Map<String, BigDecimal> summedMap(List<StockLine> lines) {
        Map<String, BigDecimal> sums = new java.util.HashMap<>();
        for (StockLine line : StockPolicy.summed(lines)) {
            sums.put(line.productId(), line.quantity());
        }
        return sums;
    }

    private static String reason(String reason) {
        return reason == null || reason.isBlank() ? "released" : reason.strip();
    }

    @Override
    public StockReservation evolve(StockReservation state, StockEvent.ReservationEvent event) {
        return switch (event) {
            case StockEvent.Reserved r -> new StockReservation.Held(r.bookingId(), r.branchId(), r.lines());
            // Released after Used is the unused rest of the reservation: the reservation stays used.
            case StockEvent.Released r -> state instanceof StockReservation.Used ? state
                    : new StockReservation.Released(r.bookingId());
            case StockEvent.Used u -> new StockReservation.Used(u.bookingId(), u.lines());
        };
    }
}
