package com.salondesk.app.wiring;

import com.salondesk.app.port.DayClose;
import com.salondesk.app.port.TillMovement;
import com.salondesk.app.port.TillSummary;
import com.salondesk.app.port.Tills;
import com.salondesk.domain.shared.Money;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.DeskIdentity;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.read.BranchView;
import com.salondesk.persistence.read.DayCloseReport;
import com.salondesk.persistence.read.TillView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** This desk's till over the back end's {@code TillDesk} and till read model, as the person at the desk. */
final class DeskTills implements Tills {

    private final DeskBackEnd local;
    private final Supplier<EventContext> command;
    private final DeskIdentity identity;
    private final Clock clock;

    DeskTills(DeskBackEnd local, Supplier<EventContext> command, DeskIdentity identity, Clock clock) {
        this.local = local;
        this.command = command;
        this.identity = identity;
        this.clock = clock;
    }

    private Optional<BranchView> branch() {
        return local.queries().branch(identity.branchId());
    }

    @Override
    public String currency() {
        return branch().map(BranchView::currency).orElse("EUR");
    }

    @Override
    public LocalDate today() {
        ZoneId zone = branch().map(BranchView::zone).orElse(clock.getZone());
        return clock.instant().atZone(zone).toLocalDate();
    }

    @Override
    public Optional<TillSummary> openTill() {
        return local.tillQueries().openTill(identity.deviceId()).map(DeskTills::summary);
    }

    @Override
    public List<TillMovement> movements(String tillId) {
        return local.tillQueries().movements(tillId).stream()
                .map(m -> new TillMovement(TillMovement.Kind.valueOf(m.kind().name()), m.amount(), m.reason(), m.by(),
                        m.at()))
                .toList();
    }

    @Override
    public void open(Money openingFloat) {
        Writes.run(local, () -> local.tills().open(command.get(), openingFloat));
    }

    @Override
    public void putIn(String tillId, Money amount, String reason) {
        Writes.run(local, () -> local.tills().putIn(command.get(), tillId, amount, reason));
    }

    @Override
    public void takeOut(String tillId, Money amount, String reason) {
        Writes.run(local, () -> local.tills().takeOut(command.get(), tillId, amount, reason));
    }

    @Override
    public TillSummary close(String tillId, Money counted, Money expectedSeen) {
        // The expected cash is checked against the read model: it must hold this desk's own latest sales first.
        local.awaitProjections();
        Writes.run(local, () -> local.tills().close(command.get(), tillId, counted, expectedSeen, List.of()));
        return local.tillQueries().till(tillId).map(DeskTills::summary)
                .orElseThrow(() -> new IllegalStateException("till " + tillId + " closed but not in the read model"));
    }

    @Override
    public DayClose dayClose(LocalDate day) {
        Optional<BranchView> branch = branch();
        DayCloseReport report = local.tillQueries().dayClose(identity.branchId(), day, currency());
        return new DayClose(branch.map(BranchView::name).orElse(identity.branchId()), day, report.taken(),
                report.refunded(), report.net(), report.checkouts(), report.checkoutTotal(), report.tax(),
                report.tips(), report.vouchersSold(), report.vouchersRedeemed(), report.deposits(),
                report.depositsRefunded(), report.tills().stream().map(DeskTills::summary).toList());
    }

    static TillSummary summary(TillView till) {
        return new TillSummary(till.tillId(), till.deviceId(), till.businessDay(), till.openingFloat(), till.cashIn(),
                till.cashOut(), till.cashTaken(), till.cashRefunded(),
                till.isOpen() ? till.expected() : till.expectedAtClose(), till.counted(), till.difference(),
                till.openedBy(), till.openedAt(), till.closedAt());
    }
}
