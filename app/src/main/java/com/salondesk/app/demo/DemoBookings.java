package com.salondesk.app.demo;

import com.salondesk.domain.booking.NewBooking;
import com.salondesk.domain.schedule.Availability;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.TimeRange;
import com.salondesk.persistence.command.BookingDesk;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.read.BranchView;
import com.salondesk.persistence.read.ServiceView;
import com.salondesk.persistence.read.StaffView;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * A week of appointments around today, booked through the booking desk like any other: the past ones
 * finished (completed, the odd no-show), some cancelled, the future ones requested or confirmed.
 */
final class DemoBookings {

    private static final List<String> CANCEL_REASONS = List.of("Customer is unwell", "Rebooked for next week",
            "Clash with work", "Stylist off sick", "Childcare fell through");

    private final BookingDesk desk;
    private final Supplier<EventContext> context;
    private final Random random;
    private final Instant now;
    private int booked;
    /** The times each customer is booked, by "customer date": the demo keeps to the customer-day rule too. */
    private final Map<String, List<TimeRange>> visits = new HashMap<>();

    DemoBookings(BookingDesk desk, Supplier<EventContext> context, Random random, Instant now) {
        this.desk = desk;
        this.context = context;
        this.random = random;
        this.now = now;
    }

    /** Fills one stylist's day with back-to-back appointments and the odd gap; returns how many were booked. */
    int fillDay(BranchView branch, StaffView stylist, LocalDate date, List<ServiceView> services,
                List<String> customerIds) {
        List<ServiceView> theirs = services.stream().filter(s -> stylist.canPerform(s.serviceId())).toList();
        if (theirs.isEmpty()) {
            return 0;
        }
        int before = booked;
        for (TimeRange window : Availability.workingWindows(branch.openingHours(), stylist.workingHours(), date)) {
            LocalTime cursor = window.start().plusMinutes(15L * random.nextInt(3));
            while (true) {
                ServiceView service = theirs.get(random.nextInt(theirs.size()));
                LocalTime end = cursor.plus(service.duration());
                if (end.isAfter(window.end()) || end.isBefore(cursor)) {
                    break;
                }
                var slot = new TimeRange(cursor, end);
                String customer = freeCustomer(customerIds, date, slot);
                book(branch, stylist, service, customer, date.atTime(cursor), date.atTime(end));
                visits.computeIfAbsent(customer + " " + date, k -> new ArrayList<>()).add(slot);
                // Gaps of 0–45 minutes, so the book shows free time too.
                cursor = end.plus(Duration.ofMinutes(15L * List.of(0, 0, 1, 2, 3).get(random.nextInt(5))));
            }
        }
        return booked - before;
    }

    /**
     * A customer picked at random who is not booked at that time with another stylist (the booking desk refuses
     * such a pair): the first free one from a random place in the list.
     */
    private String freeCustomer(List<String> customerIds, LocalDate date, TimeRange slot) {
        int first = random.nextInt(customerIds.size());
        for (int i = 0; i < customerIds.size(); i++) {
            String candidate = customerIds.get((first + i) % customerIds.size());
            if (visits.getOrDefault(candidate + " " + date, List.of()).stream().noneMatch(slot::overlaps)) {
                return candidate;
            }
        }
        throw new IllegalStateException("every demo customer is already booked at " + slot + " on " + date);
    }

    private void book(BranchView branch, StaffView stylist, ServiceView service, String customerId,
                      LocalDateTime start, LocalDateTime end) {
        String id = desk.book(context.get(), new NewBooking(customerId, branch.branchId(), stylist.staffId(),
                service.serviceId(), start, end, false));
        booked++;
        Instant startsAt = start.atZone(branch.zone()).toInstant();
        Instant endsAt = end.atZone(branch.zone()).toInstant();
        int roll = random.nextInt(100);
        try {
            if (!endsAt.isAfter(now)) {
                finishPast(id, roll);
            } else if (!startsAt.isAfter(now)) {
                desk.confirm(context.get(), id);
                desk.checkIn(context.get(), id);
            } else if (roll < 10) {
                desk.cancel(context.get(), id, reason());
            } else if (roll < 60) {
                desk.confirm(context.get(), id);
            }
        } catch (DomainRejection e) {
            throw new IllegalStateException("the demo chain broke a booking rule: " + e.getMessage(), e);
        }
    }

    private void finishPast(String id, int roll) {
        if (roll < 8) {
            desk.confirm(context.get(), id);
            desk.markNoShow(context.get(), id);
        } else if (roll < 18) {
            desk.cancel(context.get(), id, reason());
        } else {
            desk.confirm(context.get(), id);
            desk.checkIn(context.get(), id);
            desk.complete(context.get(), id);
        }
    }

    private String reason() {
        return CANCEL_REASONS.get(random.nextInt(CANCEL_REASONS.size()));
    }
}
