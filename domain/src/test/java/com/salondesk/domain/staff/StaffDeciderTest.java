package com.salondesk.domain.staff;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.shared.DeciderScenario;
import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.shared.WeeklyHours;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffDeciderTest {

    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    private static final String MARIA = "st-maria";
    private static final WeeklyHours EARLY = WeeklyHours.on(List.of(MONDAY, TUESDAY), TimeRange.of("09:00", "15:00"));
    private static final WeeklyHours LATE = WeeklyHours.on(List.of(TUESDAY, SATURDAY), TimeRange.of("12:00", "20:00"));
    private static final StaffEvent.Hired HIRED = new StaffEvent.Hired(MARIA, "soho", "Maria Lopez", StaffRole.STYLIST,
            List.of("colour", "cut"), EARLY);

    private final DeciderScenario<StaffCommand, StaffMember, StaffEvent> staff = DeciderScenario.of(new StaffDecider());

    private static StaffCommand hire(String name) {
        return new StaffCommand.Hire(MARIA, "soho", name, StaffRole.STYLIST, Set.of("cut", "colour"), EARLY, NOW);
    }

    @Test
    void a_manager_hires_a_stylist_with_the_services_she_performs_listed_in_order() {
        staff.given().when(hire(" Maria Lopez ")).thenEvents(HIRED);
    }

    @Test
    void a_staff_member_needs_a_name() {
        staff.given().when(hire("  ")).thenRejected("staff.name-required");
        staff.given().when(hire(null)).thenRejected("staff.name-required");
    }

    @Test
    void a_staff_member_is_hired_once() {
        staff.given(HIRED).when(hire("Maria Lopez")).thenRejected("staff.already-hired");
    }

    @Test
    void a_manager_changes_what_a_stylist_performs() {
        staff.given(HIRED)
                .when(new StaffCommand.ChangeServices(MARIA, Set.of("cut", "balayage", "colour"), NOW))
                .thenEvents(new StaffEvent.ServicesChanged(MARIA, List.of("balayage", "colour", "cut")));
    }

    @Test
    void the_same_services_in_another_order_change_nothing() {
        staff.given(HIRED).when(new StaffCommand.ChangeServices(MARIA, Set.of("cut", "colour"), NOW)).thenNothing();
        staff.given(HIRED, new StaffEvent.ServicesChanged(MARIA, List.of("cut")))
                .when(new StaffCommand.ChangeServices(MARIA, Set.of("cut"), NOW))
                .thenNothing();
    }

    @Test
    void services_of_someone_not_on_the_staff_cannot_change() {
        staff.given().when(new StaffCommand.ChangeServices(MARIA, Set.of("cut"), NOW)).thenRejected("staff.not-found");
    }

    @Test
    void a_manager_changes_a_stylists_working_hours() {
        staff.given(HIRED)
                .when(new StaffCommand.ChangeWorkingHours(MARIA, LATE, NOW))
                .thenEvents(new StaffEvent.WorkingHoursChanged(MARIA, LATE));
    }

    @Test
    void the_hours_she_already_works_change_nothing() {
        staff.given(HIRED).when(new StaffCommand.ChangeWorkingHours(MARIA, EARLY, NOW)).thenNothing();
        staff.given(HIRED, new StaffEvent.WorkingHoursChanged(MARIA, LATE))
                .when(new StaffCommand.ChangeWorkingHours(MARIA, LATE, NOW))
                .thenNothing();
    }

    @Test
    void hours_of_someone_not_on_the_staff_cannot_change() {
        staff.given().when(new StaffCommand.ChangeWorkingHours(MARIA, LATE, NOW)).thenRejected("staff.not-found");
    }

    @Test
    void an_employed_stylist_performs_only_her_services() {
        var decider = new StaffDecider();
        var maria = (StaffMember.Employed) decider.fold(List.of(HIRED, new StaffEvent.ServicesChanged(MARIA, List.of("cut"))));
        assertThat(maria.canPerform("cut")).isTrue();
        assertThat(maria.canPerform("colour")).isFalse();
        assertThat(maria.workingHours()).isEqualTo(EARLY);
    }

    @Test
    void stream_is_named_after_the_staff_member() {
        assertThat(StaffDecider.streamId(MARIA)).isEqualTo("staff-st-maria");
    }

    @Test
    void each_event_is_decided_again_as_the_command_that_recorded_it() {
        java.time.Instant at = java.time.Instant.parse("2026-11-26T08:00:00Z");
        staff.given().when(StaffDecider.again(HIRED, at)).thenEvents(HIRED);
        var services = new StaffEvent.ServicesChanged(MARIA, List.of("cut"));
        staff.given(HIRED).when(StaffDecider.again(services, at)).thenEvents(services);
    }
}
