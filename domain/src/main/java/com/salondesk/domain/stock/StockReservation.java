package com.salondesk.domain.stock;

import java.util.List;

/** A booking's reservation of back-bar stock through its lifecycle. */
public sealed interface StockReservation {
    record None() implements StockReservation {
    }

    record Held(String bookingId, String branchId, List<StockLine> lines) implements StockReservation {
        public Held {
            lines = List.copyOf(lines);
        }
    }

    /** Let go of without being used (the booking was cancelled or its saga undone). */
    record Released(String bookingId) implements StockReservation {
    }

    /** The service's use is recorded; nothing is held any more. */
    record Used(String bookingId, List<StockLine> lines) implements StockReservation {
        public Used {
            lines = List.copyOf(lines);
        }
    }
}
