package com.salondesk.domain.stock;

/** One movement's stream: nothing yet, or the movement recorded (which is then never changed). */
public sealed interface StockMovement {
    record NotRecorded() implements StockMovement {
    }

    record Recorded(String movementId, String branchId) implements StockMovement {
    }
}
