package com.salondesk.persistence.command;

import com.salondesk.domain.branch.Branch;
import com.salondesk.domain.branch.BranchDecider;
import com.salondesk.domain.branch.BranchEvent;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.shared.UuidV7;
import com.salondesk.domain.till.DenominationCount;
import com.salondesk.domain.till.DrawerCommand;
import com.salondesk.domain.till.DrawerDecider;
import com.salondesk.domain.till.DrawerEvent;
import com.salondesk.domain.till.TillCommand;
import com.salondesk.domain.till.TillDecider;
import com.salondesk.domain.till.TillEvent;
import com.salondesk.persistence.command.AggregateStore.Step;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.read.TillQueries;
import com.salondesk.persistence.read.TillView;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The desk's till: opens a drawer's day on this desk (one open till per desk, {@link DrawerDecider}), puts cash in
 * and takes it out, and closes the day against the expected cash of the till read model. The rules are
 * {@link TillDecider}'s and {@link DrawerDecider}'s; this class loads what they need and runs them.
 */
public final class TillDesk {

    private static final TillDecider TILLS = new TillDecider();
    private static final DrawerDecider DRAWERS = new DrawerDecider();

    private final AggregateStore store;
    private final TillQueries tills;
    private final Clock clock;

    public TillDesk(AggregateStore store, TillQueries tills, Clock clock) {
        this.store = store;
        this.tills = tills;
        this.clock = clock;
    }

    /**
     * Opens a till on the context's desk and branch for today (the branch's date) with {@code openingFloat}, and
     * returns its id. Refused while the desk has another till open.
     */
    public String open(EventContext context, Money openingFloat) {
        Instant now = clock.instant();
        String branchId = context.branchId();
        Branch branch = branchId == null ? new Branch.NotOpened()
                : store.load(BranchDecider.streamId(branchId), new BranchDecider(), BranchEvent.class).state();
        if (!(branch instanceof Branch.Open open)) {
            throw new DomainRejection("booking.unknown-branch", branchId == null ? "" : branchId);
        }
        LocalDate day = now.atZone(ZoneId.of(open.timeZone())).toLocalDate();
        String tillId = UuidV7.next().toString();
        store.execute(context, List.of(
                Step.onNew(TillDecider.streamId(tillId), TILLS, TillEvent.class,
                        new TillCommand.Open(tillId, branchId, context.deviceId(), day, openingFloat,
                                context.userId(), now)),
                Step.on(DrawerDecider.streamId(context.deviceId()), DRAWERS, DrawerEvent.class,
                        new DrawerCommand.Take(context.deviceId(), tillId, day))));
        return tillId;
    }

    /** Puts {@code amount} into the till, for {@code reason}. */
    public void putIn(EventContext context, String tillId, Money amount, String reason) {
        store.execute(context, TillDecider.streamId(tillId), TILLS, TillEvent.class,
                new TillCommand.PutIn(tillId, amount, reason, context.userId(), clock.instant()));
    }

    /** Takes {@code amount} out of the till, for {@code reason}. */
    public void takeOut(EventContext context, String tillId, Money amount, String reason) {
        store.execute(context, TillDecider.streamId(tillId), TILLS, TillEvent.class,
                new TillCommand.TakeOut(tillId, amount, reason, context.userId(), clock.instant()));
    }

    /**
     * Closes the till's day with the cash {@code counted} (by note and coin when {@code denominations} is not empty)
     * against {@code expectedSeen}, the expected cash the person was shown. Refused with
     * {@code till.expected-changed} when the read model's expected cash has moved since (a cash sale came in
     * meanwhile): the person looks again, nothing is recorded. The caller makes sure the read model has caught up
     * with this desk's own writes first.
     */
    public TillEvent.Closed close(EventContext context, String tillId, Money counted, Money expectedSeen,
                                  List<DenominationCount> denominations) {
        TillView till = tills.till(tillId).orElseThrow(() -> new DomainRejection("till.not-open", tillId));
        if (expectedSeen != null && till.isOpen() && !till.expected().equals(expectedSeen)) {
            throw new DomainRejection("till.expected-changed", till.expected());
        }
        var recorded = store.execute(context, List.of(
                Step.on(TillDecider.streamId(tillId), TILLS, TillEvent.class,
                        new TillCommand.Close(tillId, counted, till.expected(), denominations, context.userId(),
                                clock.instant())),
                Step.on(DrawerDecider.streamId(till.deviceId()), DRAWERS, DrawerEvent.class,
                        new DrawerCommand.GiveBack(till.deviceId(), tillId))));
        return recorded.stream().map(r -> r.event()).filter(TillEvent.Closed.class::isInstance)
                .map(TillEvent.Closed.class::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("closing till " + tillId + " recorded no close"));
    }
}
