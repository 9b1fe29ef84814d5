package com.salondesk.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.shared.DeciderScenario;
import com.salondesk.domain.shared.TimeRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class CustomerDayDeciderTest {

    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");
    private static final LocalDate DAY = LocalDate.parse("2026-11-26");

    private final DeciderScenario<CustomerDayCommand, CustomerDay, CustomerDayEvent> day =
            DeciderScenario.of(new CustomerDayDecider());

    private static CustomerDayCommand reserve(String bookingId, String start, String end, boolean overbook) {
        return new CustomerDayCommand.Reserve("jane", DAY, bookingId, TimeRange.of(start, end), overbook, NOW);
    }

    private static CustomerDayEvent reserved(String bookingId, String start, String end, boolean overbooked) {
        return new CustomerDayEvent.VisitReserved("jane", DAY, bookingId, LocalTime.parse(start), LocalTime.parse(end),
                overbooked);
    }

    private final CustomerDayEvent cutWithAnna = reserved("bk-1", "10:00", "10:45", false);

    @Test
    void a_free_customer_is_booked() {
        day.given().when(reserve("bk-1", "10:00", "10:45", false)).thenEvents(cutWithAnna);
        day.given(cutWithAnna).when(reserve("bk-2", "10:45", "11:30", false))
                .thenEvents(reserved("bk-2", "10:45", "11:30", false));
    }

    @Test
    void a_customer_is_not_booked_twice_at_once_with_another_stylist() {
        var rejection = day.given(cutWithAnna).when(reserve("bk-2", "10:30", "11:00", false))
                .thenRejected(CustomerDayDecider.ALREADY_BOOKED);
        assertThat(rejection.getMessage()).isEqualTo("The customer is already booked 10:00\u202FAM–10:45\u202FAM on Nov 26, 2026"
                + " (with another stylist), which overlaps 10:30\u202FAM–11:00\u202FAM.");
    }

    @Test
    void a_manager_may_overbook_the_customer_on_purpose_and_it_is_recorded_as_such() {
        day.given(cutWithAnna).when(reserve("bk-2", "10:30", "11:00", true))
                .thenEvents(reserved("bk-2", "10:30", "11:00", true));
    }

    @Test
    void a_released_visit_frees_the_time_and_a_repeat_changes_nothing() {
        var released = new CustomerDayEvent.VisitReleased("jane", DAY, "bk-1");
        day.given(cutWithAnna).when(new CustomerDayCommand.Release("jane", DAY, "bk-1", NOW)).thenEvents(released);
        day.given(cutWithAnna, released).when(reserve("bk-2", "10:30", "11:00", false))
                .thenEvents(reserved("bk-2", "10:30", "11:00", false));
        day.given(cutWithAnna).when(reserve("bk-1", "10:00", "10:45", false)).thenNothing();
        day.given(cutWithAnna).when(reserve("bk-1", "11:00", "11:45", false))
                .thenRejected(CustomerDayDecider.ALREADY_RESERVED);
    }

    @Test
    void releasing_a_booking_made_before_customer_days_existed_changes_nothing() {
        day.given().when(new CustomerDayCommand.Release("jane", DAY, "bk-old", NOW)).thenNothing();
    }

    @Test
    void stream_is_named_after_the_customer_and_the_day() {
        assertThat(CustomerDayDecider.streamId("jane", DAY)).isEqualTo("customer-day-jane-2026-11-26");
    }
}
