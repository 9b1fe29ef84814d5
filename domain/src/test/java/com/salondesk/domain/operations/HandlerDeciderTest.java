package com.salondesk.domain.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.shared.DeciderScenario;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HandlerDeciderTest {

    private static final String EVENT = "0193a1b2-0000-7000-8000-000000000001";
    private static final String OTHER_EVENT = "0193a1b2-0000-7000-8000-000000000002";

    private final DeciderScenario<HandlerCommand, HandlerRecord, HandlerEvent> printer =
            DeciderScenario.of(new HandlerDecider());

    private static HandlerCommand skip(String eventId, String reason) {
        return new HandlerCommand.SkipEvent("printer", eventId, "booking-b1", "booking.created", reason);
    }

    @Test
    void skipping_an_event_records_the_reason_a_person_gave() {
        printer.given()
                .when(skip(EVENT, "  receipt printed by hand "))
                .thenEvents(new HandlerEvent.EventSkipped("printer", EVENT, "booking-b1", "booking.created",
                        "receipt printed by hand"));
    }

    @Test
    void a_skip_needs_a_reason() {
        printer.given().when(skip(EVENT, "   ")).thenRejected("handler.skip-reason-required");
        var refused = printer.given().when(skip(EVENT, null)).thenRejected("handler.skip-reason-required");
        assertThat(refused.text(Locale.ENGLISH))
                .isEqualTo("Say why printer should pass over this event; the reason is kept in the log.");
    }

    @Test
    void skipping_the_same_event_again_records_nothing() {
        printer.given(new HandlerEvent.EventSkipped("printer", EVENT, "booking-b1", "booking.created", "by hand"))
                .when(skip(EVENT, "printed again"))
                .thenNothing();
    }

    @Test
    void a_repeat_without_a_reason_is_still_refused() {
        printer.given(new HandlerEvent.EventSkipped("printer", EVENT, "booking-b1", "booking.created", "by hand"))
                .when(skip(EVENT, ""))
                .thenRejected("handler.skip-reason-required");
    }

    @Test
    void another_event_of_the_same_handler_can_be_skipped_too() {
        printer.given(new HandlerEvent.EventSkipped("printer", EVENT, "booking-b1", "booking.created", "by hand"))
                .when(skip(OTHER_EVENT, "customer left"))
                .thenEvents(new HandlerEvent.EventSkipped("printer", OTHER_EVENT, "booking-b1", "booking.created",
                        "customer left"));
    }

    @Test
    void stream_is_named_after_the_handler() {
        assertThat(HandlerDecider.streamId("printer")).isEqualTo("handler-printer");
    }
}
