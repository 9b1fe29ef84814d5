package com.salondesk.domain.availability;

import com.salondesk.domain.shared.TimeRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/**
 * The rules again, the slow and obvious way, to check the engine against: minute by minute over the raw inputs,
 * trying every choice of stylists, with no cells, masks or caches. Bookings are expected on the five-minute grid
 * (off the grid the engine is deliberately more careful than this: it takes every cell a booking touches).
 */
final class MinuteBook {

    private static final int DAY = 24 * 60;

    private final BranchCalendar calendar;
    private final List<StaffRota> rotas;
    private final Map<String, ServiceTiming> services = new HashMap<>();
    private final Map<String, Resource> resources = new HashMap<>();
    private final List<BookedVisit> bookings;

    MinuteBook(BranchCalendar calendar, List<StaffRota> rotas, List<ServiceTiming> services, List<Resource> resources,
               List<BookedVisit> bookings) {
        this.calendar = calendar;
        this.rotas = List.copyOf(rotas);
        services.forEach(s -> this.services.put(s.serviceId(), s));
        resources.forEach(r -> this.resources.put(r.resourceId(), r));
        this.bookings = List.copyOf(bookings);
    }

    /** Every start on {@code date} for which some choice of stylists passes {@link #allows}. */
    List<LocalDateTime> starts(VisitRequest request, LocalDate date) {
        List<LocalDateTime> starts = new ArrayList<>();
        for (int minute = 0; minute < DAY; minute += Cells.MINUTES) {
            LocalDateTime start = date.atTime(LocalTime.of(minute / 60, minute % 60));
            for (List<String> stylists : choices(request)) {
                if (allows(request, request.now(), start, stylists)) {
                    starts.add(start);
                    break;
                }
            }
        }
        return starts;
    }

    /** Whether the visit may start then with these stylists, one per service, by every rule. */
    boolean allows(VisitRequest request, Instant from, LocalDateTime start, List<String> stylists) {
        Instant soonest = request.now().plus(calendar.window().minimumNotice());
        LocalDateTime earliest = LocalDateTime.ofInstant(from.isAfter(soonest) ? from : soonest, calendar.zone());
        LocalDateTime latest = LocalDateTime.ofInstant(request.now().plus(calendar.window().furthestAhead()), calendar.zone());
        if (start.isBefore(earliest) || start.isAfter(latest)) {
            return false;
        }
        LocalDate date = start.toLocalDate();
        int at = start.getHour() * 60 + start.getMinute();
        int[] partStart = new int[request.serviceIds().size()];
        for (int i = 0; i < partStart.length; i++) {
            partStart[i] = at;
            at += services.get(request.serviceIds().get(i)).phases().clientMinutes();
        }
        int end = at;
        if (end > DAY) {
            return false;
        }
        boolean[] open = memo("open", date, () -> minutes(m -> open(date, m)));
        boolean[] client = request.customerId().isEmpty() ? new boolean[DAY]
                : memo("client " + request.customerId().get(), date, () -> minutes(m -> clientBusy(request.customerId().get(), date, m)));
        for (int m = partStart[0]; m < end; m++) {
            if (!open[m] || client[m]) {
                return false;
            }
        }
        for (int i = 0; i < partStart.length; i++) {
            ServiceTiming service = services.get(request.serviceIds().get(i));
            Phases p = service.phases();
            String staffId = stylists.get(i);
            StaffRota rota = rota(staffId);
            if (rota == null || !rota.performs(service.serviceId())) {
                return false;
            }
            boolean cleanup = i == partStart.length - 1 || !stylists.get(i + 1).equals(staffId);
            int s = partStart[i];
            int afterProcessing = s + p.activeMinutes() + p.processingMinutes();
            int stylistEnd = s + p.clientMinutes() + (cleanup ? p.cleanupMinutes() : 0);
            if (stylistEnd > DAY) {
                return false;
            }
            boolean[] free = memo("stylist " + staffId, date,
                    () -> minutes(m -> works(rota, date, m) && !stylistBusy(staffId, date, m)));
            for (int m = s; m < stylistEnd; m++) {
                boolean stylistNeeded = m < s + p.activeMinutes() || m >= afterProcessing;
                if (stylistNeeded && !free[m]) {
                    return false;
                }
            }
            for (String resource : service.resourceIds()) {
                int capacity = resources.get(resource).capacity();
                boolean[] full = memo("resource " + resource, date, () -> minutes(m -> resourceUse(resource, date, m) >= capacity));
                for (int m = s; m < s + p.clientMinutes(); m++) {
                    if (full[m]) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private final Map<String, boolean[]> memo = new HashMap<>();

    /** A day's minutes worked out once per owner and date (the rules are unchanged; only the repetition goes). */
    private boolean[] memo(String owner, LocalDate date, Supplier<boolean[]> minutes) {
        return memo.computeIfAbsent(owner + " " + date, k -> minutes.get());
    }

    private static boolean[] minutes(IntPredicate rule) {
        boolean[] day = new boolean[DAY];
        for (int m = 0; m < DAY; m++) {
            day[m] = rule.test(m);
        }
        return day;
    }

    /** Every way of giving each service a stylist, as the request allows. */
    List<List<String>> choices(VisitRequest request) {
        List<String> everyone = rotas.stream().map(StaffRota::staffId).toList();
        return switch (request.stylists()) {
            case Stylists.Named named -> List.of(nTimes(named.staffId(), request.serviceIds().size()));
            case Stylists.OneForAll _ -> everyone.stream().map(id -> nTimes(id, request.serviceIds().size())).toList();
            case Stylists.Anyone _ -> {
                List<List<String>> all = List.of(List.of());
                for (int i = 0; i < request.serviceIds().size(); i++) {
                    List<List<String>> longer = new ArrayList<>();
                    for (List<String> prefix : all) {
                        for (String id : everyone) {
                            List<String> next = new ArrayList<>(prefix);
                            next.add(id);
                            longer.add(next);
                        }
                    }
                    all = longer;
                }
                yield all;
            }
        };
    }

    private static List<String> nTimes(String id, int n) {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(id);
        }
        return list;
    }

    private StaffRota rota(String staffId) {
        return rotas.stream().filter(r -> r.staffId().equals(staffId)).findFirst().orElse(null);
    }

    boolean open(LocalDate date, int minute) {
        if (!within(calendar.openingHours().on(date), minute)) {
            return false;
        }
        for (Closure closure : calendar.closures()) {
            if (closure.date().equals(date) && (closure.hours().isEmpty() || within(List.of(closure.hours().get()), minute))) {
                return false;
            }
        }
        return true;
    }

    boolean works(StaffRota rota, LocalDate date, int minute) {
        Shift shift = rota.shifts().stream().filter(s -> s.date().equals(date)).findFirst().orElse(null);
        List<TimeRange> hours = shift != null ? shift.hours() : rota.workingHours().on(date);
        if (!within(hours, minute) || !open(date, minute) || within(rota.breaks().on(date), minute)) {
            return false;
        }
        LocalDateTime at = date.atStartOfDay().plusMinutes(minute);
        return rota.timeOff().stream().noneMatch(off -> !at.isBefore(off.start()) && at.isBefore(off.end()));
    }

    private static boolean within(List<TimeRange> ranges, int minute) {
        LocalTime t = LocalTime.of(minute / 60, minute % 60);
        return ranges.stream().anyMatch(r -> !t.isBefore(r.start()) && t.isBefore(r.end()));
    }

    private boolean stylistBusy(String staffId, LocalDate date, int minute) {
        for (BookedVisit visit : bookings) {
            for (int i = 0; i < visit.parts().size(); i++) {
                BookedPart part = visit.parts().get(i);
                if (!part.staffId().equals(staffId) || !part.start().toLocalDate().equals(date)) {
                    continue;
                }
                Phases p = part.phases();
                int s = part.start().getHour() * 60 + part.start().getMinute();
                boolean last = i == visit.parts().size() - 1 || !visit.parts().get(i + 1).staffId().equals(staffId);
                int stylistEnd = s + p.clientMinutes() + (last ? p.cleanupMinutes() : 0);
                boolean active = minute >= s && minute < s + p.activeMinutes();
                boolean after = minute >= s + p.activeMinutes() + p.processingMinutes() && minute < stylistEnd;
                if (active || after) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean clientBusy(String customerId, LocalDate date, int minute) {
        return bookings.stream().filter(v -> v.customerId().equals(Optional.of(customerId)))
                .flatMap(v -> v.parts().stream())
                .anyMatch(p -> p.start().toLocalDate().equals(date) && covers(p, minute));
    }

    private int resourceUse(String resourceId, LocalDate date, int minute) {
        return (int) bookings.stream().flatMap(v -> v.parts().stream())
                .filter(p -> p.resourceIds().contains(resourceId) && p.start().toLocalDate().equals(date) && covers(p, minute))
                .count();
    }

    private static boolean covers(BookedPart part, int minute) {
        int s = part.start().getHour() * 60 + part.start().getMinute();
        return minute >= s && minute < s + part.phases().clientMinutes();
    }
}
