package com.salondesk.domain.schedule;

import com.salondesk.domain.shared.DeciderScenario;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/**
 * A reservation displaced by the server's order is decided again on the day as it is now: it stands when the time
 * is still free (whatever the stylist's hours say now), and is refused when another desk's booking holds it.
 */
class DecidingDaysAgainTest {

    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");
    private static final LocalDate DAY = LocalDate.parse("2026-11-26");
    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime ELEVEN = LocalTime.of(11, 0);

    private final DeciderScenario<StaffDayCommand, StaffDay, StaffDayEvent> staffDay =
            DeciderScenario.of(new StaffDayDecider());
    private final DeciderScenario<CustomerDayCommand, CustomerDay, CustomerDayEvent> customerDay =
            DeciderScenario.of(new CustomerDayDecider());

    private static final StaffDayEvent.SlotReserved MINE = new StaffDayEvent.SlotReserved("anna", DAY, "bk-mine", TEN,
            ELEVEN, false);

    @Test
    void a_reservation_whose_time_is_still_free_is_recorded_again() {
        var other = new StaffDayEvent.SlotReserved("anna", DAY, "bk-other", ELEVEN, LocalTime.of(12, 0), false);
        staffDay.given(other).when(StaffDayDecider.again(MINE, NOW)).thenEvents(MINE);
    }

    @Test
    void a_reservation_whose_time_another_desk_took_is_refused() {
        var rival = new StaffDayEvent.SlotReserved("anna", DAY, "bk-rival", TEN, LocalTime.of(10, 30), false);
        staffDay.given(rival).when(StaffDayDecider.again(MINE, NOW)).thenRejected(StaffDayDecider.SLOT_TAKEN);
    }

    @Test
    void an_overbooking_stays_an_overbooking() {
        var rival = new StaffDayEvent.SlotReserved("anna", DAY, "bk-rival", TEN, ELEVEN, false);
        var overbooked = new StaffDayEvent.SlotReserved("anna", DAY, "bk-mine", TEN, ELEVEN, true);
        staffDay.given(rival).when(StaffDayDecider.again(overbooked, NOW)).thenEvents(overbooked);
    }

    @Test
    void a_release_is_decided_again_and_changes_nothing_when_the_time_is_gone_already() {
        var released = new StaffDayEvent.SlotReleased("anna", DAY, "bk-mine");
        staffDay.given(MINE).when(StaffDayDecider.again(released, NOW)).thenEvents(released);
        staffDay.given(MINE, released).when(StaffDayDecider.again(released, NOW)).thenNothing();
    }

    @Test
    void a_customers_visit_is_decided_again_likewise() {
        var mine = new CustomerDayEvent.VisitReserved("jane", DAY, "bk-mine", TEN, ELEVEN, false);
        var rival = new CustomerDayEvent.VisitReserved("jane", DAY, "bk-rival", TEN, ELEVEN, false);
        customerDay.given().when(CustomerDayDecider.again(mine, NOW)).thenEvents(mine);
        customerDay.given(rival).when(CustomerDayDecider.again(mine, NOW))
                .thenRejected(CustomerDayDecider.ALREADY_BOOKED);
        var released = new CustomerDayEvent.VisitReleased("jane", DAY, "bk-mine");
        customerDay.given(mine).when(CustomerDayDecider.again(released, NOW)).thenEvents(released);
    }
}
