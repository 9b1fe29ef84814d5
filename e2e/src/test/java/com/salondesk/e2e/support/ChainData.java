package com.salondesk.e2e.support;

import com.salondesk.domain.branch.Address;
import com.salondesk.domain.branch.BranchCommand;
import com.salondesk.domain.customer.CustomerCommand;
import com.salondesk.domain.customer.CustomerDetails;
import com.salondesk.domain.service.ServiceCommand;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.shared.WeeklyHours;
import com.salondesk.domain.staff.StaffCommand;
import com.salondesk.domain.staff.StaffRole;
import com.salondesk.domain.tenant.TenantCommand;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.DeskIdentity;
import com.salondesk.persistence.desk.EventContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The chain the end-to-end tests run: one branch, Soho, open every day 08:00–20:00 (so a test may book on
 * whatever day it runs), a cut of 45 minutes, and stylists and customers with fixed ids. The first desk of a
 * tenant records it; the others get it through the server.
 */
public final class ChainData {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final String BRANCH = "soho";
    public static final String CUT = "cut";
    public static final String ANNA = "anna";
    public static final String BEN = "ben";
    public static final String CARA = "cara";
    public static final String JANE = "jane";
    public static final String JOHN = "john";
    public static final String MAY = "may";

    private ChainData() {
    }

    /**
     * Records the chain on {@code desk} as the desk {@code identity}, with {@code extraStylists} more stylists and
     * {@code extraCustomers} more customers ({@link #stylist(int)}, {@link #customer(int)}).
     */
    public static void record(DeskBackEnd desk, DeskIdentity identity, Clock clock, int extraStylists,
                              int extraCustomers) {
        Instant now = clock.instant();
        WeeklyHours everyDay = WeeklyHours.on(List.of(DayOfWeek.values()), TimeRange.of("08:00", "20:00"));
        var setup = desk.setup();
        setup.registerTenant(ctx(identity),
                new TenantCommand.Register(identity.tenantId(), "Chain " + identity.tenantId(), now));
        setup.openBranch(ctx(identity), new BranchCommand.Open(BRANCH, "Soho",
                new Address("1 Dean Street", "London", "W1D 3RB", "GB"), LONDON.getId(), "GBP", everyDay, now));
        setup.addService(ctx(identity), new ServiceCommand.Add(CUT, "Cut & finish", "Cuts", 45,
                Money.of("55.00", "GBP"), now));
        hire(desk, identity, ANNA, "Anna Berg", everyDay, now);
        hire(desk, identity, BEN, "Ben Carter", everyDay, now);
        hire(desk, identity, CARA, "Cara Diaz", everyDay, now);
        for (int i = 0; i < extraStylists; i++) {
            hire(desk, identity, stylist(i), "Stylist " + i, everyDay, now);
        }
        customer(desk, identity, JANE, "Jane Doe", now);
        customer(desk, identity, JOHN, "John Roe", now);
        customer(desk, identity, MAY, "May Poe", now);
        for (int i = 0; i < extraCustomers; i++) {
            customer(desk, identity, customer(i), "Customer " + i, now);
        }
    }

    /** The {@code n}-th quarter hour of the opening hours ("08:00" for 0, "20:00" for 48): a booking's start or end. */
    public static String slot(int n) {
        if (n < 0 || n > 48) {
            throw new IllegalArgumentException("the branch is open for 48 quarter hours, not " + n);
        }
        int minutes = 8 * 60 + 15 * n;
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }

    /** The id of the {@code i}-th extra stylist. */
    public static String stylist(int i) {
        return "stylist-" + i;
    }

    /** The id of the {@code i}-th extra customer. */
    public static String customer(int i) {
        return "customer-" + i;
    }

    private static void hire(DeskBackEnd desk, DeskIdentity identity, String id, String name, WeeklyHours hours,
                             Instant now) {
        desk.setup().hire(ctx(identity), new StaffCommand.Hire(id, BRANCH, name, StaffRole.STYLIST, Set.of(CUT), hours,
                now));
    }

    private static void customer(DeskBackEnd desk, DeskIdentity identity, String id, String name, Instant now) {
        desk.setup().registerCustomer(ctx(identity), new CustomerCommand.Register(id,
                new CustomerDetails(name, "+44 20 7946 " + String.format("%04d", Math.abs(id.hashCode()) % 10000), "",
                        "", false), now));
    }

    private static EventContext ctx(DeskIdentity identity) {
        return EventContext.command(identity, "setup");
    }
}
