package com.salondesk.domain.schedule;

import com.salondesk.domain.shared.Decider;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.TimeRange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Guards one stylist's day ({@code schedule-<staff>-<date>}). Two bookings of the same chair-time
 * collide here, so double booking cannot happen by accident, on one desk or across desks.
 */
public final class StaffDayDecider implements Decider<StaffDayCommand, StaffDay, StaffDayEvent> {

    public static final String SLOT_TAKEN = "schedule.slot-taken";
    public static final String OUTSIDE_WORKING_HOURS = "schedule.outside-working-hours";
    public static final String ALREADY_RESERVED = "schedule.booking-already-reserved";

    public static String streamId(String staffId, LocalDate date) {
        return "schedule-" + staffId + "-" + date;
    }

    @Override
    public StaffDay initialState() {
        return StaffDay.empty();
    }

    @Override
    public List<StaffDayEvent> decide(StaffDayCommand command, StaffDay state) {
        return switch (command) {
            case StaffDayCommand.Reserve r -> reserve(r, state);
            case StaffDayCommand.Release r -> state.reservations().containsKey(r.bookingId())
                    ? List.of(new StaffDayEvent.SlotReleased(r.staffId(), r.date(), r.bookingId()))
                    : List.of();
            case StaffDayCommand.Move m -> move(m, state);
        };
    }

    private static List<StaffDayEvent> move(StaffDayCommand.Move m, StaffDay state) {
        TimeRange held = state.reservations().get(m.bookingId());
        TimeRange gap = m.processing();
        if (m.slot().equals(held) && java.util.Objects.equals(state.processing().get(m.bookingId()), gap)) {
            return List.of();
        }
        if (!Availability.covers(m.workingWindows(), m.slot())) {
            throw new DomainRejection(OUTSIDE_WORKING_HOURS, m.slot(), m.date(), m.workingWindows());
        }
        state.clashWith(m.bookingId(), m.slot(), gap).ifPresent(clash -> {
            throw new DomainRejection(SLOT_TAKEN, clash.getValue(), m.date(), m.slot());
        });
        var reserved = new StaffDayEvent.SlotReserved(m.staffId(), m.date(), m.bookingId(), m.slot().start(),
                m.slot().end(), false, gap == null ? null : gap.start(), gap == null ? null : gap.end());
        return held == null ? List.of(reserved)
                : List.of(new StaffDayEvent.SlotReleased(m.staffId(), m.date(), m.bookingId()), reserved);
    }

    private static List<StaffDayEvent> reserve(StaffDayCommand.Reserve r, StaffDay state) {
        TimeRange existing = state.reservations().get(r.bookingId());
        if (existing != null) {
            if (existing.equals(r.slot()) && java.util.Objects.equals(state.processing().get(r.bookingId()),
                    r.processing())) {
                return List.of();
            }
            throw new DomainRejection(ALREADY_RESERVED, existing, r.date());
        }
        if (!Availability.covers(r.workingWindows(), r.slot())) {
            throw new DomainRejection(OUTSIDE_WORKING_HOURS, r.slot(), r.date(), r.workingWindows());
        }
        Optional<Map.Entry<String, TimeRange>> clash = state.clashWith(r.bookingId(), r.slot(), r.processing());
        if (clash.isPresent() && !r.overbook()) {
            throw new DomainRejection(SLOT_TAKEN, clash.get().getValue(), r.date(), r.slot());
        }
        TimeRange gap = r.processing();
        return List.of(new StaffDayEvent.SlotReserved(r.staffId(), r.date(), r.bookingId(), r.slot().start(),
                r.slot().end(), clash.isPresent(), gap == null ? null : gap.start(), gap == null ? null : gap.end()));
    }

    /**
     * The command that recorded {@code event}, to decide again on a newer state of the day (when the server's order
     * put another desk's events first). A reservation is checked for overlaps again; its working hours were checked
     * where it was booked, so the slot itself stands for them.
     */
    public static StaffDayCommand again(StaffDayEvent event, Instant now) {
        return switch (event) {
            case StaffDayEvent.SlotReserved s -> {
                var slot = new TimeRange(s.start(), s.end());
                yield new StaffDayCommand.Reserve(s.staffId(), s.date(), s.bookingId(), slot, List.of(slot),
                        s.overbooked(), now, s.processing());
            }
            case StaffDayEvent.SlotReleased s -> new StaffDayCommand.Release(s.staffId(), s.date(), s.bookingId(), now);
        };
    }

    @Override
    public StaffDay evolve(StaffDay state, StaffDayEvent event) {
        return switch (event) {
            case StaffDayEvent.SlotReserved s -> state.with(s.bookingId(), new TimeRange(s.start(), s.end()),
                    s.processing());
            case StaffDayEvent.SlotReleased s -> state.without(s.bookingId());
        };
    }
}
