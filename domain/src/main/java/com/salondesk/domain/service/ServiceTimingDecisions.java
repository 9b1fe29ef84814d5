package com.salondesk.domain.service;

import com.salondesk.domain.availability.Phases;
import com.salondesk.domain.shared.DomainRejection;
import java.util.List;

/** The service decider's part about how a service spends its time and what it needs: phases and resources. */
final class ServiceTimingDecisions {

    /** Phases are booked in the book's five-minute steps. */
    static final int STEP_MINUTES = 5;
    /** The longest cleanup after a client: two hours. */
    static final int MAX_CLEANUP_MINUTES = 120;

    private ServiceTimingDecisions() {
    }

    static List<ServiceEvent> changeTiming(ServiceCommand.ChangeTiming c, SalonService.Offered service) {
        int[] minutes = {c.activeMinutes(), c.processingMinutes(), c.finishingMinutes(), c.cleanupMinutes()};
        for (int m : minutes) {
            if (m < 0 || m % STEP_MINUTES != 0) {
                throw new DomainRejection("service.phase-not-in-steps", m, STEP_MINUTES);
            }
        }
        if (c.activeMinutes() == 0) {
            throw new DomainRejection("service.active-time-required");
        }
        int clientMinutes = c.activeMinutes() + c.processingMinutes() + c.finishingMinutes();
        if (clientMinutes > ServiceDecider.MAX_DURATION_MINUTES) {
            throw new DomainRejection("service.invalid-duration", clientMinutes);
        }
        if (c.cleanupMinutes() > MAX_CLEANUP_MINUTES) {
            throw new DomainRejection("service.cleanup-too-long", c.cleanupMinutes(), MAX_CLEANUP_MINUTES);
        }
        var phases = new Phases(c.activeMinutes(), c.processingMinutes(), c.finishingMinutes(), c.cleanupMinutes());
        if (phases.equals(service.phases()) && service.durationMinutes() == clientMinutes) {
            return List.of();
        }
        return List.of(new ServiceEvent.TimingChanged(service.serviceId(), c.activeMinutes(), c.processingMinutes(),
                c.finishingMinutes(), c.cleanupMinutes()));
    }

    static List<ServiceEvent> changeResources(ServiceCommand.ChangeResources c, SalonService.Offered service) {
        for (String id : c.resourceIds()) {
            if (id == null || id.isBlank()) {
                throw new DomainRejection("service.resource-id-required");
            }
        }
        var event = new ServiceEvent.ResourcesChanged(service.serviceId(), c.resourceIds().stream().map(String::strip)
                .toList());
        return event.resourceIds().equals(service.resourceIds().stream().sorted().distinct().toList()) ? List.of()
                : List.of(event);
    }

    /** The service with its new phases; the client's time is the sum of the phases but cleanup. */
    static SalonService.Offered timed(SalonService.Offered o, ServiceEvent.TimingChanged c) {
        var phases = new Phases(c.activeMinutes(), c.processingMinutes(), c.finishingMinutes(), c.cleanupMinutes());
        return new SalonService.Offered(o.serviceId(), o.name(), o.category(), phases.clientMinutes(), o.price(),
                o.productsUsed(), o.deposit(), phases, o.resourceIds());
    }
}
