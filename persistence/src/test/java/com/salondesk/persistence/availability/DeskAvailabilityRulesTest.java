package com.salondesk.persistence.availability;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.availability.Stylists;
import com.salondesk.domain.availability.VisitRequest;
import com.salondesk.domain.availability.VisitSlot;
import com.salondesk.domain.booking.NewBooking;
import com.salondesk.domain.branch.BranchCommand;
import com.salondesk.domain.service.ServiceCommand;
import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.shared.WeeklyHours;
import com.salondesk.domain.staff.StaffCommand;
import com.salondesk.domain.staff.StaffRole;
import com.salondesk.persistence.TestChain;
import com.salondesk.persistence.backend.DeskBackEnd;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closures, breaks, time off, processing time and resources, recorded on a real desk, change what it offers. */
class DeskAvailabilityRulesTest {

    private static final LocalDate TUESDAY = LocalDate.parse("2026-12-01");
    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final Clock CLOCK = TestChain.clockFrom("2026-11-30T08:00:00Z");
    private static final String BEA = "bea";

    @TempDir
    Path folder;
    private DeskBackEnd desk;
    private TestChain chain;

    @BeforeEach
    void open() {
        desk = DeskBackEnd.open(folder, CLOCK);
        chain = TestChain.setUp(desk);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private List<String> slots(String serviceId, String staffId) {
        var request = new VisitRequest(List.of(serviceId), Stylists.named(staffId), Optional.empty(), NOW);
        return desk.availability().read(TestChain.BRANCH, b -> b.freeSlots(request, TUESDAY)).orElseThrow().stream()
                .map(VisitSlot::start).map(t -> t.toLocalTime().toString()).toList();
    }

    private List<String> picture(String staffId) {
        return desk.availability().dayPicture(TestChain.BRANCH, staffId, TUESDAY).stream()
                .map(s -> s.from() + "-" + s.to() + " " + s.kind()).toList();
    }

    private Optional<LocalDateTime> nextCut() {
        var request = new VisitRequest(List.of(TestChain.CUT), Stylists.anyone(), Optional.empty(), NOW);
        return desk.availability().read(TestChain.BRANCH, b -> b.nextSlot(request)).orElseThrow().map(VisitSlot::start);
    }

    @Test
    void a_holiday_closes_the_day_and_the_next_slot_moves_to_the_day_after() {
        assertThat(nextCut()).contains(LocalDateTime.parse("2026-11-30T09:00"));

        for (LocalDate day : List.of(TUESDAY.minusDays(1), TUESDAY)) {
            desk.availabilitySetup().branch(TestChain.ctx(), new BranchCommand.AddClosure(TestChain.BRANCH,
                    "c-" + day, day, null, null, "Staff outing", NOW));
        }

        assertThat(slots(TestChain.CUT, TestChain.STYLIST)).isEmpty();
        assertThat(picture(TestChain.STYLIST)).containsExactly("09:00-18:00 BLOCKED");
        assertThat(nextCut()).contains(LocalDateTime.parse("2026-12-02T09:00"));

        desk.availabilitySetup().branch(TestChain.ctx(), new BranchCommand.RemoveClosure(TestChain.BRANCH,
                "c-" + TUESDAY, NOW));
        assertThat(slots(TestChain.CUT, TestChain.STYLIST)).startsWith("09:00");
    }

    @Test
    void a_break_and_time_off_are_not_offered() {
        desk.availabilitySetup().staff(TestChain.ctx(), new StaffCommand.ChangeBreaks(TestChain.STYLIST,
                WeeklyHours.on(List.of(DayOfWeek.values()), TimeRange.of("12:00", "13:00")), NOW));
        desk.availabilitySetup().staff(TestChain.ctx(), new StaffCommand.AddTimeOff(TestChain.STYLIST, "t1",
                LocalDateTime.parse("2026-12-01T15:00"), LocalDateTime.parse("2026-12-02T12:00"), "Dentist", NOW));

        assertThat(slots(TestChain.CUT, TestChain.STYLIST)).contains("11:15", "13:00", "14:15")
                .doesNotContain("11:20", "12:00", "12:30", "14:20", "16:00");
        assertThat(picture(TestChain.STYLIST)).containsExactly("09:00-12:00 FREE", "12:00-13:00 BLOCKED",
                "13:00-15:00 FREE", "15:00-18:00 BLOCKED");
    }

    @Test
    void a_one_off_shift_replaces_the_days_hours() {
        desk.availabilitySetup().staff(TestChain.ctx(), new StaffCommand.AddShift(TestChain.STYLIST, TUESDAY,
                List.of(TimeRange.of("13:00", "17:00")), NOW));

        assertThat(slots(TestChain.CUT, TestChain.STYLIST)).startsWith("13:00").endsWith("16:15");
        assertThat(picture(TestChain.STYLIST)).containsExactly("09:00-13:00 BLOCKED", "13:00-17:00 FREE",
                "17:00-18:00 BLOCKED");
    }

    @Test
    void processing_frees_the_stylist_but_not_a_full_basin() {
        desk.availabilitySetup().branch(TestChain.ctx(), new BranchCommand.AddResource(TestChain.BRANCH, "basin",
                "Basin", 1, NOW));
        desk.availabilitySetup().service(TestChain.ctx(), new ServiceCommand.ChangeTiming(TestChain.COLOUR, 30, 30,
                15, 0, NOW));
        desk.availabilitySetup().service(TestChain.ctx(), new ServiceCommand.ChangeResources(TestChain.COLOUR,
                List.of("basin"), NOW));
        desk.setup().hire(TestChain.ctx(), new StaffCommand.Hire(BEA, TestChain.BRANCH, "Bea Stone",
                StaffRole.COLOURIST, Set.of(TestChain.COLOUR),
                WeeklyHours.on(List.of(DayOfWeek.values()), TimeRange.of("09:00", "18:00")), NOW));
        desk.bookings().book(TestChain.ctx(), new NewBooking(chain.customerId, TestChain.BRANCH, BEA,
                TestChain.COLOUR, LocalDateTime.parse("2026-12-01T10:00"), LocalDateTime.parse("2026-12-01T11:15"),
                false));

        assertThat(picture(BEA)).containsExactly("09:00-10:00 FREE", "10:00-10:30 BOOKED", "10:30-11:00 PROCESSING",
                "11:00-11:15 BOOKED", "11:15-18:00 FREE");
        // Bea could start another colour while the first develops, but the only basin is in use until 11:15.
        assertThat(slots(TestChain.COLOUR, BEA)).contains("11:15")
                .doesNotContain("10:30", "10:00", "11:00");

        desk.availabilitySetup().branch(TestChain.ctx(), new BranchCommand.ChangeResource(TestChain.BRANCH, "basin",
                "Basin", 2, NOW));

        assertThat(slots(TestChain.COLOUR, BEA)).contains("10:30", "11:15").doesNotContain("10:00", "10:15", "11:00");
    }
}
