package com.salondesk.app.demo;

import com.salondesk.app.language.Texts;
import com.salondesk.domain.tenant.TenantCommand;
import com.salondesk.domain.shared.UuidV7;
import com.salondesk.persistence.desk.DeskIdentity;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.read.BranchView;
import com.salondesk.persistence.read.ServiceView;
import com.salondesk.persistence.read.StaffView;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo salon chain a new desk starts with: two London branches, eight staff, twenty services, three
 * hundred customers and a week of appointments around today — every one of them recorded as events through
 * the same command services the front desk uses.
 */
public final class DemoChain {

    public static final String TENANT = "demo-salons";
    public static final int CUSTOMERS = 300;
    private static final Logger LOG = LoggerFactory.getLogger(DemoChain.class);
    private static final String SEEDER = "demo-setup";
    /** Fixed so that every demo folder holds the same people. */
    private static final long CUSTOMER_SEED = 20_261_126L;

    private DemoChain() {
    }

    /** The identity of a desk at the demo chain's Shoreditch branch. */
    public static DeskIdentity deskIdentity() {
        return new DeskIdentity(TENANT, DemoTeam.SHOREDITCH, "desk-" + UuidV7.next());
    }

    /**
     * Records the whole demo chain in an empty desk's log as {@code identity}'s events (its tenant, branch and
     * device in every event's metadata, the tenant registered under its id), telling {@code progress} how far
     * it got.
     */
    public static void record(DeskBackEnd desk, DeskIdentity identity, Clock clock, Consumer<String> progress) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        var setup = desk.setup();
        EventContext context = EventContext.command(identity, SEEDER);
        progress.accept(Texts.get("demo.branches"));
        // A connected desk records the demo into its own chain: the tenant it registers is the one its events name.
        setup.registerTenant(context, new TenantCommand.Register(identity.tenantId(), "Demo Salons Ltd", now));
        DemoTeam.branches(now).forEach(b -> setup.openBranch(EventContext.command(identity, SEEDER), b));
        DemoTaxRates.rates(now).forEach(r -> setup.changeTaxRates(EventContext.command(identity, SEEDER), r));
        DemoMenu.services(now).forEach(s -> setup.addService(EventContext.command(identity, SEEDER), s));
        DemoTeam.staff(now).forEach(s -> setup.hire(EventContext.command(identity, SEEDER), s));
        DemoStock.record(desk, () -> EventContext.command(identity, SEEDER), now);
        // The bookings below are planned from the read models, which follow the log on their own thread.
        desk.awaitProjections();

        progress.accept(Texts.get("demo.customers", CUSTOMERS));
        List<String> customerIds = new ArrayList<>(CUSTOMERS);
        for (var details : DemoCustomers.generate(CUSTOMERS, CUSTOMER_SEED)) {
            customerIds.add(setup.registerCustomer(EventContext.command(identity, SEEDER), details, now));
        }

        progress.accept(Texts.get("demo.bookings"));
        // Seeded by the day: a demo made on the same day always holds the same week, so it can be reproduced.
        LocalDate today = LocalDate.ofInstant(now, ZoneId.of("Europe/London"));
        var bookings = new DemoBookings(desk.bookings(), () -> EventContext.command(identity, SEEDER),
                new Random(today.toEpochDay()), now);
        List<ServiceView> services = desk.queries().services();
        int booked = 0;
        for (BranchView branch : desk.queries().branches()) {
            LocalDate branchToday = LocalDate.ofInstant(now, branch.zone());
            for (LocalDate day = branchToday.minusDays(3); !day.isAfter(branchToday.plusDays(3)); day = day.plusDays(1)) {
                for (StaffView stylist : desk.queries().staffOf(branch.branchId())) {
                    booked += bookings.fillDay(branch, stylist, day, services, customerIds);
                }
            }
        }
        settle(desk);
        DemoTakings.record(desk, identity, SEEDER, now);
        DemoAvailability.record(desk, () -> EventContext.command(identity, SEEDER), now);
        DemoWaitlist.record(desk, identity, SEEDER, customerIds, now);
        settle(desk);
        LOG.info("demo chain recorded: {} customers, {} bookings, {} events in {} ms", customerIds.size(), booked,
                desk.log().count(), (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Waits until the desk's handlers have reacted to the demo (the stock used in the services done so far) and the
     * read models show what they recorded, so the demo is whole when the desk first shows it.
     */
    private static void settle(DeskBackEnd desk) {
        long head;
        do {
            head = desk.log().headPosition();
            try {
                if (!desk.runtime().handlers().awaitPosition(head, java.time.Duration.ofSeconds(60))) {
                    LOG.warn("the desk's handlers did not follow the demo to position {} within 60 s", head);
                    break;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        } while (head != desk.log().headPosition());
        desk.awaitProjections();
    }
}
