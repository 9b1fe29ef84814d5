package com.salondesk.persistence;

import com.salondesk.domain.branch.Address;
import com.salondesk.domain.branch.BranchCommand;
import com.salondesk.domain.customer.CustomerDetails;
import com.salondesk.domain.service.ServiceCommand;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.shared.WeeklyHours;
import com.salondesk.domain.staff.StaffCommand;
import com.salondesk.domain.staff.StaffRole;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.DeskIdentity;
import com.salondesk.persistence.desk.EventContext;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A small chain for persistence tests: one branch open 09–18 every day, one stylist, one service, one customer. */
public final class TestChain {
    public static final DeskIdentity DESK = new DeskIdentity("acme", "soho", "desk-soho-1");
    public static final String BRANCH = "soho";
    public static final String STYLIST = "anna";
    public static final String CUT = "cut";
    public static final String COLOUR = "colour";
    public String customerId;

    /** A clock that runs from {@code instant}, for tests whose bookings must be in the past (or the future). */
    public static java.time.Clock clockFrom(String instant) {
        return java.time.Clock.offset(java.time.Clock.systemUTC(),
                java.time.Duration.between(Instant.now(), Instant.parse(instant)));
    }

    /**
     * Waits until the desk's handlers and read models have taken everything, including what its handlers (the
     * booking saga) recorded meanwhile.
     */
    public static void settle(DeskBackEnd desk) {
        try {
            long head;
            do {
                head = desk.log().headPosition();
                if (!desk.runtime().handlers().awaitPosition(head, java.time.Duration.ofSeconds(30))) {
                    throw new IllegalStateException("the handlers did not reach position " + head + " within 30 s");
                }
                desk.awaitProjections();
            } while (desk.log().headPosition() != head);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static EventContext ctx() {
        return EventContext.command(DESK, "maria");
    }

    public static TestChain setUp(DeskBackEnd desk) {
        TestChain chain = new TestChain();
        Instant now = Instant.parse("2026-11-01T08:00:00Z");
        WeeklyHours daily = WeeklyHours.on(List.of(DayOfWeek.values()), TimeRange.of("09:00", "18:00"));
        desk.setup().openBranch(ctx(), new BranchCommand.Open(BRANCH, "Soho", new Address("1 Dean St", "London", "W1D 3RB", "GB"),
                "Europe/London", "GBP", daily, now));
        desk.setup().addService(ctx(), new ServiceCommand.Add(CUT, "Cut & finish", "Hair", 45, Money.of("55.00", "GBP"), now));
        desk.setup().addService(ctx(), new ServiceCommand.Add(COLOUR, "Full colour", "Colour", 90, Money.of("120.00", "GBP"), now));
        desk.setup().hire(ctx(), new StaffCommand.Hire(STYLIST, BRANCH, "Anna Berg", StaffRole.STYLIST, Set.of(CUT), daily, now));
        chain.customerId = desk.setup().registerCustomer(ctx(), new CustomerDetails("Jane Doe", "+44 20 7946 0000", "jane@example.com", "", true), now);
        return chain;
    }
}
