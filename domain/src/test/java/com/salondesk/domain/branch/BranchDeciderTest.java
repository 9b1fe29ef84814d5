package com.salondesk.domain.branch;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.shared.DeciderScenario;
import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.shared.WeeklyHours;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BranchDeciderTest {

    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    private static final String SOHO = "soho";
    private static final Address ADDRESS = new Address("12 Greek Street", "London", "W1D 4DJ", "GB");
    private static final WeeklyHours WEEKDAYS = WeeklyHours.on(List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY),
            TimeRange.of("09:00", "18:00"));
    private static final WeeklyHours WITH_SATURDAY = WeeklyHours.on(
            List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY), TimeRange.of("09:00", "18:00"));
    private static final BranchEvent.Opened OPENED =
            new BranchEvent.Opened(SOHO, "Soho", ADDRESS, "Europe/London", "GBP", WEEKDAYS);

    private final DeciderScenario<BranchCommand, Branch, BranchEvent> branch = DeciderScenario.of(new BranchDecider());

    private static BranchCommand open(String name, String zone, String currency) {
        return new BranchCommand.Open(SOHO, name, ADDRESS, zone, currency, WEEKDAYS, NOW);
    }

    private static BranchCommand changeHours(WeeklyHours hours) {
        return new BranchCommand.ChangeOpeningHours(SOHO, hours, NOW);
    }

    @Test
    void headquarters_opens_a_branch() {
        branch.given().when(open(" Soho ", "Europe/London", "GBP")).thenEvents(OPENED);
    }

    @Test
    void a_branch_needs_a_name() {
        branch.given().when(open(" ", "Europe/London", "GBP")).thenRejected("branch.name-required");
        branch.given().when(open(null, "Europe/London", "GBP")).thenRejected("branch.name-required");
    }

    @Test
    void a_branch_needs_a_real_time_zone() {
        branch.given().when(open("Soho", "Mars/Olympus_Mons", "GBP")).thenRejected("branch.unknown-time-zone");
        branch.given().when(open("Soho", null, "GBP")).thenRejected("branch.unknown-time-zone");
    }

    @Test
    void a_branch_needs_a_real_currency() {
        branch.given().when(open("Soho", "Europe/London", "XYZ")).thenRejected("branch.unknown-currency");
        branch.given().when(open("Soho", "Europe/London", "gbp")).thenRejected("branch.unknown-currency");
        branch.given().when(open("Soho", "Europe/London", null)).thenRejected("branch.unknown-currency");
    }

    @Test
    void a_branch_opens_once() {
        branch.given(OPENED).when(open("Soho", "Europe/London", "GBP")).thenRejected("branch.already-open");
    }

    @Test
    void a_manager_changes_the_opening_hours() {
        branch.given(OPENED)
                .when(changeHours(WITH_SATURDAY))
                .thenEvents(new BranchEvent.OpeningHoursChanged(SOHO, WITH_SATURDAY));
    }

    @Test
    void setting_the_hours_the_branch_already_has_changes_nothing() {
        Map<DayOfWeek, List<TimeRange>> sameHoursWrittenOut = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(FRIDAY, THURSDAY, WEDNESDAY, TUESDAY, MONDAY)) {
            sameHoursWrittenOut.put(day, List.of(TimeRange.of("09:00", "18:00")));
        }
        sameHoursWrittenOut.put(SUNDAY, List.of());

        branch.given(OPENED).when(changeHours(new WeeklyHours(sameHoursWrittenOut))).thenNothing();
    }

    @Test
    void the_latest_hours_count() {
        branch.given(OPENED, new BranchEvent.OpeningHoursChanged(SOHO, WITH_SATURDAY))
                .when(changeHours(WITH_SATURDAY))
                .thenNothing();
        branch.given(OPENED, new BranchEvent.OpeningHoursChanged(SOHO, WITH_SATURDAY))
                .when(changeHours(WEEKDAYS))
                .thenEvents(new BranchEvent.OpeningHoursChanged(SOHO, WEEKDAYS));
    }

    @Test
    void hours_of_a_branch_that_never_opened_cannot_change() {
        branch.given().when(changeHours(WEEKDAYS)).thenRejected("branch.not-found");
    }

    @Test
    void stream_is_named_after_the_branch() {
        assertThat(BranchDecider.streamId(SOHO)).isEqualTo("branch-soho");
    }

    @Test
    void a_branch_checks_in_half_an_hour_early_until_it_says_otherwise() {
        assertThat(new BranchDecider().fold(List.of(OPENED))).extracting(b -> ((Branch.Open) b).checkInMinutes())
                .isEqualTo(30);
        var changed = new BranchEvent.CheckInWindowChanged(SOHO, 15);
        branch.given(OPENED).when(new BranchCommand.ChangeCheckInWindow(SOHO, 15, NOW)).thenEvents(changed);
        assertThat(new BranchDecider().fold(List.of(OPENED, changed, new BranchEvent.OpeningHoursChanged(SOHO,
                WITH_SATURDAY)))).extracting(b -> ((Branch.Open) b).checkInMinutes()).isEqualTo(15);
        branch.given(OPENED, changed).when(new BranchCommand.ChangeCheckInWindow(SOHO, 15, NOW)).thenNothing();
    }

    @Test
    void a_check_in_window_is_between_none_and_four_hours() {
        branch.given(OPENED).when(new BranchCommand.ChangeCheckInWindow(SOHO, -5, NOW))
                .thenRejected("branch.invalid-check-in-window");
        branch.given(OPENED).when(new BranchCommand.ChangeCheckInWindow(SOHO, 241, NOW))
                .thenRejected("branch.invalid-check-in-window");
        branch.given().when(new BranchCommand.ChangeCheckInWindow(SOHO, 20, NOW)).thenRejected("branch.not-found");
    }

    @Test
    void each_event_is_decided_again_as_the_command_that_recorded_it() {
        Instant at = Instant.parse("2026-11-26T08:00:00Z");
        branch.given().when(BranchDecider.again(OPENED, at)).thenEvents(OPENED);
        var window = new BranchEvent.CheckInWindowChanged(SOHO, 15);
        branch.given(OPENED).when(BranchDecider.again(window, at)).thenEvents(window);
    }
}
