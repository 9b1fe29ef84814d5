package com.salondesk.domain.booking;

import com.salondesk.domain.availability.Resource;
import com.salondesk.domain.branch.Branch;
import com.salondesk.domain.customer.Customer;
import com.salondesk.domain.resource.ResourceDayCommand;
import com.salondesk.domain.resource.ResourceDayDecider;
import com.salondesk.domain.schedule.Availability;
import com.salondesk.domain.schedule.CustomerDayCommand;
import com.salondesk.domain.schedule.CustomerDayDecider;
import com.salondesk.domain.schedule.StaffDay;
import com.salondesk.domain.schedule.StaffDayCommand;
import com.salondesk.domain.schedule.StaffDayDecider;
import com.salondesk.domain.service.SalonService;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.staff.StaffMember;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules that span a booking and the aggregates around it — the customer, the branch and its hours, the
 * stylist and their hours and services, the service — as pure functions: states in, the commands to run on the
 * booking's, the stylist's day's and the customer's day's streams out, or a {@link DomainRejection}. The desk
 * runs the commands in one transaction; the new-booking form asks {@link #problems} to explain each field.
 */
public final class BookingPolicy {

    private BookingPolicy() {
    }

    /** A new booking: the booking itself, and its time in the stylist's and the customer's day. */
    public record Book(BookingCommand.Request booking, StaffDayCommand.Reserve staffDay,
                       CustomerDayCommand.Reserve customerDay, List<ResourceDayCommand.Reserve> resources) {
        public Book {
            resources = List.copyOf(resources);
        }

        /** A booking that needs no resource. */
        public Book(BookingCommand.Request booking, StaffDayCommand.Reserve staffDay,
                    CustomerDayCommand.Reserve customerDay) {
            this(booking, staffDay, customerDay, List.of());
        }
    }

    /** A booking that gives its time back (cancelled, no-show): the step, and the two releases. */
    public record Release(BookingCommand booking, StaffDayCommand.Release staffDay,
                          CustomerDayCommand.Release customerDay, List<ResourceDayCommand.Release> resources) {
        public Release {
            resources = List.copyOf(resources);
        }

        public Release(BookingCommand booking, StaffDayCommand.Release staffDay,
                       CustomerDayCommand.Release customerDay) {
            this(booking, staffDay, customerDay, List.of());
        }
    }

    /** A no-show taken back: the booking, and its time held again in both days. */
    public record Reinstate(BookingCommand.UndoNoShow booking, StaffDayCommand.Reserve staffDay,
                            CustomerDayCommand.Reserve customerDay) {
    }

    /**
     * Every rule the request breaks, in the order a person fills the form in (customer, service, stylist,
     * start, end); empty when the booking can be made as far as these states tell. Missing states (nothing
     * chosen yet, or an id the log does not know) are the "unknown" rejections.
     */
    public static List<DomainRejection> problems(NewBooking request, Customer customer, Branch branch,
                                                 StaffMember staff, SalonService service) {
        List<DomainRejection> problems = new ArrayList<>();
        if (customer instanceof Customer.MergedInto merged) {
            problems.add(new DomainRejection("booking.customer-merged-away", merged.details().name(),
                    merged.survivorName()));
        } else if (!(customer instanceof Customer.Registered)) {
            problems.add(new DomainRejection("booking.unknown-customer"));
        }
        if (!(branch instanceof Branch.Open open)) {
            problems.add(new DomainRejection("booking.unknown-branch", request.branchId()));
            return problems;
        }
        if (!(service instanceof SalonService.Offered)) {
            problems.add(new DomainRejection("booking.unknown-service"));
        }
        StaffMember.Employed stylist = staff instanceof StaffMember.Employed e ? e : null;
        if (stylist == null) {
            problems.add(new DomainRejection("booking.unknown-staff"));
        } else if (!stylist.branchId().equals(open.branchId())) {
            problems.add(new DomainRejection("booking.staff-not-at-branch", stylist.name(), open.name()));
        } else if (service instanceof SalonService.Offered offered && !stylist.canPerform(offered.serviceId())) {
            problems.add(new DomainRejection("booking.staff-cannot-perform", stylist.name(), offered.name()));
        }
        List<DomainRejection> times = timeProblems(request, open, stylist);
        problems.addAll(times);
        if (times.isEmpty() && stylist != null) {
            problems.addAll(PlacementRules.dayProblems(open, stylist, service, request.start(), request.end()));
        }
        return List.copyOf(problems);
    }

    /**
     * Every rule of the branch and the stylist a visit from {@code start} to {@code end} breaks beyond opening and
     * working hours, as {@link #problems} and the booking commands check it: the minimum notice and how far ahead the
     * branch books (from {@code now}), a closure, a one-off shift, a break, time off. The stylist's rules (shift,
     * break, time off) apply only to the time the stylist works: not to the processing gap of a timed service booked
     * for its full length. For any command that places a booking (a reschedule, a move): states in, rejections out.
     */
    public static List<DomainRejection> placementProblems(Branch branch, StaffMember staff, SalonService service,
                                                          LocalDateTime start, LocalDateTime end, Instant now) {
        if (!(branch instanceof Branch.Open open) || !(staff instanceof StaffMember.Employed stylist)) {
            return List.of();
        }
        List<DomainRejection> problems = new ArrayList<>(PlacementRules.windowProblems(open, start, now));
        problems.addAll(PlacementRules.dayProblems(open, stylist, service, start, end));
        return List.copyOf(problems);
    }

    /**
     * The times the stylist works on {@code date} while the branch is open: a one-off shift's hours in place of the
     * weekly ones. What a stylist's day reservation ({@link StaffDayCommand.Reserve}) is checked against.
     */
    public static List<TimeRange> workingWindows(Branch.Open branch, StaffMember.Employed stylist, LocalDate date) {
        return PlacementRules.workingWindows(branch, stylist, date);
    }

    /**
     * The part of the stylist's slot the stylist is free while the client's colour develops: the service's processing
     * phase, when it has one and the booking runs its full length; else null (the stylist works throughout).
     */
    public static TimeRange processingGap(SalonService service, LocalDateTime start, LocalDateTime end) {
        return PlacementRules.processingGap(service, start, end);
    }

    /** Opening hours, working hours, a start before the end, one day: the times' part of {@link #problems}. */
    private static List<DomainRejection> timeProblems(NewBooking request, Branch.Open branch,
                                                      StaffMember.Employed stylist) {
        if (request.start() == null) {
            return List.of(new DomainRejection("booking.invalid-time"));
        }
        List<DomainRejection> problems = new ArrayList<>();
        LocalDate date = request.start().toLocalDate();
        DayOfWeek weekday = date.getDayOfWeek();
        LocalTime start = request.start().toLocalTime();
        List<TimeRange> opening = branch.openingHours().on(date);
        List<TimeRange> working = stylist == null ? null : PlacementRules.workingWindows(branch, stylist, date);
        Optional<LocalTime> openUntil = Availability.coveredUntil(opening, start);
        Optional<LocalTime> workingUntil = working == null ? Optional.empty() : Availability.coveredUntil(working, start);
        if (opening.isEmpty()) {
            problems.add(new DomainRejection("booking.branch-closed", branch.name(), weekday));
        } else if (openUntil.isEmpty()) {
            problems.add(new DomainRejection("booking.starts-outside-opening-hours", branch.name(), opening, weekday));
        } else if (working != null && working.isEmpty()) {
            problems.add(PlacementRules.onShift(stylist, date) ? new DomainRejection("booking.off-on-shift-day",
                    stylist.name(), date) : new DomainRejection("booking.staff-off-duty", stylist.name(), weekday));
        } else if (working != null && workingUntil.isEmpty()) {
            problems.add(PlacementRules.onShift(stylist, date)
                    ? new DomainRejection("booking.outside-shift", stylist.name(), working, date)
                    : new DomainRejection("booking.starts-outside-working-hours", stylist.name(), working, weekday));
        }
        boolean startFits = problems.isEmpty();
        if (!BookingDecider.endsAfterStart(request.start(), request.end())) {
            problems.add(new DomainRejection("booking.invalid-time"));
        } else if (!request.end().toLocalDate().equals(date)) {
            problems.add(new DomainRejection("booking.spans-days"));
        } else if (startFits) {
            LocalTime end = request.end().toLocalTime();
            if (end.isAfter(openUntil.orElseThrow())) {
                problems.add(new DomainRejection("booking.ends-after-closing", branch.name(), openUntil.get()));
            } else if (working != null && end.isAfter(workingUntil.orElseThrow())) {
                problems.add(PlacementRules.onShift(stylist, date)
                        ? new DomainRejection("booking.outside-shift", stylist.name(), working, date)
                        : new DomainRejection("booking.ends-after-working-hours", stylist.name(), workingUntil.get(),
                                weekday));
            }
        }
        return problems;
    }

    /**
     * The commands that make the booking, or the first rule it breaks. Whether the stylist and the customer are
     * free at that time is for their days' deciders, on the days' latest state.
     */
    public static Book book(NewBooking request, Customer customer, Branch branch, StaffMember staff,
                            SalonService service, String bookingId, String actor, Instant now) {
        List<DomainRejection> problems = new ArrayList<>(problems(request, customer, branch, staff, service));
        if (problems.isEmpty()) {
            problems.addAll(PlacementRules.windowProblems((Branch.Open) branch, request.start(), now));
        }
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
        var open = (Branch.Open) branch;
        var stylist = (StaffMember.Employed) staff;
        var offered = (SalonService.Offered) service;
        var registered = (Customer.Registered) customer;
        ZoneId zone = ZoneId.of(open.timeZone());
        LocalDate date = request.start().toLocalDate();
        BookingDetails details = BookingDetails.single(registered.customerId(), open.branchId(), stylist.staffId(),
                offered.serviceId(), request.start().atZone(zone).toInstant(), request.end().atZone(zone).toInstant(),
                offered.price());
        var slot = new TimeRange(request.start().toLocalTime(), request.end().toLocalTime());
        var windows = PlacementRules.workingWindows(open, stylist, date);
        return new Book(new BookingCommand.Request(bookingId, details, actor, now),
                new StaffDayCommand.Reserve(stylist.staffId(), date, bookingId, slot, windows, request.overbook(), now,
                        PlacementRules.processingGap(offered, request.start(), request.end())),
                new CustomerDayCommand.Reserve(registered.customerId(), date, bookingId, slot, request.overbook(), now),
                resourceReservations(open, offered, bookingId, request.start(), request.end(), now));
    }

    /** Cancelling or recording a no-show: the step itself, and the time given back in both days. */
    public static Release release(Booking booking, Branch branch, BookingCommand step, Instant now) {
        Booking.Existing existing = existing(booking, step.bookingId());
        LocalDate date = dateOf(existing, branch);
        BookingDetails d = existing.details();
        return new Release(step, new StaffDayCommand.Release(d.staffId(), date, step.bookingId(), now),
                new CustomerDayCommand.Release(d.customerId(), date, step.bookingId(), now),
                resourceReleases(branch, date, step.bookingId(), now));
    }

    /**
     * One unit of each resource the service needs that the branch has, for the client's time from {@code start} to
     * {@code end}; empty for a service that needs none. A command that places a booking runs these beside the
     * stylist's and customer's days, on {@link #resourceDayStream}; a full resource refuses there.
     */
    public static List<ResourceDayCommand.Reserve> resourceReservations(Branch branch, SalonService service,
                                                                        String bookingId, LocalDateTime start,
                                                                        LocalDateTime end, Instant now) {
        if (!(branch instanceof Branch.Open open) || !(service instanceof SalonService.Offered offered)) {
            return List.of();
        }
        var slot = new TimeRange(start.toLocalTime(), end.toLocalTime());
        List<ResourceDayCommand.Reserve> reservations = new ArrayList<>();
        for (String resourceId : offered.resourceIds()) {
            Resource resource = open.rules().resources().get(resourceId);
            if (resource != null) {
                reservations.add(new ResourceDayCommand.Reserve(open.branchId(), resourceId, start.toLocalDate(),
                        bookingId, slot, resource.name(), resource.capacity(), now));
            }
        }
        return reservations;
    }

    /**
     * Gives back whatever unit of the branch's resources the booking holds on {@code date}: every resource of the
     * branch is asked (a resource the booking does not hold records nothing), so a service whose resources changed
     * since it was booked still gives back what it took.
     */
    public static List<ResourceDayCommand.Release> resourceReleases(Branch branch, LocalDate date, String bookingId,
                                                                    Instant now) {
        if (!(branch instanceof Branch.Open open)) {
            return List.of();
        }
        return open.rules().resources().keySet().stream()
                .map(id -> new ResourceDayCommand.Release(open.branchId(), id, date, bookingId, now)).toList();
    }

    /** The stream of the resource's day a booking's unit is held in. */
    public static String resourceDayStream(ResourceDayCommand command) {
        return ResourceDayDecider.streamId(command.branchId(), command.resourceId(), command.date());
    }

    /**
     * Taking back a no-show: only on the appointment's own day (in the branch's time zone), and only while
     * nobody else holds the stylist's time it gave back; it then holds that time again.
     */
    public static Reinstate undoNoShow(Booking booking, Branch branch, StaffDay staffDay, String actor,
                                       Instant now) {
        Booking.Existing existing = existing(booking, null);
        if (!(existing instanceof Booking.NoShow)) {
            throw new DomainRejection("booking.cannot-undo-no-show", existing.status());
        }
        LocalDate date = dateOf(existing, branch);
        ZoneId zone = ZoneId.of(((Branch.Open) branch).timeZone());
        if (!now.atZone(zone).toLocalDate().equals(date)) {
            throw new DomainRejection("booking.no-show-undo-too-late", date);
        }
        BookingDetails d = existing.details();
        var slot = new TimeRange(d.start().atZone(zone).toLocalTime(), d.end().atZone(zone).toLocalTime());
        staffDay.clashWith(existing.bookingId(), slot).ifPresent(taken -> {
            throw new DomainRejection("booking.no-show-slot-taken", taken.getValue(), slot);
        });
        String id = existing.bookingId();
        // The slot was within the stylist's hours when booked; it is given back, not booked anew.
        return new Reinstate(new BookingCommand.UndoNoShow(id, actor, now),
                new StaffDayCommand.Reserve(d.staffId(), date, id, slot, List.of(slot), false, now),
                new CustomerDayCommand.Reserve(d.customerId(), date, id, slot, false, now));
    }

    /** A booking that lost its time: the fact on the booking, and whatever it still held given back in both days. */
    public record LoseTime(BookingCommand.LoseTime booking, StaffDayCommand.Release staffDay,
                           CustomerDayCommand.Release customerDay, List<ResourceDayCommand.Release> resources) {
        public LoseTime {
            resources = List.copyOf(resources);
        }

        public LoseTime(BookingCommand.LoseTime booking, StaffDayCommand.Release staffDay,
                        CustomerDayCommand.Release customerDay) {
            this(booking, staffDay, customerDay, List.of());
        }
    }

    /** A booking that lost its time, moved: the booking, and its new time held in both days. */
    public record Move(BookingCommand.Move booking, StaffDayCommand.Reserve staffDay,
                       CustomerDayCommand.Reserve customerDay, List<ResourceDayCommand.Reserve> resources) {
        public Move {
            resources = List.copyOf(resources);
        }

        public Move(BookingCommand.Move booking, StaffDayCommand.Reserve staffDay,
                    CustomerDayCommand.Reserve customerDay) {
            this(booking, staffDay, customerDay, List.of());
        }
    }

    /** A booking that lost its time, kept where it was: the booking, and its time held again, as an overbooking. */
    public record Keep(BookingCommand.KeepAsOverbook booking, StaffDayCommand.Reserve staffDay,
                       CustomerDayCommand.Reserve customerDay) {
    }

    /**
     * A reservation of the booking was refused when the server's order was applied ({@code rejectionCode}, because
     * of {@code rivalBookingIds}): the booking loses its time, and gives back what it still holds in the stylist's
     * and the customer's day, so that it holds no time at all. Empty when the booking holds no time anyway
     * (cancelled, a no-show, or lost already): there is nothing to lose and nobody to tell.
     */
    public static Optional<LoseTime> loseTime(Booking booking, Branch branch, String staffId, LocalDate date,
                                              List<String> rivalBookingIds, String rejectionCode, String actor,
                                              Instant now) {
        Booking.Existing existing = existing(booking, null);
        if (!existing.status().holdsTime() || existing.timeLost()) {
            return Optional.empty();
        }
        LocalDate bookedOn = dateOf(existing, branch);
        BookingDetails d = existing.details();
        String id = existing.bookingId();
        return Optional.of(new LoseTime(
                new BookingCommand.LoseTime(id, staffId, date, rivalBookingIds, rejectionCode, actor, now),
                new StaffDayCommand.Release(d.staffId(), bookedOn, id, now),
                new CustomerDayCommand.Release(d.customerId(), bookedOn, id, now),
                resourceReleases(branch, bookedOn, id, now)));
    }

    /**
     * Moving a booking that lost its time to another time or stylist, with the same checks as a new booking
     * ({@link #problems}: the stylist works at the branch and does the service, inside opening and working hours);
     * whether the stylist and the customer are free then is for their days' deciders.
     */
    public static Move move(Booking booking, Customer customer, Branch branch, StaffMember staff, SalonService service,
                            LocalDateTime start, LocalDateTime end, String actor, Instant now) {
        Booking.Existing existing = existing(booking, null);
        if (!existing.timeLost()) {
            throw new DomainRejection("booking.move-holds-time");
        }
        BookingDetails d = existing.details();
        String staffId = staff instanceof StaffMember.Employed e ? e.staffId() : null;
        var request = new NewBooking(d.customerId(), d.branchId(), staffId, d.mainServiceId(), start, end, false);
        List<DomainRejection> problems = new ArrayList<>(problems(request, customer, branch, staff, service));
        if (problems.isEmpty()) {
            problems.addAll(PlacementRules.windowProblems((Branch.Open) branch, start, now));
        }
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
        ZoneId zone = ZoneId.of(((Branch.Open) branch).timeZone());
        LocalDate date = start.toLocalDate();
        var stylist = (StaffMember.Employed) staff;
        var slot = new TimeRange(start.toLocalTime(), end.toLocalTime());
        var windows = PlacementRules.workingWindows((Branch.Open) branch, stylist, date);
        String id = existing.bookingId();
        return new Move(new BookingCommand.Move(id, stylist.staffId(), start.atZone(zone).toInstant(),
                end.atZone(zone).toInstant(), actor, now),
                new StaffDayCommand.Reserve(stylist.staffId(), date, id, slot, windows, false, now,
                        PlacementRules.processingGap(service, start, end)),
                new CustomerDayCommand.Reserve(d.customerId(), date, id, slot, false, now),
                resourceReservations(branch, service, id, start, end, now));
    }

    /**
     * Keeping a booking that lost its time where it was: a manager's deliberate overbooking of the stylist (and of
     * the customer), recorded as such. The slot was within the stylist's hours when it was booked.
     */
    public static Keep keepAsOverbook(Booking booking, Branch branch, String actor, Instant now) {
        Booking.Existing existing = existing(booking, null);
        if (!existing.status().holdsTime()) {
            throw new DomainRejection("booking.cannot-keep", existing.status());
        }
        LocalDate date = dateOf(existing, branch);
        ZoneId zone = ZoneId.of(((Branch.Open) branch).timeZone());
        BookingDetails d = existing.details();
        var slot = new TimeRange(d.start().atZone(zone).toLocalTime(), d.end().atZone(zone).toLocalTime());
        String id = existing.bookingId();
        return new Keep(new BookingCommand.KeepAsOverbook(id, actor, now),
                new StaffDayCommand.Reserve(d.staffId(), date, id, slot, List.of(slot), true, now),
                new CustomerDayCommand.Reserve(d.customerId(), date, id, slot, true, now));
    }

    /**
     * A booking that holds its time, moved or resized: the booking, the time given back in the old days (none when
     * the new time is in the same day: {@code staffDay}/{@code customerDay} then swap it in one step), the new time
     * held, and the resources' days ({@code resources}: units given back and held).
     */
    public record Reschedule(BookingCommand.Reschedule booking, Optional<StaffDayCommand.Release> oldStaffDay,
                             StaffDayCommand.Move staffDay, Optional<CustomerDayCommand.Release> oldCustomerDay,
                             CustomerDayCommand.Move customerDay, List<ResourceDayCommand> resources) {
        public Reschedule {
            resources = List.copyOf(resources);
        }
    }

    /**
     * Moving a booking that holds its time to {@code staff} from {@code start} to {@code end} (the branch's local
     * time), or resizing it (same start, new end), with the checks of a new booking ({@link #problems}: hours,
     * closures, shifts, breaks, time off; and, when it starts elsewhere, the branch's booking window), and the
     * booking's own ({@link BookingDecider}: still to come, not into the past). {@code newStaffDay} is the stylist's
     * day the booking moves into; someone else there at that time is refused in the stylist's name here, and again by
     * the day's decider on the day's latest state. The resources the service needs move with it (a full one refuses).
     */
    public static Reschedule reschedule(Booking booking, Customer customer, Branch branch, StaffMember staff,
                                        SalonService service, StaffDay newStaffDay, LocalDateTime start,
                                        LocalDateTime end, String actor, Instant now) {
        Booking.Existing existing = existing(booking, null);
        BookingDetails d = existing.details();
        String id = existing.bookingId();
        String staffId = staff instanceof StaffMember.Employed e ? e.staffId() : d.staffId();
        if (!(branch instanceof Branch.Open open) || start == null || end == null) {
            throw new DomainRejection("booking.invalid-time");
        }
        ZoneId zone = ZoneId.of(open.timeZone());
        var command = new BookingCommand.Reschedule(id, staffId, start.atZone(zone).toInstant(),
                end.atZone(zone).toInstant(), actor, now);
        new BookingDecider().decide(command, booking);
        var request = new NewBooking(d.customerId(), d.branchId(), staffId, d.mainServiceId(), start, end, false);
        List<DomainRejection> problems = new ArrayList<>(problems(request, customer, branch, staff, service));
        boolean startMoves = !command.start().equals(d.start()) || !staffId.equals(d.staffId());
        if (problems.isEmpty() && startMoves) {
            // A resize of an appointment under way keeps its start, which the notice may no longer allow.
            problems.addAll(PlacementRules.windowProblems(open, start, now));
        }
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
        var stylist = (StaffMember.Employed) staff;
        LocalDate date = start.toLocalDate();
        var slot = new TimeRange(start.toLocalTime(), end.toLocalTime());
        TimeRange processing = PlacementRules.processingGap(service, start, end);
        newStaffDay.clashWith(id, slot, processing).ifPresent(taken -> {
            throw new DomainRejection("booking.stylist-already-booked", stylist.name(), taken.getValue());
        });
        LocalDate oldDate = dateOf(existing, branch);
        boolean sameStaffDay = oldDate.equals(date) && d.staffId().equals(stylist.staffId());
        var windows = PlacementRules.workingWindows(open, stylist, date);
        return new Reschedule(command,
                sameStaffDay ? Optional.empty()
                        : Optional.of(new StaffDayCommand.Release(d.staffId(), oldDate, id, now)),
                new StaffDayCommand.Move(stylist.staffId(), date, id, slot, windows, now, processing),
                oldDate.equals(date) ? Optional.empty()
                        : Optional.of(new CustomerDayCommand.Release(d.customerId(), oldDate, id, now)),
                new CustomerDayCommand.Move(d.customerId(), date, id, slot, now),
                movedResources(branch, service, id, oldDate, start, end, now));
    }

    /**
     * The resources a moved booking needs, held for its new time in one step per resource day (a move within the day
     * swaps the unit it holds), and every unit it held and no longer needs there, or held on another day, given back.
     */
    private static List<ResourceDayCommand> movedResources(Branch branch, SalonService service, String bookingId,
                                                           LocalDate oldDate, LocalDateTime start, LocalDateTime end,
                                                           Instant now) {
        List<ResourceDayCommand> steps = new ArrayList<>();
        List<ResourceDayCommand.Reserve> needed = resourceReservations(branch, service, bookingId, start, end, now);
        for (ResourceDayCommand.Release release : resourceReleases(branch, oldDate, bookingId, now)) {
            boolean swapped = release.date().equals(start.toLocalDate())
                              && needed.stream().anyMatch(r -> r.resourceId().equals(release.resourceId()));
            if (!swapped) {
                steps.add(release);
            }
        }
        for (ResourceDayCommand.Reserve r : needed) {
            steps.add(new ResourceDayCommand.Move(r.branchId(), r.resourceId(), r.date(), r.bookingId(), r.slot(),
                    r.name(), r.capacity(), r.now()));
        }
        return steps;
    }

    /**
     * The edit dialog's change of what is booked and of the notes: {@code service} (when given; otherwise the booked
     * services stay) fills the booking's whole time at its menu price, as a new booking of it would. The stylist
     * must do the new service. Times change by {@link #reschedule}.
     */
    public static BookingCommand.ChangeDetails change(Booking booking, StaffMember staff, SalonService service,
                                                      String notes, String actor, Instant now) {
        Booking.Existing existing = existing(booking, null);
        BookingDetails d = existing.details();
        if (service == null) {
            return new BookingCommand.ChangeDetails(existing.bookingId(), d.services(), d.price(), notes, actor, now);
        }
        if (!(service instanceof SalonService.Offered offered)) {
            throw new DomainRejection("booking.unknown-service");
        }
        if (staff instanceof StaffMember.Employed stylist && !stylist.canPerform(offered.serviceId())) {
            throw new DomainRejection("booking.staff-cannot-perform", stylist.name(), offered.name());
        }
        if (d.services().size() == 1 && d.mainServiceId().equals(offered.serviceId())) {
            return new BookingCommand.ChangeDetails(existing.bookingId(), d.services(), d.price(), notes, actor, now);
        }
        var changed = BookingDetails.single(d.customerId(), d.branchId(), d.staffId(), offered.serviceId(), d.start(),
                d.end(), offered.price());
        return new BookingCommand.ChangeDetails(existing.bookingId(), changed.services(), changed.price(), notes,
                actor, now);
    }

    /** How early before the start the branch lets the desk check in and complete. */
    public static Duration checkInWindow(Branch branch) {
        return branch instanceof Branch.Open open ? open.checkInWindow()
                : Duration.ofMinutes(Branch.STANDARD_CHECK_IN_MINUTES);
    }

    /** The stream of the stylist's day a booking's time is held in. */
    public static String staffDayStream(StaffDayCommand command) {
        return StaffDayDecider.streamId(command.staffId(), command.date());
    }

    /** The stream of the customer's day a booking's time is held in. */
    public static String customerDayStream(CustomerDayCommand command) {
        return CustomerDayDecider.streamId(command.customerId(), command.date());
    }

    private static Booking.Existing existing(Booking booking, String bookingId) {
        if (booking instanceof Booking.Existing existing) {
            return existing;
        }
        throw new DomainRejection("booking.not-found", bookingId == null ? "" : bookingId);
    }

    /** The appointment's date in its branch's time zone: the day whose streams hold its time. */
    public static LocalDate dateOf(Booking.Existing booking, Branch branch) {
        if (!(branch instanceof Branch.Open open)) {
            throw new IllegalStateException("booking " + booking.bookingId() + " names branch "
                    + booking.details().branchId() + ", which the log does not know");
        }
        return booking.details().start().atZone(ZoneId.of(open.timeZone())).toLocalDate();
    }
}
