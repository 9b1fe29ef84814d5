package com.salondesk.domain.resource;

import com.salondesk.domain.shared.Decider;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.TimeRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * Guards one resource's day at a branch ({@code resource-<branch>-<resource>-<date>}): never more bookings at once
 * than it has units. Two bookings of the last basin collide on this stream's version, on one desk or across desks.
 */
public final class ResourceDayDecider implements Decider<ResourceDayCommand, ResourceDay, ResourceDayEvent> {

    public static final String FULL = "resource.full";

    public static String streamId(String branchId, String resourceId, LocalDate date) {
        return "resource-" + branchId + "-" + resourceId + "-" + date;
    }

    @Override
    public ResourceDay initialState() {
        return ResourceDay.empty();
    }

    @Override
    public List<ResourceDayEvent> decide(ResourceDayCommand command, ResourceDay state) {
        return switch (command) {
            case ResourceDayCommand.Reserve r -> reserve(r, state);
            case ResourceDayCommand.Release r -> state.reservations().containsKey(r.bookingId())
                    ? List.of(new ResourceDayEvent.Released(r.branchId(), r.resourceId(), r.date(), r.bookingId()))
                    : List.of();
        };
    }

    private static List<ResourceDayEvent> reserve(ResourceDayCommand.Reserve r, ResourceDay state) {
        // A booking that holds a unit already and asks for another time the same day moves it (a reschedule): its
        // own unit does not count against it.
        if (r.slot().equals(state.reservations().get(r.bookingId()))) {
            return List.of();
        }
        Optional<LocalTime> full = state.fullAt(r.bookingId(), r.slot(), r.capacity());
        if (full.isPresent()) {
            throw new DomainRejection(FULL, r.name(), r.date(), full.get(), r.capacity());
        }
        return List.of(new ResourceDayEvent.Reserved(r.branchId(), r.resourceId(), r.date(), r.bookingId(),
                r.slot().start(), r.slot().end(), r.name(), r.capacity()));
    }

    /**
     * The command that recorded {@code event}, to decide again on a newer state of the day (sync rebase), with the
     * capacity the resource had when it was recorded: the last basin taken on two desks at once is refused on one.
     */
    public static ResourceDayCommand again(ResourceDayEvent event, Instant now) {
        return switch (event) {
            case ResourceDayEvent.Reserved r -> new ResourceDayCommand.Reserve(r.branchId(), r.resourceId(), r.date(),
                    r.bookingId(), new TimeRange(r.start(), r.end()), r.name(), r.capacity(), now);
            case ResourceDayEvent.Released r -> new ResourceDayCommand.Release(r.branchId(), r.resourceId(), r.date(),
                    r.bookingId(), now);
        };
    }

    @Override
    public ResourceDay evolve(ResourceDay state, ResourceDayEvent event) {
        return switch (event) {
            case ResourceDayEvent.Reserved r -> state.with(r.bookingId(), new TimeRange(r.start(), r.end()));
            case ResourceDayEvent.Released r -> state.without(r.bookingId());
        };
    }
}
