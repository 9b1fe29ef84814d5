package com.salondesk.domain.service;

import java.time.Instant;
import com.salondesk.domain.shared.Decider;
import com.salondesk.domain.shared.DomainRejection;
import java.util.List;

/** Keeps the service menu: names, durations and prices. */
public final class ServiceDecider implements Decider<ServiceCommand, SalonService, ServiceEvent> {

    /** Longest service a salon books in one piece. */
    public static final int MAX_DURATION_MINUTES = 12 * 60;

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
        };
    }

    /** The command that recorded {@code event}, to decide again on a newer state (sync rebase). */
    public static ServiceCommand again(ServiceEvent event, Instant now) {
        return switch (event) {
            case ServiceEvent.Added a -> new ServiceCommand.Add(a.serviceId(), a.name(), a.category(),
                    a.durationMinutes(), a.price(), now);
            case ServiceEvent.PriceChanged c -> new ServiceCommand.ChangePrice(c.serviceId(), c.price(), now);
        };
    }

    @Override
    public SalonService evolve(SalonService state, ServiceEvent event) {
        return switch (event) {
            case ServiceEvent.Added a -> new SalonService.Offered(a.serviceId(), a.name(), a.category(),
                    a.durationMinutes(), a.price());
            case ServiceEvent.PriceChanged c -> state instanceof SalonService.Offered o
                    ? new SalonService.Offered(o.serviceId(), o.name(), o.category(), o.durationMinutes(), c.price())
                    : state;
        };
    }

    private static void requirePrice(boolean negative) {
        if (negative) {
            throw new DomainRejection("service.negative-price");
        }
    }
}
