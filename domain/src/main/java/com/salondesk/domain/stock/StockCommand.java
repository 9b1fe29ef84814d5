package com.salondesk.domain.stock;

import java.time.Instant;
import java.util.List;

/**
 * What the desk can ask of stock: a movement (each on a stream of its own, {@code stock-movement-<id>}) or a
 * booking's reservation ({@code stock-reservation-<bookingId>}).
 */
public sealed interface StockCommand {

    /** A change of a branch's stock on hand, recorded once under its own id. */
    sealed interface MovementCommand extends StockCommand {
        String movementId();

        String branchId();
    }

    /** A booking's hold on back-bar stock, from reservation to use or release. */
    sealed interface ReservationCommand extends StockCommand {
        String bookingId();
    }

    /** A delivery arrived: every quantity is more than zero. */
    record Receive(String movementId, String branchId, String supplierReference, List<StockLine> lines,
            String actor, Instant now) implements MovementCommand {
        public Receive {
            lines = List.copyOf(lines);
        }
    }

    /** A correction by hand (breakage, a tester opened, found stock): quantities are signed, a reason is given. */
    record Adjust(String movementId, String branchId, String reason, List<StockLine> lines, boolean acceptBelowZero,
            String actor, Instant now) implements MovementCommand {
        public Adjust {
            lines = List.copyOf(lines);
        }
    }

    /** A stocktake: what was counted per product; the difference to the books is recorded. */
    record Stocktake(String movementId, String branchId, List<StockLine> counted, String actor, Instant now)
            implements MovementCommand {
        public Stocktake {
            counted = List.copyOf(counted);
        }
    }

    /** Retail products sold at a checkout. */
    record RecordSale(String movementId, String branchId, String checkoutId, List<StockLine> lines,
            boolean acceptBelowZero, String actor, Instant now) implements MovementCommand {
        public RecordSale {
            lines = List.copyOf(lines);
        }
    }

    /** Hold the back-bar products a booked service will use. */
    record Reserve(String bookingId, String branchId, List<StockLine> lines, String actor, Instant now)
            implements ReservationCommand {
        public Reserve {
            lines = List.copyOf(lines);
        }
    }

    /** Let go of what a booking holds (cancelled, no-show, a saga compensating). */
    record Release(String bookingId, String reason, String actor, Instant now) implements ReservationCommand {
    }

    /** What the service actually used; whatever of the reservation was not used is released with it. */
    record UseInService(String bookingId, String branchId, List<StockLine> lines, String actor, Instant now)
            implements ReservationCommand {
        public UseInService {
            lines = List.copyOf(lines);
        }
    }
}
