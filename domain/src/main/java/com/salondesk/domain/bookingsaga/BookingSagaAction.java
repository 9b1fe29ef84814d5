package com.salondesk.domain.bookingsaga;

import com.salondesk.domain.stock.StockLine;
import com.salondesk.domain.shared.Money;
import java.util.List;

/**
 * A command the saga asks the desk to run on another aggregate, in the same commit as the saga's own events:
 * the desk turns each into the owning aggregate's command (stock, payment, booking).
 */
public sealed interface BookingSagaAction {

    /** Reserve {@code lines} of the branch's stock for the booking. */
    record ReserveStock(String bookingId, String branchId, List<StockLine> lines) implements BookingSagaAction {
        public ReserveStock {
            lines = List.copyOf(lines);
        }
    }

    /** Give back what was reserved for the booking. */
    record ReleaseStock(String bookingId, String reason) implements BookingSagaAction {
    }

    /** Refund the deposit {@code paymentId} in full. */
    record RefundDeposit(String paymentId, Money amount, String reason) implements BookingSagaAction {
    }

    record ConfirmBooking(String bookingId) implements BookingSagaAction {
    }

    /** Cancel the booking (and give its time back) because the saga failed for {@code reason}. */
    record CancelBooking(String bookingId, String reason) implements BookingSagaAction {
    }
}
