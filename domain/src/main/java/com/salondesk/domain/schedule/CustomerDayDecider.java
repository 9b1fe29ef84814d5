package com.salondesk.domain.schedule;

import com.salondesk.domain.shared.Decider;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.TimeRange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Guards one customer's day ({@code customer-day-<customer>-<date>}): a customer is not booked twice at once,
 * with two stylists, unless a manager overbooks on purpose. Like the stylist's day, it is appended in the
 * same transaction as the booking, so two desks booking the same customer collide on its version.
 */
public final class CustomerDayDecider implements Decider<CustomerDayCommand, CustomerDay, CustomerDayEvent> {

    public static final String ALREADY_BOOKED = "schedule.customer-already-booked";
    public static final String ALREADY_RESERVED = "schedule.visit-already-reserved";

    public static String streamId(String customerId, LocalDate date) {
        return "customer-day-" + customerId + "-" + date;
    }

    @Override
    public CustomerDay initialState() {
        return CustomerDay.empty();
    }

    @Override
    public List<CustomerDayEvent> decide(CustomerDayCommand command, CustomerDay state) {
        return switch (command) {
            case CustomerDayCommand.Reserve r -> reserve(r, state);
            // Bookings made before customer days existed hold nothing here; releasing them changes nothing.
            case CustomerDayCommand.Release r -> state.visits().containsKey(r.bookingId())
                    ? List.of(new CustomerDayEvent.VisitReleased(r.customerId(), r.date(), r.bookingId()))
                    : List.of();
            case CustomerDayCommand.Move m -> move(m, state);
        };
    }

    private static List<CustomerDayEvent> move(CustomerDayCommand.Move m, CustomerDay state) {
        TimeRange held = state.visits().get(m.bookingId());
        if (m.slot().equals(held)) {
            return List.of();
        }
        state.clashWith(m.bookingId(), m.slot()).ifPresent(clash -> {
            throw new DomainRejection(ALREADY_BOOKED, clash, m.date(), m.slot());
        });
        var reserved = new CustomerDayEvent.VisitReserved(m.customerId(), m.date(), m.bookingId(), m.slot().start(),
                m.slot().end(), false);
        return held == null ? List.of(reserved)
                : List.of(new CustomerDayEvent.VisitReleased(m.customerId(), m.date(), m.bookingId()), reserved);
    }

    private static List<CustomerDayEvent> reserve(CustomerDayCommand.Reserve r, CustomerDay state) {
        TimeRange existing = state.visits().get(r.bookingId());
        if (existing != null) {
            if (existing.equals(r.slot())) {
                return List.of();
            }
            throw new DomainRejection(ALREADY_RESERVED, existing, r.date());
        }
        Optional<TimeRange> clash = state.clashWith(r.bookingId(), r.slot());
        if (clash.isPresent() && !r.overbook()) {
            throw new DomainRejection(ALREADY_BOOKED, clash.get(), r.date(), r.slot());
        }
        return List.of(new CustomerDayEvent.VisitReserved(r.customerId(), r.date(), r.bookingId(), r.slot().start(),
                r.slot().end(), clash.isPresent()));
    }

    /** The command that recorded {@code event}, to decide again on a newer state of the day; overlaps are checked again. */
    public static CustomerDayCommand again(CustomerDayEvent event, Instant now) {
        return switch (event) {
            case CustomerDayEvent.VisitReserved v -> new CustomerDayCommand.Reserve(v.customerId(), v.date(),
                    v.bookingId(), new TimeRange(v.start(), v.end()), v.overbooked(), now);
            case CustomerDayEvent.VisitReleased v -> new CustomerDayCommand.Release(v.customerId(), v.date(),
                    v.bookingId(), now);
        };
    }

    @Override
    public CustomerDay evolve(CustomerDay state, CustomerDayEvent event) {
        return switch (event) {
            case CustomerDayEvent.VisitReserved v -> state.with(v.bookingId(), new TimeRange(v.start(), v.end()));
            case CustomerDayEvent.VisitReleased v -> state.without(v.bookingId());
        };
    }
}
