package com.salondesk.domain.staff;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.shared.DeciderScenario;
import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.shared.WeeklyHours;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stylist's breaks, one-off shifts and time off, as the manager records them. */
class StaffRulesDeciderTest {

    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    private static final String MARIA = "st-maria";
    private static final WeeklyHours HOURS = WeeklyHours.on(List.of(MONDAY, TUESDAY), TimeRange.of("09:00", "17:00"));
    private static final StaffEvent.Hired HIRED = new StaffEvent.Hired(MARIA, "soho", "Maria Lopez", StaffRole.STYLIST,
            List.of("cut"), HOURS);
    private static final WeeklyHours LUNCH = WeeklyHours.on(List.of(MONDAY, TUESDAY), TimeRange.of("13:00", "13:30"));
    private static final LocalDate SUNDAY = LocalDate.parse("2026-12-06");
    private static final StaffEvent.TimeOffAdded DENTIST = new StaffEvent.TimeOffAdded(MARIA, "t1",
            LocalDateTime.parse("2026-12-07T14:00"), LocalDateTime.parse("2026-12-07T16:00"), "Dentist");

    private final DeciderScenario<StaffCommand, StaffMember, StaffEvent> staff = DeciderScenario.of(new StaffDecider());

    private static StaffCommand off(String id, String start, String end, String reason) {
        return new StaffCommand.AddTimeOff(MARIA, id, LocalDateTime.parse(start), LocalDateTime.parse(end), reason, NOW);
    }

    @Test
    void breaks_lie_inside_the_working_hours() {
        staff.given(HIRED).when(new StaffCommand.ChangeBreaks(MARIA, LUNCH, NOW))
                .thenEvents(new StaffEvent.BreaksChanged(MARIA, LUNCH));
        staff.given(HIRED, new StaffEvent.BreaksChanged(MARIA, LUNCH))
                .when(new StaffCommand.ChangeBreaks(MARIA, LUNCH, NOW)).thenNothing();
        staff.given(HIRED).when(new StaffCommand.ChangeBreaks(MARIA,
                        WeeklyHours.on(List.of(MONDAY), TimeRange.of("16:30", "17:30")), NOW))
                .thenRejected("staff.break-outside-working-hours");
        staff.given().when(new StaffCommand.ChangeBreaks(MARIA, LUNCH, NOW)).thenRejected("staff.not-found");
    }

    @Test
    void a_shift_replaces_the_hours_of_its_date_and_can_be_taken_back() {
        var sundayShift = new StaffEvent.ShiftAdded(MARIA, SUNDAY, List.of(TimeRange.of("10:00", "14:00")));
        staff.given(HIRED).when(new StaffCommand.AddShift(MARIA, SUNDAY, List.of(TimeRange.of("10:00", "14:00")), NOW))
                .thenEvents(sundayShift);
        staff.given(HIRED, sundayShift)
                .when(new StaffCommand.AddShift(MARIA, SUNDAY, List.of(TimeRange.of("10:00", "14:00")), NOW))
                .thenNothing();
        staff.given(HIRED, sundayShift)
                .when(new StaffCommand.AddShift(MARIA, SUNDAY, List.of(TimeRange.of("11:00", "15:00")), NOW))
                .thenEvents(new StaffEvent.ShiftAdded(MARIA, SUNDAY, List.of(TimeRange.of("11:00", "15:00"))));
        staff.given(HIRED).when(new StaffCommand.AddShift(MARIA, SUNDAY,
                        List.of(TimeRange.of("10:00", "14:00"), TimeRange.of("13:00", "15:00")), NOW))
                .thenRejected("staff.shift-hours-overlap");
        staff.given(HIRED, sundayShift).when(new StaffCommand.RemoveShift(MARIA, SUNDAY, NOW))
                .thenEvents(new StaffEvent.ShiftRemoved(MARIA, SUNDAY));
        staff.given(HIRED).when(new StaffCommand.RemoveShift(MARIA, SUNDAY, NOW)).thenNothing();
    }

    @Test
    void time_off_ends_after_it_starts_and_does_not_overlap_other_time_off() {
        staff.given(HIRED).when(off("t1", "2026-12-07T14:00", "2026-12-07T16:00", " Dentist ")).thenEvents(DENTIST);
        staff.given(HIRED, DENTIST).when(off("t1", "2026-12-07T14:00", "2026-12-07T16:00", "Dentist")).thenNothing();
        staff.given(HIRED, DENTIST).when(off("t2", "2026-12-07T15:00", "2026-12-08T12:00", "Holiday"))
                .thenRejected("staff.time-off-overlaps");
        staff.given(HIRED, DENTIST).when(off("t1", "2026-12-09T15:00", "2026-12-09T16:00", "Dentist"))
                .thenRejected("staff.time-off-exists");
        staff.given(HIRED).when(off("t1", "2026-12-07T16:00", "2026-12-07T14:00", "x"))
                .thenRejected("staff.time-off-ends-before-start");
        staff.given(HIRED).when(off("t1", "2026-12-07T16:00", "2028-12-07T14:00", "x"))
                .thenRejected("staff.time-off-too-long");
        staff.given(HIRED, DENTIST).when(new StaffCommand.RemoveTimeOff(MARIA, "t1", NOW))
                .thenEvents(new StaffEvent.TimeOffRemoved(MARIA, "t1"));
    }

    @Test
    void the_state_keeps_the_rules_through_other_changes() {
        var state = (StaffMember.Employed) new StaffDecider().fold(List.of(HIRED, new StaffEvent.BreaksChanged(MARIA,
                LUNCH), DENTIST, new StaffEvent.ServicesChanged(MARIA, List.of("cut", "colour"))));

        assertThat(state.rules().breaks()).isEqualTo(LUNCH);
        assertThat(state.rules().timeOffList()).hasSize(1);
        assertThat(StaffDecider.again(DENTIST, NOW)).isEqualTo(off("t1", "2026-12-07T14:00", "2026-12-07T16:00",
                "Dentist"));
    }
}
