package com.salondesk.domain.branch;

import java.time.Instant;
import com.salondesk.domain.availability.Resource;
import com.salondesk.domain.shared.Decider;
import com.salondesk.domain.shared.DomainRejection;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

/** Opens branches and keeps their opening hours. */
public final class BranchDecider implements Decider<BranchCommand, Branch, BranchEvent> {

    /** The longest check-in window a branch may set: four hours. */
    public static final int MAX_CHECK_IN_MINUTES = 240;
    /** The highest tax rate a branch may set, in percent. */
    public static final BigDecimal MAX_TAX_PERCENT = BigDecimal.valueOf(100);

    public static String streamId(String branchId) {
        return "branch-" + branchId;
    }

    @Override
    public Branch initialState() {
        return new Branch.NotOpened();
    }

    @Override
    public List<BranchEvent> decide(BranchCommand command, Branch state) {
        return switch (command) {
            case BranchCommand.Open o -> switch (state) {
                case Branch.NotOpened n -> {
                    requireName(o.name());
                    requireZone(o.timeZone());
                    requireCurrency(o.currency());
                    yield List.of(new BranchEvent.Opened(o.branchId(), o.name().strip(), o.address(), o.timeZone(),
                            o.currency(), o.openingHours()));
                }
                case Branch.Open b -> throw new DomainRejection("branch.already-open", b.name());
            };
            case BranchCommand.ChangeOpeningHours c -> switch (state) {
                case Branch.NotOpened n -> throw notFound(c.branchId());
                case Branch.Open b when b.openingHours().equals(c.openingHours()) -> List.of();
                case Branch.Open b -> List.of(new BranchEvent.OpeningHoursChanged(b.branchId(), c.openingHours()));
            };
            case BranchCommand.ChangeCheckInWindow c -> switch (state) {
                case Branch.NotOpened n -> throw notFound(c.branchId());
                case Branch.Open b when c.minutes() < 0 || c.minutes() > MAX_CHECK_IN_MINUTES ->
                        throw new DomainRejection("branch.invalid-check-in-window", c.minutes(), MAX_CHECK_IN_MINUTES);
                case Branch.Open b when b.checkInMinutes() == c.minutes() -> List.of();
                case Branch.Open b -> List.of(new BranchEvent.CheckInWindowChanged(b.branchId(), c.minutes()));
            };
            case BranchCommand.ChangeTaxRates c -> switch (state) {
                case Branch.NotOpened n -> throw notFound(c.branchId());
                case Branch.Open b -> {
                    requireRates(c.rates());
                    yield sameRates(b.taxRates(), c.rates()) ? List.of()
                            : List.of(new BranchEvent.TaxRatesChanged(b.branchId(), c.rates().percentByCategory()));
                }
            };
            case BranchCommand.AddClosure c -> BranchRulesDecisions.addClosure(c, open(state, c.branchId()));
            case BranchCommand.RemoveClosure c -> BranchRulesDecisions.removeClosure(c, open(state, c.branchId()));
            case BranchCommand.ChangeBookingWindow c ->
                    BranchRulesDecisions.changeWindow(c, open(state, c.branchId()));
            case BranchCommand.AddResource c -> BranchRulesDecisions.addResource(c, open(state, c.branchId()));
            case BranchCommand.ChangeResource c -> BranchRulesDecisions.changeResource(c, open(state, c.branchId()));
        };
    }

    private static Branch.Open open(Branch state, String branchId) {
        return switch (state) {
            case Branch.NotOpened n -> throw notFound(branchId);
            case Branch.Open b -> b;
        };
    }

    /** The command that recorded {@code event}, to decide again on a newer state (sync rebase). */
    public static BranchCommand again(BranchEvent event, Instant now) {
        return switch (event) {
            case BranchEvent.Opened o -> new BranchCommand.Open(o.branchId(), o.name(), o.address(), o.timeZone(),
                    o.currency(), o.openingHours(), now);
            case BranchEvent.OpeningHoursChanged c -> new BranchCommand.ChangeOpeningHours(c.branchId(),
                    c.openingHours(), now);
            case BranchEvent.CheckInWindowChanged c -> new BranchCommand.ChangeCheckInWindow(c.branchId(), c.minutes(),
                    now);
            case BranchEvent.TaxRatesChanged c -> new BranchCommand.ChangeTaxRates(c.branchId(),
                    new TaxRates(c.percentByCategory()), now);
            case BranchEvent.ClosureAdded c -> new BranchCommand.AddClosure(c.branchId(), c.closureId(), c.date(),
                    c.from(), c.to(), c.reason(), now);
            case BranchEvent.ClosureRemoved c -> new BranchCommand.RemoveClosure(c.branchId(), c.closureId(), now);
            case BranchEvent.BookingWindowChanged c -> new BranchCommand.ChangeBookingWindow(c.branchId(),
                    c.minimumNoticeMinutes(), c.furthestAheadDays(), now);
            case BranchEvent.ResourceAdded c -> new BranchCommand.AddResource(c.branchId(), c.resourceId(), c.name(),
                    c.capacity(), now);
            case BranchEvent.ResourceChanged c -> new BranchCommand.ChangeResource(c.branchId(), c.resourceId(),
                    c.name(), c.capacity(), now);
        };
    }

    @Override
    public Branch evolve(Branch state, BranchEvent event) {
        return switch (event) {
            case BranchEvent.Opened o -> new Branch.Open(o.branchId(), o.name(), o.address(), o.timeZone(),
                    o.currency(), o.openingHours());
            case BranchEvent.OpeningHoursChanged c -> state instanceof Branch.Open b
                    ? new Branch.Open(b.branchId(), b.name(), b.address(), b.timeZone(), b.currency(), c.openingHours(),
                    b.checkInMinutes(), b.taxRates(), b.rules())
                    : state;
            case BranchEvent.CheckInWindowChanged c -> state instanceof Branch.Open b
                    ? new Branch.Open(b.branchId(), b.name(), b.address(), b.timeZone(), b.currency(), b.openingHours(),
                    c.minutes(), b.taxRates(), b.rules())
                    : state;
            case BranchEvent.TaxRatesChanged c -> state instanceof Branch.Open b
                    ? new Branch.Open(b.branchId(), b.name(), b.address(), b.timeZone(), b.currency(), b.openingHours(),
                    b.checkInMinutes(), new TaxRates(c.percentByCategory()), b.rules())
                    : state;
            case BranchEvent.ClosureAdded c -> state instanceof Branch.Open b
                    ? b.with(b.rules().withClosure(BranchRulesDecisions.closure(c))) : state;
            case BranchEvent.ClosureRemoved c -> state instanceof Branch.Open b
                    ? b.with(b.rules().withoutClosure(c.closureId())) : state;
            case BranchEvent.BookingWindowChanged c -> state instanceof Branch.Open b
                    ? b.with(b.rules().withWindow(c.minimumNoticeMinutes(), c.furthestAheadDays())) : state;
            case BranchEvent.ResourceAdded c -> state instanceof Branch.Open b
                    ? b.with(b.rules().withResource(new Resource(c.resourceId(), c.name(), c.capacity()))) : state;
            case BranchEvent.ResourceChanged c -> state instanceof Branch.Open b
                    ? b.with(b.rules().withResource(new Resource(c.resourceId(), c.name(), c.capacity()))) : state;
        };
    }

    private static DomainRejection notFound(String branchId) {
        return new DomainRejection("branch.not-found", branchId);
    }

    private static void requireRates(TaxRates rates) {
        rates.percentByCategory().forEach((category, percent) -> {
            if (category == null || category.isBlank()) {
                throw new DomainRejection("branch.tax-category-required");
            }
            if (percent == null || percent.signum() < 0 || percent.compareTo(MAX_TAX_PERCENT) > 0) {
                throw new DomainRejection("branch.invalid-tax-rate", category, percent == null ? "" : percent);
            }
        });
    }

    /** 20 and 20.0 percent are the same rate: compare by value, not by how it was written. */
    private static boolean sameRates(TaxRates a, TaxRates b) {
        if (!a.percentByCategory().keySet().equals(b.percentByCategory().keySet())) {
            return false;
        }
        return a.percentByCategory().entrySet().stream()
                .allMatch(e -> e.getValue().compareTo(b.percentFor(e.getKey())) == 0);
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new DomainRejection("branch.name-required");
        }
    }

    private static void requireZone(String zone) {
        try {
            ZoneId.of(zone);
        } catch (DateTimeException | NullPointerException e) {
            throw new DomainRejection("branch.unknown-time-zone", zone);
        }
    }

    private static void requireCurrency(String currency) {
        try {
            Currency.getInstance(currency);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainRejection("branch.unknown-currency", currency);
        }
    }
}
