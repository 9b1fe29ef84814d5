package com.salondesk.app;

import com.salondesk.app.wiring.DeskOpening;
import com.salondesk.app.wiring.FrontDesk;
import com.salondesk.domain.branch.Address;
import com.salondesk.domain.branch.BranchCommand;
import com.salondesk.domain.customer.CustomerDetails;
import com.salondesk.domain.service.ServiceCommand;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.shared.WeeklyHours;
import com.salondesk.domain.staff.StaffCommand;
import com.salondesk.domain.staff.StaffRole;
import com.salondesk.domain.tenant.TenantCommand;
import com.salondesk.persistence.desk.DeskIdentity;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.runtime.EventHandler;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * A small salon for app tests, recorded in a real H2 data folder: Soho, open Monday to Saturday 09:00–18:00;
 * Anna cuts (Tuesday to Saturday, 10:00–17:00), Ben cuts and colours (every open day). Today is Tuesday
 * 1 December 2026 at 08:00 in London.
 */
public final class TestSalon {

    public static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    public static final LocalDate TODAY = LocalDate.parse("2026-12-01");
    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final DeskIdentity DESK = new DeskIdentity("test-salons", "soho", "desk-soho-test");
    public static final String BRANCH = "soho";
    public static final String ANNA = "anna";
    public static final String BEN = "ben";
    public static final String CUT = "cut";
    public static final String COLOUR = "colour";
    public static final String JANE = "Jane Doe";

    private TestSalon() {
    }

    public static Clock clock() {
        return Clock.fixed(NOW, LONDON);
    }

    /** Records the salon in {@code folder} (once) and opens it as the app does. */
    public static FrontDesk open(Path folder) {
        try (DeskBackEnd local = DeskBackEnd.open(folder, clock())) {
            if (local.identity().read().isEmpty()) {
                record(local);
                local.identity().initialise(DESK);
            }
        }
        return DeskOpening.open(folder, clock(), step -> { });
    }

    /** Records the salon in {@code folder} without naming the desk: a copy of the folder can become any desk. */
    public static void recordWithoutIdentity(Path folder) {
        try (DeskBackEnd local = DeskBackEnd.open(folder, clock())) {
            record(local);
            local.awaitProjections();
        }
    }

    /** Opens {@code folder} (a copy of a salon recorded without identity) as the desk {@code identity}. */
    public static FrontDesk openAs(Path folder, DeskIdentity identity) {
        try (DeskBackEnd local = DeskBackEnd.open(folder, clock())) {
            local.identity().initialise(identity);
        }
        return DeskOpening.open(folder, clock(), step -> { });
    }

    /** As {@link #open(Path)}, with event handlers running beside the projections. */
    public static FrontDesk open(Path folder, List<EventHandler> handlers) {
        open(folder).local().close();
        return new FrontDesk(DeskBackEnd.open(folder, clock(), handlers), DESK, DeskOpening.FRONT_DESK_USER, clock());
    }

    /**
     * Waits until the desk's handlers (the booking saga, …) and read models have taken everything, including what the
     * handlers recorded meanwhile: before counting the log's events.
     */
    public static void settle(FrontDesk desk) {
        DeskBackEnd local = desk.local();
        try {
            long head;
            do {
                head = local.log().headPosition();
                if (!local.runtime().handlers().awaitPosition(head, java.time.Duration.ofSeconds(30))) {
                    throw new IllegalStateException("the handlers did not reach position " + head + " within 30 s");
                }
                local.awaitProjections();
            } while (local.log().headPosition() != head);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until the booking saga (only it: another handler may be held up on purpose) and the read models have taken
     * everything, including what the saga recorded meanwhile.
     */
    public static void settleSaga(FrontDesk desk) {
        DeskBackEnd local = desk.local();
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (true) {
            long head = local.log().headPosition();
            boolean sagaThere = local.runtime().handlers().status().stream()
                    .filter(h -> h.handler().equals(com.salondesk.persistence.saga.BookingConfirmationSaga.NAME))
                    .allMatch(h -> h.position() >= head);
            local.awaitProjections();
            if (sagaThere && local.log().headPosition() == head) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the booking saga did not reach position " + head + " within 30 s");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Makes {@code serviceId} ask a deposit of £20 within 24 hours, so that the booking saga waits for it and a new
     * booking of it stays requested until the desk confirms it.
     */
    public static void askDeposit(FrontDesk desk, String serviceId) {
        desk.local().store().execute(desk.command(), com.salondesk.domain.service.ServiceDecider.streamId(serviceId),
                new com.salondesk.domain.service.ServiceDecider(), com.salondesk.domain.service.ServiceEvent.class,
                new com.salondesk.domain.service.ServiceCommand.ChangeDeposit(serviceId, Money.of("20.00", "GBP"), 24,
                        NOW));
        desk.local().awaitProjections();
    }

    /** As {@link #open(Path)}, with the desk's clock stopped at {@code now} instead (later in the day, say). */
    public static FrontDesk openAt(Path folder, Instant now) {
        open(folder).local().close();
        Clock clock = Clock.fixed(now, LONDON);
        return new FrontDesk(DeskBackEnd.open(folder, clock), DESK, DeskOpening.FRONT_DESK_USER, clock);
    }

    private static void record(DeskBackEnd desk) {
        WeeklyHours open = WeeklyHours.on(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), TimeRange.of("09:00", "18:00"));
        WeeklyHours anna = WeeklyHours.on(List.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), TimeRange.of("10:00", "17:00"));
        var setup = desk.setup();
        setup.registerTenant(ctx(), new TenantCommand.Register("test-salons", "Test Salons", NOW));
        setup.openBranch(ctx(), new BranchCommand.Open(BRANCH, "Soho",
                new Address("1 Dean Street", "London", "W1D 3RB", "GB"), "Europe/London", "GBP", open, NOW));
        setup.addService(ctx(), new ServiceCommand.Add(CUT, "Cut & finish", "Cuts", 45, Money.of("55.00", "GBP"), NOW));
        setup.addService(ctx(), new ServiceCommand.Add(COLOUR, "Full colour", "Colour", 90,
                Money.of("120.00", "GBP"), NOW));
        setup.hire(ctx(), new StaffCommand.Hire(ANNA, BRANCH, "Anna Berg", StaffRole.STYLIST, Set.of(CUT), anna, NOW));
        setup.hire(ctx(), new StaffCommand.Hire(BEN, BRANCH, "Ben Carter", StaffRole.COLOURIST, Set.of(CUT, COLOUR),
                open, NOW));
        setup.registerCustomer(ctx(), new CustomerDetails(JANE, "+44 20 7946 0000", "jane@example.com", "", true), NOW);
        setup.registerCustomer(ctx(), new CustomerDetails("Janet Hill", "07700 900111", "", "", false), NOW);
    }

    private static EventContext ctx() {
        return EventContext.command(DESK, "test");
    }
}
