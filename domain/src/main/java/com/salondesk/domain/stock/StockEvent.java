package com.salondesk.domain.stock;

import com.salondesk.domain.shared.DomainEvent;
import java.util.List;

/** Facts about stock: movements of what a branch has on hand, and bookings' reservations of it. */
public sealed interface StockEvent extends DomainEvent {

    /**
     * One movement of a branch's stock on hand. {@link #changes()} is what it adds to (or takes from) each
     * product's level; {@code belowZero} names the products it took below zero, at the level they reached,
     * which the person recording it was warned of and accepted.
     */
    sealed interface MovementEvent extends StockEvent {
        String movementId();

        String branchId();

        List<StockLine> changes();

        List<StockLine> belowZero();
    }

    /** A change of one booking's reservation. */
    sealed interface ReservationEvent extends StockEvent {
        String bookingId();
    }

    record Received(String movementId, String branchId, String supplierReference, List<StockLine> lines)
            implements MovementEvent {
        public Received {
            lines = List.copyOf(lines);
        }

        @Override
        public List<StockLine> changes() {
            return lines;
        }

        @Override
        public List<StockLine> belowZero() {
            return List.of();
        }
    }

    record Adjusted(String movementId, String branchId, String reason, List<StockLine> lines,
            List<StockLine> belowZero) implements MovementEvent {
        public Adjusted {
            lines = List.copyOf(lines);
            belowZero = List.copyOf(belowZero);
        }

        @Override
        public List<StockLine> changes() {
            return lines;
        }
    }

    record Counted(String movementId, String branchId, List<StockCount> counts) implements MovementEvent {
        public Counted {
            counts = List.copyOf(counts);
        }

        @Override
        public List<StockLine> changes() {
            return counts.stream().filter(c -> c.difference().signum() != 0)
                    .map(c -> new StockLine(c.productId(), c.difference())).toList();
        }

        @Override
        public List<StockLine> belowZero() {
            return List.of();
        }
    }

    record Sold(String movementId, String branchId, String checkoutId, List<StockLine> lines,
            List<StockLine> belowZero) implements MovementEvent {
        public Sold {
            lines = List.copyOf(lines);
            belowZero = List.copyOf(belowZero);
        }

        @Override
        public List<StockLine> changes() {
            return negated(lines);
        }
    }

    record Reserved(String bookingId, String branchId, List<StockLine> lines) implements ReservationEvent {
        public Reserved {
            lines = List.copyOf(lines);
        }
    }

    /** What the reservation still held and let go of; {@code lines} is empty when nothing was left. */
    record Released(String bookingId, String branchId, List<StockLine> lines, String reason)
            implements ReservationEvent {
        public Released {
            lines = List.copyOf(lines);
        }
    }

    /**
     * Products used in the booking's service, taken from stock on hand; {@code fromReservation} is the part of
     * them the booking had reserved (so no longer reserved).
     */
    record Used(String bookingId, String branchId, List<StockLine> lines, List<StockLine> fromReservation)
            implements ReservationEvent {
        public Used {
            lines = List.copyOf(lines);
            fromReservation = List.copyOf(fromReservation);
        }
    }

    private static List<StockLine> negated(List<StockLine> lines) {
        return lines.stream().map(l -> new StockLine(l.productId(), l.quantity().negate())).toList();
    }
}
