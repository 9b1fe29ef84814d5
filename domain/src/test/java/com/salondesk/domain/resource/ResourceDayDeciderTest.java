package com.salondesk.domain.resource;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.shared.DeciderScenario;
import com.salondesk.domain.shared.TimeRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** A resource's day takes no more bookings at once than it has units. */
class ResourceDayDeciderTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final LocalDate TUESDAY = LocalDate.parse("2026-12-01");

    private final DeciderScenario<ResourceDayCommand, ResourceDay, ResourceDayEvent> basins =
            DeciderScenario.of(new ResourceDayDecider());

    private static ResourceDayCommand reserve(String bookingId, String from, String to, int capacity) {
        return new ResourceDayCommand.Reserve("soho", "basin", TUESDAY, bookingId, TimeRange.of(from, to), "Basin",
                capacity, NOW);
    }

    private static ResourceDayEvent.Reserved reserved(String bookingId, String from, String to, int capacity) {
        return new ResourceDayEvent.Reserved("soho", "basin", TUESDAY, bookingId, LocalTime.parse(from),
                LocalTime.parse(to), "Basin", capacity);
    }

    @Test
    void a_basin_takes_one_client_at_a_time_and_two_basins_two() {
        basins.given().when(reserve("b1", "10:00", "11:15", 1)).thenEvents(reserved("b1", "10:00", "11:15", 1));
        basins.given(reserved("b1", "10:00", "11:15", 1)).when(reserve("b2", "11:00", "12:00", 1))
                .thenRejected(ResourceDayDecider.FULL);
        basins.given(reserved("b1", "10:00", "11:15", 1)).when(reserve("b2", "11:15", "12:00", 1))
                .thenEvents(reserved("b2", "11:15", "12:00", 1));
        basins.given(reserved("b1", "10:00", "11:15", 2)).when(reserve("b2", "10:30", "11:45", 2))
                .thenEvents(reserved("b2", "10:30", "11:45", 2));
    }

    @Test
    void full_is_found_where_the_bookings_pile_up_not_where_the_new_one_starts() {
        var early = reserved("b1", "09:00", "10:30", 2);
        var late = reserved("b2", "10:00", "12:00", 2);

        var refused = basins.given(early, late).when(reserve("b3", "09:45", "10:15", 2))
                .thenRejected(ResourceDayDecider.FULL);
        assertThat(refused.arguments()).contains(LocalTime.of(10, 0));
        basins.given(early, late).when(reserve("b3", "10:30", "11:00", 2)).thenEvents(reserved("b3", "10:30", "11:00",
                2));
    }

    @Test
    void a_release_gives_the_unit_back_once() {
        basins.given(reserved("b1", "10:00", "11:15", 1))
                .when(new ResourceDayCommand.Release("soho", "basin", TUESDAY, "b1", NOW))
                .thenEvents(new ResourceDayEvent.Released("soho", "basin", TUESDAY, "b1"));
        basins.given().when(new ResourceDayCommand.Release("soho", "basin", TUESDAY, "b1", NOW)).thenNothing();
        basins.given(reserved("b1", "10:00", "11:15", 1)).when(reserve("b1", "10:00", "11:15", 1)).thenNothing();
        // Moved the same day: its own unit does not count against it.
        basins.given(reserved("b1", "10:00", "11:15", 1)).when(reserve("b1", "10:30", "11:45", 1))
                .thenEvents(reserved("b1", "10:30", "11:45", 1));
    }

    @Test
    void deciding_again_keeps_the_capacity_it_was_booked_with() {
        assertThat(ResourceDayDecider.again(reserved("b1", "10:00", "11:15", 3), NOW))
                .isEqualTo(reserve("b1", "10:00", "11:15", 3));
    }
}
