package com.salondesk.domain.till;

import com.salondesk.domain.shared.Decider;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.Money;
import java.util.List;

/**
 * Keeps one drawer's day ({@code till-<tillId>}): opened once with a float of zero or more, cash put in and taken
 * out with a positive amount and a reason, closed once with the counted cash against the expected and the difference
 * recorded; nothing after the close. Which till a desk may open is {@link DrawerDecider}'s rule.
 */
public final class TillDecider implements Decider<TillCommand, Till, TillEvent> {

    public static String streamId(String tillId) {
        return "till-" + tillId;
    }

    @Override
    public Till initialState() {
        return new Till.NotOpened();
    }

    @Override
    public List<TillEvent> decide(TillCommand command, Till state) {
        return switch (command) {
            case TillCommand.Open o -> open(o, state);
            case TillCommand.PutIn in -> {
                Till.Open open = openTill(state, in.tillId());
                checkMovement(open, in.amount(), in.reason());
                yield List.of(new TillEvent.CashIn(in.tillId(), in.amount(), in.reason().strip(), actor(in.actor()),
                        in.now()));
            }
            case TillCommand.TakeOut out -> {
                Till.Open open = openTill(state, out.tillId());
                checkMovement(open, out.amount(), out.reason());
                yield List.of(new TillEvent.CashOut(out.tillId(), out.amount(), out.reason().strip(),
                        actor(out.actor()), out.now()));
            }
            case TillCommand.Close c -> close(c, state);
        };
    }

    private static List<TillEvent> open(TillCommand.Open o, Till state) {
        if (o.openingFloat() == null || o.openingFloat().isNegative()) {
            throw new DomainRejection("till.float-negative");
        }
        var opened = new TillEvent.Opened(o.tillId(), o.branchId(), o.deviceId(), o.businessDay(), o.openingFloat(),
                actor(o.actor()), o.now());
        return switch (state) {
            case Till.NotOpened n -> List.of(opened);
            // The same opening again (a retried command) records nothing twice.
            case Till.Open open when sameOpening(open.opened(), opened) -> List.of();
            case Till.Open open -> throw new DomainRejection("till.already-open", open.businessDay());
            case Till.Closed closed -> throw new DomainRejection("till.closed", closed.opened().businessDay());
        };
    }

    private static boolean sameOpening(TillEvent.Opened a, TillEvent.Opened b) {
        return a.branchId().equals(b.branchId()) && a.deviceId().equals(b.deviceId())
                && a.businessDay().equals(b.businessDay()) && a.openingFloat().equals(b.openingFloat());
    }

    private static List<TillEvent> close(TillCommand.Close c, Till state) {
        Till.Open open = openTill(state, c.tillId());
        if (c.counted() == null || c.counted().isNegative()) {
            throw new DomainRejection("till.counted-negative");
        }
        if (c.expected() == null) {
            throw new DomainRejection("till.expected-missing");
        }
        sameCurrency(open, c.counted());
        sameCurrency(open, c.expected());
        if (!c.denominations().isEmpty()) {
            var sum = c.denominations().stream().map(d -> {
                sameCurrency(open, d.faceValue());
                if (d.count() < 0 || d.faceValue().amount().signum() <= 0) {
                    throw new DomainRejection("till.denomination-invalid", d.faceValue(), d.count());
                }
                return d.total().amount();
            }).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
            if (sum.compareTo(c.counted().amount()) != 0) {
                throw new DomainRejection("till.count-does-not-add-up", new Money(sum, open.currency()), c.counted());
            }
        }
        Money difference = new Money(c.counted().amount().subtract(c.expected().amount()), open.currency());
        return List.of(new TillEvent.Closed(c.tillId(), c.counted(), c.expected(), difference, c.denominations(),
                actor(c.actor()), c.now()));
    }

    private static Till.Open openTill(Till state, String tillId) {
        return switch (state) {
            case Till.NotOpened n -> throw new DomainRejection("till.not-open", tillId);
            case Till.Open open -> open;
            case Till.Closed closed -> throw new DomainRejection("till.closed", closed.opened().businessDay());
        };
    }

    private static void checkMovement(Till.Open open, Money amount, String reason) {
        if (amount == null || amount.amount().signum() <= 0) {
            throw new DomainRejection("till.amount-not-positive");
        }
        sameCurrency(open, amount);
        if (reason == null || reason.isBlank()) {
            throw new DomainRejection("till.reason-required");
        }
    }

    private static void sameCurrency(Till.Open open, Money amount) {
        if (!amount.currency().equals(open.currency())) {
            throw new DomainRejection("till.wrong-currency", amount.currency(), open.currency());
        }
    }

    private static String actor(String actor) {
        return actor == null ? "" : actor;
    }

    @Override
    public Till evolve(Till state, TillEvent event) {
        return switch (event) {
            case TillEvent.Opened o -> new Till.Open(o);
            case TillEvent.CashIn in -> state;
            case TillEvent.CashOut out -> state;
            case TillEvent.Closed c -> switch (state) {
                case Till.Open open -> new Till.Closed(open.opened(), c.counted(), c.expected(), c.difference());
                case Till.Closed closed -> closed;
                case Till.NotOpened n -> n;
            };
        };
    }
}
