package com.salondesk.domain.branch;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.shared.DeciderScenario;
import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.shared.WeeklyHours;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A branch's closures, booking window and resources, as the manager sets them. */
class BranchRulesDeciderTest {

    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    private static final String SOHO = "soho";
    private static final LocalDate BOXING_DAY = LocalDate.parse("2026-12-26");
    private static final BranchEvent.Opened OPENED = new BranchEvent.Opened(SOHO, "Soho",
            new Address("12 Greek Street", "London", "W1D 4DJ", "GB"), "Europe/London", "GBP",
            WeeklyHours.on(List.of(DayOfWeek.values()), TimeRange.of("09:00", "18:00")));
    private static final BranchEvent.ClosureAdded HOLIDAY =
            new BranchEvent.ClosureAdded(SOHO, "c1", BOXING_DAY, null, null, "Boxing Day");
    private static final BranchEvent.ClosureAdded TRAINING = new BranchEvent.ClosureAdded(SOHO, "c2",
            BOXING_DAY.plusDays(2), LocalTime.of(9, 0), LocalTime.of(12, 0), "Training");
    private static final BranchEvent.ResourceAdded BASINS = new BranchEvent.ResourceAdded(SOHO, "basin", "Basin", 2);

    private final DeciderScenario<BranchCommand, Branch, BranchEvent> branch = DeciderScenario.of(new BranchDecider());

    private static BranchCommand close(String id, LocalDate date, String from, String to, String reason) {
        return new BranchCommand.AddClosure(SOHO, id, date, from == null ? null : LocalTime.parse(from),
                to == null ? null : LocalTime.parse(to), reason, NOW);
    }

    @Test
    void a_branch_closes_for_a_holiday_and_for_a_morning() {
        branch.given(OPENED).when(close("c1", BOXING_DAY, null, null, " Boxing Day ")).thenEvents(HOLIDAY);
        branch.given(OPENED, HOLIDAY).when(close("c2", BOXING_DAY.plusDays(2), "09:00", "12:00", "Training"))
                .thenEvents(TRAINING);
    }

    @Test
    void the_same_closure_again_changes_nothing_and_removing_it_twice_neither() {
        branch.given(OPENED, HOLIDAY).when(close("c1", BOXING_DAY, null, null, "Boxing Day")).thenNothing();
        branch.given(OPENED, HOLIDAY).when(new BranchCommand.RemoveClosure(SOHO, "c1", NOW))
                .thenEvents(new BranchEvent.ClosureRemoved(SOHO, "c1"));
        branch.given(OPENED, HOLIDAY, new BranchEvent.ClosureRemoved(SOHO, "c1"))
                .when(new BranchCommand.RemoveClosure(SOHO, "c1", NOW)).thenNothing();
    }

    @Test
    void a_closure_is_refused_when_it_is_incomplete_or_overlaps_another() {
        branch.given(OPENED).when(close("c1", BOXING_DAY, "09:00", null, "x")).thenRejected("branch.closure-hours-incomplete");
        branch.given(OPENED).when(close("c1", BOXING_DAY, "12:00", "09:00", "x")).thenRejected("branch.closure-hours-invalid");
        branch.given(OPENED).when(close("c1", BOXING_DAY, null, null, " ")).thenRejected("branch.closure-reason-required");
        branch.given(OPENED).when(close("c1", null, null, null, "x")).thenRejected("branch.closure-date-required");
        branch.given(OPENED, HOLIDAY).when(close("c3", BOXING_DAY, "10:00", "11:00", "x"))
                .thenRejected("branch.closure-overlaps");
        branch.given(OPENED, HOLIDAY).when(close("c1", BOXING_DAY.plusDays(1), null, null, "x"))
                .thenRejected("branch.closure-exists");
        branch.given(OPENED, TRAINING).when(close("c3", BOXING_DAY.plusDays(2), "12:00", "13:00", "Lunch"))
                .thenEvents(new BranchEvent.ClosureAdded(SOHO, "c3", BOXING_DAY.plusDays(2), LocalTime.NOON,
                        LocalTime.of(13, 0), "Lunch"));
        branch.given().when(close("c1", BOXING_DAY, null, null, "x")).thenRejected("branch.not-found");
    }

    @Test
    void the_booking_window_is_kept_within_sense() {
        branch.given(OPENED).when(new BranchCommand.ChangeBookingWindow(SOHO, 120, 60, NOW))
                .thenEvents(new BranchEvent.BookingWindowChanged(SOHO, 120, 60));
        branch.given(OPENED, new BranchEvent.BookingWindowChanged(SOHO, 120, 60))
                .when(new BranchCommand.ChangeBookingWindow(SOHO, 120, 60, NOW)).thenNothing();
        branch.given(OPENED).when(new BranchCommand.ChangeBookingWindow(SOHO, -1, 60, NOW))
                .thenRejected("branch.invalid-minimum-notice");
        branch.given(OPENED).when(new BranchCommand.ChangeBookingWindow(SOHO, 0, 0, NOW))
                .thenRejected("branch.invalid-furthest-ahead");
        branch.given(OPENED).when(new BranchCommand.ChangeBookingWindow(SOHO, 2 * 24 * 60, 2, NOW))
                .thenRejected("branch.notice-beyond-furthest-ahead");
        // A branch that never set its window sets it, even to the standard one: from then on it is checked.
        branch.given(OPENED).when(new BranchCommand.ChangeBookingWindow(SOHO, 0, 366, NOW))
                .thenEvents(new BranchEvent.BookingWindowChanged(SOHO, 0, 366));
    }

    @Test
    void resources_are_added_and_changed_with_a_sensible_capacity() {
        branch.given(OPENED).when(new BranchCommand.AddResource(SOHO, "basin", " Basin ", 2, NOW)).thenEvents(BASINS);
        branch.given(OPENED, BASINS).when(new BranchCommand.AddResource(SOHO, "basin", "Basin", 2, NOW)).thenNothing();
        branch.given(OPENED, BASINS).when(new BranchCommand.AddResource(SOHO, "basin", "Sink", 3, NOW))
                .thenRejected("branch.resource-exists");
        branch.given(OPENED).when(new BranchCommand.AddResource(SOHO, "basin", "Basin", 0, NOW))
                .thenRejected("branch.invalid-resource-capacity");
        branch.given(OPENED).when(new BranchCommand.AddResource(SOHO, "basin", "", 1, NOW))
                .thenRejected("branch.resource-name-required");
        branch.given(OPENED).when(new BranchCommand.AddResource(SOHO, " ", "Basin", 1, NOW))
                .thenRejected("branch.resource-id-required");
        branch.given(OPENED, BASINS).when(new BranchCommand.ChangeResource(SOHO, "basin", "Basin", 3, NOW))
                .thenEvents(new BranchEvent.ResourceChanged(SOHO, "basin", "Basin", 3));
        branch.given(OPENED).when(new BranchCommand.ChangeResource(SOHO, "room", "Room", 1, NOW))
                .thenRejected("branch.resource-not-found");
    }

    @Test
    void the_state_holds_what_the_engine_needs() {
        var decider = new BranchDecider();
        var state = (Branch.Open) decider.fold(List.of(OPENED, HOLIDAY, TRAINING, BASINS,
                new BranchEvent.BookingWindowChanged(SOHO, 60, 30), new BranchEvent.CheckInWindowChanged(SOHO, 15)));

        assertThat(state.rules().engineClosures()).hasSize(2);
        assertThat(state.rules().resources()).containsKey("basin");
        assertThat(state.rules().window().minimumNotice().toMinutes()).isEqualTo(60);
        assertThat(state.checkInMinutes()).isEqualTo(15);
        assertThat(BranchDecider.again(TRAINING, NOW)).isEqualTo(close("c2", BOXING_DAY.plusDays(2), "09:00", "12:00",
                "Training"));
    }
}
