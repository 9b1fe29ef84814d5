package com.salondesk.persistence.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.booking.BookingStatus;
import com.salondesk.domain.booking.NewBooking;
import com.salondesk.domain.branch.Address;
import com.salondesk.domain.branch.BranchCommand;
import com.salondesk.domain.customer.CustomerDetails;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.shared.WeeklyHours;
import com.salondesk.domain.staff.StaffCommand;
import com.salondesk.domain.staff.StaffRole;
import com.salondesk.persistence.TestChain;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.command.Tendered;
import com.salondesk.persistence.read.DashboardDay;
import com.salondesk.persistence.read.DashboardQueries;
import com.salondesk.persistence.read.DashboardScope;
import com.salondesk.persistence.read.RebookingFigure;
import com.salondesk.persistence.read.StylistLoad;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's read model on a real desk: the figures of a known day, per branch and for the chain, and a replay. */
class DashboardProjectionTest {

    private static final LocalDate DAY = LocalDate.parse("2026-12-02");
    private static final LocalDate TAKINGS_DAY = LocalDate.parse("2026-12-06");
    private static final DashboardScope SOHO = DashboardScope.branch(TestChain.BRANCH);

    @TempDir
    Path folder;

    @Test
    void aKnownDayGivesItsFiguresAndAReplayGivesTheSame() {
        try (DeskBackEnd desk = DeskBackEnd.open(folder, TestChain.clockFrom("2026-12-06T12:00:00Z"))) {
            TestChain chain = TestChain.setUp(desk);
            String jane = chain.customerId;
            String tom = customer(desk, "Tom Reed", "+44 20 7946 0001");
            String lia = customer(desk, "Lia Chen", "+44 20 7946 0002");
            openCamden(desk);

            String janesVisit = book(desk, jane, TestChain.BRANCH, TestChain.STYLIST, "2026-12-02T09:00");
            String tomsVisit = book(desk, tom, TestChain.BRANCH, TestChain.STYLIST, "2026-12-02T10:00");
            String cancelled = book(desk, jane, TestChain.BRANCH, TestChain.STYLIST, "2026-12-02T11:00");
            String missed = book(desk, lia, TestChain.BRANCH, TestChain.STYLIST, "2026-12-02T12:00");
            String confirmed = book(desk, lia, TestChain.BRANCH, TestChain.STYLIST, "2026-12-02T13:00");
            book(desk, jane, TestChain.BRANCH, TestChain.STYLIST, "2026-12-09T09:00");
            book(desk, tom, "camden", "ben", "2026-12-02T14:00");
            for (String visit : List.of(janesVisit, tomsVisit)) {
                desk.bookings().checkIn(TestChain.ctx(), visit);
                desk.bookings().complete(TestChain.ctx(), visit);
            }
            desk.bookings().cancel(TestChain.ctx(), cancelled, "flu");
            desk.bookings().markNoShow(TestChain.ctx(), missed);
            desk.bookings().confirm(TestChain.ctx(), confirmed);

            desk.payments().takeDeposit(TestChain.ctx(), janesVisit, Tendered.cash(gbp("20.00"), gbp("20.00")));
            String card = desk.payments().takeDeposit(TestChain.ctx(), tomsVisit, Tendered.card(gbp("30.00"), "APPROVED-1"));
            desk.payments().refund(TestChain.ctx(), card, gbp("5.00"), "half the colour");
            var voucher = desk.payments().sellVoucher(TestChain.ctx(), TestChain.BRANCH, gbp("50.00"),
                    Tendered.cash(gbp("50.00"), gbp("50.00")), jane);
            desk.payments().takeDeposit(TestChain.ctx(), confirmed, Tendered.voucher(gbp("10.00"), voucher.code()));
            TestChain.settle(desk);

            DashboardQueries queries = desk.dashboardQueries();
            DashboardDay soho = queries.days(SOHO, DAY, DAY).getFirst();
            assertThat(soho.standing()).isEqualTo(4);
            assertThat(soho.count(BookingStatus.COMPLETED)).isEqualTo(2);
            assertThat(soho.count(BookingStatus.CANCELLED)).isEqualTo(1);
            assertThat(soho.count(BookingStatus.NO_SHOW)).isEqualTo(1);
            assertThat(soho.count(BookingStatus.CONFIRMED)).isEqualTo(1);
            // Three bookings that stand and were not missed, at the cut's 55.00.
            assertThat(soho.expected()).containsExactly(gbp("165.00"));
            assertThat(soho.taken()).isEmpty();

            // Deposits 20 + 30, less the 5 refunded, and the voucher sold for 50; paying with the voucher adds nothing.
            assertThat(queries.days(SOHO, TAKINGS_DAY, TAKINGS_DAY).getFirst().taken()).containsExactly(gbp("95.00"));
            List<DashboardDay> week = queries.days(SOHO, DAY, TAKINGS_DAY);
            assertThat(week).extracting(DashboardDay::date)
                    .containsExactly(DAY, DAY.plusDays(1), DAY.plusDays(2), DAY.plusDays(3), TAKINGS_DAY);

            DashboardDay wholeChain = queries.days(DashboardScope.wholeChain(), DAY, DAY).getFirst();
            assertThat(wholeChain.standing()).isEqualTo(5);
            assertThat(wholeChain.expected()).containsExactly(gbp("220.00"));

            // Anna: four bookings of 45 minutes stand (the no-show's time was booked too) in a day of 09–18.
            assertThat(queries.stylists(SOHO, DAY, DAY))
                    .containsExactly(new StylistLoad(TestChain.STYLIST, "Anna Berg", TestChain.BRANCH, 180, 540));
            assertThat(queries.stylists(DashboardScope.wholeChain(), DAY, DAY)).extracting(StylistLoad::staffId)
                    .containsExactly(TestChain.STYLIST, "ben");
            // Ben works 10–16 in a branch open 09–17, seven days.
            assertThat(queries.stylists(DashboardScope.branch("camden"), DAY, DAY.plusDays(6)))
                    .containsExactly(new StylistLoad("ben", "Ben Ward", "camden", 45, 7 * 360));

            // Jane and Tom were seen at Soho on the day; Jane has booked there again, Tom has not.
            assertThat(queries.rebooking(SOHO, DAY, DAY)).isEqualTo(new RebookingFigure(2, 1));
            // In the chain, Tom's afternoon booking at Camden counts.
            assertThat(queries.rebooking(DashboardScope.wholeChain(), DAY, DAY)).isEqualTo(new RebookingFigure(2, 2));
            assertThat(queries.rebooking(SOHO, DAY.plusDays(1), DAY.plusDays(3))).isEqualTo(new RebookingFigure(0, 0));

            Result<?> rows = rows(desk.database().dsl());
            var days = queries.days(DashboardScope.wholeChain(), DAY, TAKINGS_DAY);
            var stylists = queries.stylists(DashboardScope.wholeChain(), DAY, TAKINGS_DAY);
            var rebooking = queries.rebooking(DashboardScope.wholeChain(), DAY, TAKINGS_DAY);

            desk.runtime().projections().rebuild(DashboardProjection.NAME);

            assertThat(rows(desk.database().dsl())).isEqualTo(rows);
            assertThat(queries.days(DashboardScope.wholeChain(), DAY, TAKINGS_DAY)).isEqualTo(days);
            assertThat(queries.stylists(DashboardScope.wholeChain(), DAY, TAKINGS_DAY)).isEqualTo(stylists);
            assertThat(queries.rebooking(DashboardScope.wholeChain(), DAY, TAKINGS_DAY)).isEqualTo(rebooking);
        }
    }

    @Test
    void theFiguresSurviveARestartAndFollowWhatHappensAfterIt() {
        String bookingId;
        try (DeskBackEnd desk = DeskBackEnd.open(folder, TestChain.clockFrom("2026-12-06T12:00:00Z"))) {
            TestChain chain = TestChain.setUp(desk);
            bookingId = book(desk, chain.customerId, TestChain.BRANCH, TestChain.STYLIST, "2026-12-02T09:00");
            desk.awaitProjections();
        }
        try (DeskBackEnd desk = DeskBackEnd.open(folder, TestChain.clockFrom("2026-12-06T12:00:00Z"))) {
            desk.bookings().cancel(TestChain.ctx(), bookingId, "moved away");
            desk.awaitProjections();
            DashboardDay day = desk.dashboardQueries().days(SOHO, DAY, DAY).getFirst();
            assertThat(day.count(BookingStatus.CANCELLED)).isEqualTo(1);
            assertThat(day.standing()).isZero();
            assertThat(day.expected()).isEmpty();
        }
    }

    @Test
    void theWholeChainKeepsEachCurrencyApart() {
        try (DeskBackEnd desk = DeskBackEnd.open(folder, TestChain.clockFrom("2026-12-06T12:00:00Z"))) {
            TestChain chain = TestChain.setUp(desk);
            Instant now = Instant.parse("2026-11-01T08:00:00Z");
            List<DayOfWeek> week = List.of(DayOfWeek.values());
            desk.setup().openBranch(TestChain.ctx(), new BranchCommand.Open("mitte", "Berlin Mitte",
                    new Address("Torstraße 1", "Berlin", "10119", "DE"), "Europe/Berlin", "EUR",
                    WeeklyHours.on(week, TimeRange.of("09:00", "18:00")), now));
            desk.setup().addService(TestChain.ctx(), new com.salondesk.domain.service.ServiceCommand.Add("schnitt",
                    "Schnitt", "Haare", 45, Money.of("40.00", "EUR"), now));
            desk.setup().hire(TestChain.ctx(), new StaffCommand.Hire("lena", "mitte", "Lena Kraus", StaffRole.STYLIST,
                    Set.of("schnitt"), WeeklyHours.on(week, TimeRange.of("09:00", "18:00")), now));
            book(desk, chain.customerId, TestChain.BRANCH, TestChain.STYLIST, "2026-12-02T09:00");
            LocalDateTime berlin = LocalDateTime.parse("2026-12-02T15:00");
            String inBerlin = desk.bookings().book(TestChain.ctx(), new NewBooking(chain.customerId, "mitte", "lena",
                    "schnitt", berlin, berlin.plusMinutes(45), false));
            desk.payments().takeDeposit(TestChain.ctx(), inBerlin, Tendered.card(Money.of("15.00", "EUR"), "OK-1"));
            TestChain.settle(desk);

            DashboardQueries queries = desk.dashboardQueries();
            assertThat(queries.days(DashboardScope.wholeChain(), DAY, DAY).getFirst().expected())
                    .containsExactly(Money.of("40.00", "EUR"), gbp("55.00"));
            assertThat(queries.days(DashboardScope.wholeChain(), TAKINGS_DAY, TAKINGS_DAY).getFirst().taken())
                    .containsExactly(Money.of("15.00", "EUR"));
            assertThat(queries.days(DashboardScope.branch("mitte"), DAY, DAY).getFirst().expected())
                    .containsExactly(Money.of("40.00", "EUR"));
        }
    }

    @Test
    void aRescheduledOrChangedBookingCountsWhereAndAtWhatItNowIs() {
        try (DeskBackEnd desk = DeskBackEnd.open(folder, TestChain.clockFrom("2026-12-01T08:00:00Z"))) {
            TestChain chain = TestChain.setUp(desk);
            desk.setup().hire(TestChain.ctx(), new StaffCommand.Hire("cleo", TestChain.BRANCH, "Cleo Park",
                    StaffRole.COLOURIST, Set.of(TestChain.CUT, TestChain.COLOUR),
                    WeeklyHours.on(List.of(DayOfWeek.values()), TimeRange.of("09:00", "18:00")),
                    Instant.parse("2026-11-01T08:00:00Z")));
            String id = book(desk, chain.customerId, TestChain.BRANCH, "cleo", "2026-12-02T09:00");
            desk.bookings().reschedule(TestChain.ctx(), id, "cleo", LocalDateTime.parse("2026-12-03T10:00"),
                    LocalDateTime.parse("2026-12-03T11:00"));
            desk.bookings().change(TestChain.ctx(), id, TestChain.COLOUR, "");
            desk.awaitProjections();

            DashboardQueries queries = desk.dashboardQueries();
            assertThat(queries.days(SOHO, DAY, DAY).getFirst().standing()).isZero();
            DashboardDay next = queries.days(SOHO, DAY.plusDays(1), DAY.plusDays(1)).getFirst();
            assertThat(next.standing()).isEqualTo(1);
            assertThat(next.expected()).containsExactly(gbp("120.00"));
            assertThat(queries.stylists(SOHO, DAY.plusDays(1), DAY.plusDays(1))).extracting(StylistLoad::bookedMinutes)
                    .containsExactly(0, 60);
        }
    }

    private static String book(DeskBackEnd desk, String customerId, String branchId, String staffId, String start) {
        LocalDateTime at = LocalDateTime.parse(start);
        return desk.bookings().book(TestChain.ctx(), new NewBooking(customerId, branchId, staffId, TestChain.CUT, at,
                at.plusMinutes(45), false));
    }

    private static String customer(DeskBackEnd desk, String name, String phone) {
        return desk.setup().registerCustomer(TestChain.ctx(), new CustomerDetails(name, phone, "", "", false),
                Instant.parse("2026-11-01T08:00:00Z"));
    }

    private static void openCamden(DeskBackEnd desk) {
        Instant now = Instant.parse("2026-11-01T08:00:00Z");
        List<DayOfWeek> week = List.of(DayOfWeek.values());
        desk.setup().openBranch(TestChain.ctx(), new BranchCommand.Open("camden", "Camden",
                new Address("2 Camden High St", "London", "NW1 0JH", "GB"), "Europe/London", "GBP",
                WeeklyHours.on(week, TimeRange.of("09:00", "17:00")), now));
        desk.setup().hire(TestChain.ctx(), new StaffCommand.Hire("ben", "camden", "Ben Ward", StaffRole.STYLIST,
                Set.of(TestChain.CUT), WeeklyHours.on(week, TimeRange.of("10:00", "16:00")), now));
        desk.setup().hire(TestChain.ctx(), new StaffCommand.Hire("rita", "camden", "Rita Moss", StaffRole.RECEPTIONIST,
                Set.of(), WeeklyHours.on(week, TimeRange.of("09:00", "17:00")), now));
    }

    private static Money gbp(String amount) {
        return Money.of(amount, "GBP");
    }

    private static Result<?> rows(DSLContext dsl) {
        return dsl.fetch("SELECT * FROM dashboard_bookings ORDER BY booking_id");
    }
}
