package com.salondesk.domain.service;

import com.salondesk.domain.shared.Decider;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.stock.StockLine;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Keeps the service menu: names, durations, prices, the back-bar products a service uses and its deposit. */
public final class ServiceDecider implements Decider<ServiceCommand, SalonService, ServiceEvent> {

    /** Longest service a salon books in one piece. */
    public static final int MAX_DURATION_MINUTES = 12 * 60;
    /** Longest time a customer is given to pay a deposit: two weeks. */
    public static final int MAX_PAY_WITHIN_HOURS = 14 * 24;

    public static String streamId(String serviceId) {
        return "service-" + serviceId;
    }

    @Override
    public SalonService initialState() {
        return new SalonService.NotOffered();
    }

    @Override
    public List<ServiceEvent> decide(ServiceCommand command, SalonService state) {
        return switch (command) {
            case ServiceCommand.Add a -> switch (state) {
                case SalonService.NotOffered n -> {
                    if (a.name() == null || a.name().isBlank()) {
                        throw new DomainRejection("service.name-required");
                    }
                    if (a.durationMinutes() < 5 || a.durationMinutes() > MAX_DURATION_MINUTES) {
                        throw new DomainRejection("service.invalid-duration", a.durationMinutes());
                    }
                    requirePrice(a.price().isNegative());
                    yield List.of(new ServiceEvent.Added(a.serviceId(), a.name().strip(), a.category(),
                            a.durationMinutes(), a.price()));
                }
                case SalonService.Offered o -> throw new DomainRejection("service.already-offered", o.name());
            };
            case ServiceCommand.ChangePrice c -> switch (state) {
                case SalonService.NotOffered n -> throw new DomainRejection("service.not-found", c.serviceId());
                case SalonService.Offered o when o.price().equals(c.price()) -> List.of();
                case SalonService.Offered o -> {
                    requirePrice(c.price().isNegative());
                    yield List.of(new ServiceEvent.PriceChanged(o.serviceId(), c.price()));
                }
            };
            case ServiceCommand.ChangeProductsUsed c -> switch (state) {
                case SalonService.NotOffered n -> throw new DomainRejection("service.not-found", c.serviceId());
                case SalonService.Offered o when o.productsUsed().equals(c.products()) -> List.of();
                case SalonService.Offered o -> {
                    Set<String> seen = new HashSet<>();
                    for (StockLine line : c.products()) {
                        if (line.quantity().signum() <= 0) {
                            throw new DomainRejection("service.product-quantity-not-positive",
                                    line.quantity().toPlainString());
                        }
                        if (!seen.add(line.productId())) {
                            throw new DomainRejection("stock.product-twice", line.productId());
                        }
                    }
                    yield List.of(new ServiceEvent.ProductsUsedChanged(o.serviceId(), c.products()));
                }
            };
            case ServiceCommand.ChangeDeposit c -> switch (state) {
                case SalonService.NotOffered n -> throw new DomainRejection("service.not-found", c.serviceId());
                case SalonService.Offered o when Objects.equals(o.deposit(), deposit(c.amount(), c.payWithinHours())) ->
                        List.of();
                case SalonService.Offered o -> {
                    @Nullable Money amount = c.amount();
                    if (amount != null) {
                        if (amount.amount().signum() <= 0) {
                            throw new DomainRejection("service.deposit-not-positive");
                        }
                        if (!amount.currency().equals(o.price().currency())
                                || amount.amount().compareTo(o.price().amount()) > 0) {
                            throw new DomainRejection("service.deposit-above-price", o.price());
                        }
                        if (c.payWithinHours() < 0 || c.payWithinHours() > MAX_PAY_WITHIN_HOURS) {
                            throw new DomainRejection("service.deposit-pay-within", MAX_PAY_WITHIN_HOURS);
                        }
                    }
                    yield List.of(new ServiceEvent.DepositChanged(o.serviceId(), amount,
                            amount == null ? 0 : c.payWithinHours()));
                }
            };
            case ServiceCommand.ChangeTiming c -> switch (state) {
                case SalonService.NotOffered n -> throw new DomainRejection("service.not-found", c.serviceId());
                case SalonService.Offered o -> ServiceTimingDecisions.changeTiming(c, o);
            };
            case ServiceCommand.ChangeResources c -> switch (state) {
                case SalonService.NotOffered n -> throw new DomainRejection("service.not-found", c.serviceId());
                case SalonService.Offered o -> ServiceTimingDecisions.changeResources(c, o);
            };
        };
    }

    private static @Nullable Deposit deposit(@Nullable Money amount, int payWithinHours) {
        return amount == null ? null : new Deposit(amount, payWithinHours);
    }

    /** The command that recorded {@code event}, to decide again on a newer state (sync rebase). */
    public static ServiceCommand again(ServiceEvent event, Instant now) {
        return switch (event) {
            case ServiceEvent.Added a -> new ServiceCommand.Add(a.serviceId(), a.name(), a.category(),
                    a.durationMinutes(), a.price(), now);
            case ServiceEvent.PriceChanged c -> new ServiceCommand.ChangePrice(c.serviceId(), c.price(), now);
            case ServiceEvent.ProductsUsedChanged c -> new ServiceCommand.ChangeProductsUsed(c.serviceId(),
                    c.products(), now);
            case ServiceEvent.DepositChanged c -> new ServiceCommand.ChangeDeposit(c.serviceId(), c.amount(),
                    c.payWithinHours(), now);
            case ServiceEvent.TimingChanged c -> new ServiceCommand.ChangeTiming(c.serviceId(), c.activeMinutes(),
                    c.processingMinutes(), c.finishingMinutes(), c.cleanupMinutes(), now);
            case ServiceEvent.ResourcesChanged c -> new ServiceCommand.ChangeResources(c.serviceId(),
                    c.resourceIds(), now);
        };
    }

    @Override
    public SalonService evolve(SalonService state, ServiceEvent event) {
        return switch (event) {
            case ServiceEvent.Added a -> new SalonService.Offered(a.serviceId(), a.name(), a.category(),
                    a.durationMinutes(), a.price());
            case ServiceEvent.PriceChanged c -> state instanceof SalonService.Offered o
                    ? new SalonService.Offered(o.serviceId(), o.name(), o.category(), o.durationMinutes(), c.price(),
                            o.productsUsed(), o.deposit(), o.phases(), o.resourceIds())
                    : state;
            case ServiceEvent.ProductsUsedChanged c -> state instanceof SalonService.Offered o
                    ? new SalonService.Offered(o.serviceId(), o.name(), o.category(), o.durationMinutes(), o.price(),
                            c.products(), o.deposit(), o.phases(), o.resourceIds())
                    : state;
            case ServiceEvent.DepositChanged c -> state instanceof SalonService.Offered o
                    ? new SalonService.Offered(o.serviceId(), o.name(), o.category(), o.durationMinutes(), o.price(),
                            o.productsUsed(), deposit(c.amount(), c.payWithinHours()), o.phases(), o.resourceIds())
                    : state;
            case ServiceEvent.TimingChanged c -> state instanceof SalonService.Offered o
                    ? ServiceTimingDecisions.timed(o, c) : state;
            case ServiceEvent.ResourcesChanged c -> state instanceof SalonService.Offered o
                    ? new SalonService.Offered(o.serviceId(), o.name(), o.category(), o.durationMinutes(), o.price(),
                            o.productsUsed(), o.deposit(), o.phases(), c.resourceIds())
                    : state;
        };
    }

    private static void requirePrice(boolean negative) {
        if (negative) {
            throw new DomainRejection("service.negative-price");
        }
    }
}
