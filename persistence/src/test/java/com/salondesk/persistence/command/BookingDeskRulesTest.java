package com.salondesk.persistence.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salondesk.domain.booking.NewBooking;
import com.salondesk.domain.branch.BranchCommand;
import com.salondesk.domain.customer.CustomerDetails;
import com.salondesk.domain.resource.ResourceDayDecider;
import com.salondesk.domain.service.ServiceCommand;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.Money;
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
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** New bookings on a real desk, judged by closures, breaks, the booking window, processing time and resources. */
class BookingDeskRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final Clock CLOCK = TestChain.clockFrom("2026-11-30T08:00:00Z");
    private static final WeeklyHours DAILY = WeeklyHours.on(List.of(DayOfWeek.values()), TimeRange.of("09:00", "18:00"));

    @TempDir
    Path folder;
    private DeskBackEnd desk;
    private TestChain chain;
    private String ann;

    @BeforeEach
    void open() {
        desk = DeskBackEnd.open(folder, CLOCK);
        chain = TestChain.setUp(desk);
        ann = desk.setup().registerCustomer(TestChain.ctx(), new CustomerDetails("Ann Other", "+44 20 7946 0001",
                "ann@example.com", "", false), NOW);
        desk.setup().addService(TestChain.ctx(), new ServiceCommand.Add("fringe", "Fringe trim", "Hair", 30,
                Money.of("15.00", "GBP"), NOW));
        for (String colourist : List.of("bea", "cara")) {
            desk.setup().hire(TestChain.ctx(), new StaffCommand.Hire(colourist, TestChain.BRANCH, colourist,
                    StaffRole.COLOURIST, Set.of(TestChain.COLOUR, "fringe"), DAILY, NOW));
        }
        desk.availabilitySetup().branch(TestChain.ctx(), new BranchCommand.AddResource(TestChain.BRANCH, "basin",
                "Basin", 1, NOW));
        desk.availabilitySetup().service(TestChain.ctx(), new ServiceCommand.ChangeTiming(TestChain.COLOUR, 30, 30, 15,
                0, NOW));
        desk.availabilitySetup().service(TestChain.ctx(), new ServiceCommand.ChangeResources(TestChain.COLOUR,
                List.of("basin"), NOW));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private String book(String customerId, String staffId, String serviceId, String start, String end) {
        return desk.bookings().book(TestChain.ctx(), new NewBooking(customerId, TestChain.BRANCH, staffId, serviceId,
                LocalDateTime.parse(start), LocalDateTime.parse(end), false));
    }

    private String refusal(String customerId, String staffId, String serviceId, String start, String end) {
        long before = desk.log().headPosition();
        try {
            book(customerId, staffId, serviceId, start, end);
            return "booked";
        } catch (DomainRejection refused) {
            assertThat(desk.log().headPosition()).as("a refused booking records nothing").isEqualTo(before);
            return refused.code();
        }
    }

    @Test
    void a_closed_morning_a_break_and_the_booking_window_refuse_with_their_reasons() {
        desk.availabilitySetup().branch(TestChain.ctx(), new BranchCommand.AddClosure(TestChain.BRANCH, "c1",
                LocalDate.parse("2026-12-01"), java.time.LocalTime.of(9, 0), java.time.LocalTime.NOON, "Training", NOW));
        desk.availabilitySetup().staff(TestChain.ctx(), new StaffCommand.ChangeBreaks(TestChain.STYLIST,
                WeeklyHours.on(List.of(DayOfWeek.values()), TimeRange.of("13:00", "14:00")), NOW));
        desk.availabilitySetup().branch(TestChain.ctx(), new BranchCommand.ChangeBookingWindow(TestChain.BRANCH, 120,
                30, NOW));

        assertThat(refusal(chain.customerId, TestChain.STYLIST, TestChain.CUT, "2026-12-01T11:00", "2026-12-01T11:45"))
                .isEqualTo("booking.falls-on-closure");
        assertThat(refusal(chain.customerId, TestChain.STYLIST, TestChain.CUT, "2026-12-01T12:30", "2026-12-01T13:15"))
                .isEqualTo("booking.falls-on-break");
        assertThat(refusal(chain.customerId, TestChain.STYLIST, TestChain.CUT, "2026-11-30T09:00", "2026-11-30T09:45"))
                .isEqualTo("booking.too-short-notice");
        assertThat(refusal(chain.customerId, TestChain.STYLIST, TestChain.CUT, "2027-01-04T09:00", "2027-01-04T09:45"))
                .isEqualTo("booking.too-far-ahead");
        assertThat(refusal(chain.customerId, TestChain.STYLIST, TestChain.CUT, "2026-12-01T12:00", "2026-12-01T12:45"))
                .isEqualTo("booked");
    }

    @Test
    void the_colourist_takes_another_client_while_a_colour_develops() {
        book(chain.customerId, "bea", TestChain.COLOUR, "2026-12-01T10:00", "2026-12-01T11:15");

        assertThat(refusal(ann, "bea", "fringe", "2026-12-01T10:30", "2026-12-01T11:00")).isEqualTo("booked");
        assertThat(refusal(ann, "bea", "fringe", "2026-12-01T11:00", "2026-12-01T11:30")).isEqualTo(
                "schedule.slot-taken");
    }

    @Test
    void the_only_basin_is_not_booked_twice_and_comes_back_when_the_colour_is_cancelled() {
        String first = book(chain.customerId, "bea", TestChain.COLOUR, "2026-12-01T10:00", "2026-12-01T11:15");

        assertThat(refusal(ann, "cara", TestChain.COLOUR, "2026-12-01T10:30", "2026-12-01T11:45"))
                .isEqualTo(ResourceDayDecider.FULL);
        assertThatThrownBy(() -> book(ann, "cara", TestChain.COLOUR, "2026-12-01T10:30", "2026-12-01T11:45"))
                .hasMessageContaining("Basin");

        desk.bookings().cancel(TestChain.ctx(), first, "changed her mind");

        assertThat(refusal(ann, "cara", TestChain.COLOUR, "2026-12-01T10:30", "2026-12-01T11:45")).isEqualTo("booked");
    }
}
