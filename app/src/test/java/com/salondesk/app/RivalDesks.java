package com.salondesk.app;

import com.salondesk.app.wiring.FrontDesk;
import com.salondesk.domain.booking.CancelReason;
import com.salondesk.domain.booking.NewBooking;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.desk.PulledEvents;
import com.salondesk.persistence.desk.DeskIdentity;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.event.EventEnvelope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Two desks of the test salon that booked Ben at 10:00 today while apart: the front desk booked Jane, the back
 * desk Janet. The server's order puts the front desk's booking first, so when the back desk stores the pulled
 * events (as its sync client does) and decides its displaced ones again (the rebase), Janet's booking loses its time
 * and the back desk gets a Needs-attention entry. No server runs: the front desk's log, in its order, stands in for
 * the server's pull.
 */
public final class RivalDesks implements AutoCloseable {

    public static final DeskIdentity FRONT = new DeskIdentity("test-salons", TestSalon.BRANCH, "desk-soho-front");
    public static final DeskIdentity BACK = new DeskIdentity("test-salons", TestSalon.BRANCH, "desk-soho-back");
    public static final String JANET = "Janet Hill";

    private final FrontDesk front;
    private final FrontDesk back;
    private final String winner;
    private final String loser;

    private RivalDesks(FrontDesk front, FrontDesk back, String winner, String loser) {
        this.front = front;
        this.back = back;
        this.winner = winner;
        this.loser = loser;
    }

    /** Both desks in folders under {@code root}, the clash already settled by the back desk's rebase. */
    public static RivalDesks clash(Path root) {
        RivalDesks desks = apart(root);
        desks.backLearnsTheServersOrder();
        return desks;
    }

    /** Both desks with their bookings, before the back desk has heard of the front desk's. */
    public static RivalDesks apart(Path root) {
        Path salon = root.resolve("salon");
        TestSalon.recordWithoutIdentity(salon);
        copy(salon, root.resolve("front"));
        copy(salon, root.resolve("back"));
        FrontDesk front = TestSalon.openAs(root.resolve("front"), FRONT);
        FrontDesk back = TestSalon.openAs(root.resolve("back"), BACK);
        String winner = book(front, TestSalon.JANE);
        String loser = book(back, JANET);
        return new RivalDesks(front, back, winner, loser);
    }

    /**
     * Both desks with Jane's 10:00 booking from before they parted; then the front desk cancels it while the back
     * desk confirms it, and the back desk learns the server's order: its confirmation is refused (the booking is
     * cancelled), a change for a person to see.
     */
    public static RivalDesks confirmedWhileCancelled(Path root) {
        Path salon = root.resolve("salon");
        TestSalon.recordWithoutIdentity(salon);
        String shared;
        try (DeskBackEnd local = DeskBackEnd.open(salon, TestSalon.clock())) {
            String jane = local.queries().searchCustomers(TestSalon.JANE, 1).getFirst().customerId();
            shared = local.bookings().book(EventContext.command(TestSalon.DESK, "test"), new NewBooking(jane,
                    TestSalon.BRANCH, TestSalon.BEN, TestSalon.CUT, TestSalon.TODAY.atTime(LocalTime.of(10, 0)),
                    TestSalon.TODAY.atTime(LocalTime.of(10, 45)), false));
            local.awaitProjections();
            // Both desks had all this from the server before they parted: accepted, at these positions.
            Map<UUID, Long> accepted = new LinkedHashMap<>();
            local.log().readAfter(0, 100_000).forEach(e -> accepted.put(e.id(), e.position()));
            local.log().markSynced(accepted);
        }
        copy(salon, root.resolve("front"));
        copy(salon, root.resolve("back"));
        FrontDesk front = TestSalon.openAs(root.resolve("front"), FRONT);
        FrontDesk back = TestSalon.openAs(root.resolve("back"), BACK);
        front.local().bookings().cancel(front.command(), shared,
                new CancelReason(CancelReason.Category.CUSTOMER_ASKED, ""));
        back.local().bookings().confirm(back.command(), shared);
        RivalDesks desks = new RivalDesks(front, back, shared, shared);
        desks.backLearnsTheServersOrder();
        return desks;
    }

    /** Books {@code customer} for a cut with Ben at 10:00–10:45 today on {@code desk}. */
    private static String book(FrontDesk desk, String customer) {
        String id = desk.local().queries().searchCustomers(customer, 1).getFirst().customerId();
        return desk.local().bookings().book(desk.command(), new NewBooking(id, TestSalon.BRANCH, TestSalon.BEN,
                TestSalon.CUT, TestSalon.TODAY.atTime(LocalTime.of(10, 0)), TestSalon.TODAY.atTime(LocalTime.of(10, 45)),
                false));
    }

    /**
     * The front desk's log, numbered in its order, pulled into the back desk; then the back desk's rebase, as its
     * sync client runs them (off the FX thread).
     */
    public void backLearnsTheServersOrder() {
        List<EventEnvelope> pulled = new ArrayList<>();
        for (RecordedEvent event : front.local().log().readAfter(0, 100_000)) {
            pulled.add(event.envelope().withGlobalPosition(event.position()));
        }
        PulledEvents stored = back.local().log().storePulled(pulled);
        if (!stored.superseded().isEmpty()) {
            // As the sync client does: read models that took an event now moved aside are built again.
            var projections = back.local().runtime().projections();
            projections.names().forEach(projections::rebuild);
        }
        back.local().rebase().rebaseUnsettled();
        back.local().awaitProjections();
    }

    public FrontDesk front() {
        return front;
    }

    public FrontDesk back() {
        return back;
    }

    /** Jane's booking on the front desk, which holds Ben's 10:00. */
    public String winner() {
        return winner;
    }

    /** Janet's booking on the back desk, which lost its time. */
    public String loser() {
        return loser;
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            back.close();
        } finally {
            front.close();
        }
    }
}
