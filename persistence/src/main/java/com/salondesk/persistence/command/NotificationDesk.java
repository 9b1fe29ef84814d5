package com.salondesk.persistence.command;

import com.salondesk.domain.booking.Booking;
import com.salondesk.domain.booking.BookingDecider;
import com.salondesk.domain.booking.BookingDetails;
import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.branch.Branch;
import com.salondesk.domain.branch.BranchDecider;
import com.salondesk.domain.branch.BranchEvent;
import com.salondesk.domain.customer.Customer;
import com.salondesk.domain.customer.CustomerDecider;
import com.salondesk.domain.customer.CustomerEvent;
import com.salondesk.domain.notification.BranchTemplateCommand;
import com.salondesk.domain.notification.BranchTemplateEvent;
import com.salondesk.domain.notification.BranchTemplates;
import com.salondesk.domain.notification.BranchTemplatesDecider;
import com.salondesk.domain.notification.MessageFacts;
import com.salondesk.domain.notification.MessageTemplate;
import com.salondesk.domain.notification.Notification;
import com.salondesk.domain.notification.NotificationCommand;
import com.salondesk.domain.notification.NotificationDecider;
import com.salondesk.domain.notification.NotificationEvent;
import com.salondesk.domain.notification.NotificationKind;
import com.salondesk.domain.notification.NotificationLanguage;
import com.salondesk.domain.notification.NotificationPolicy;
import com.salondesk.domain.service.SalonService;
import com.salondesk.domain.service.ServiceDecider;
import com.salondesk.domain.service.ServiceEvent;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.staff.StaffDecider;
import com.salondesk.domain.staff.StaffEvent;
import com.salondesk.domain.staff.StaffMember;
import com.salondesk.persistence.desk.EventContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The outbox of customer messages on the desk: queues a message about a booking (the rules are
 * {@link NotificationPolicy}'s; this class loads the customer, booking, branch, stylist, services and the branch's
 * templates), records what the sender saw (sent, failed, given up), a person's resend, and a branch's own templates.
 */
public final class NotificationDesk {

    private static final NotificationDecider OUTBOX = new NotificationDecider();
    private static final BranchTemplatesDecider TEMPLATES = new BranchTemplatesDecider();

    private final AggregateStore store;
    private final Clock clock;

    public NotificationDesk(AggregateStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Queues the message of {@code kind} about {@code bookingId} that announces the event {@code announcedEventId}
     * (recorded at {@code announcedAt}), with the booking's price, unless the policy says the customer gets none; the
     * outcome says which. Queuing the same announcement again changes nothing.
     */
    public NotificationPolicy.Outcome announceBooking(EventContext context, NotificationKind kind, String bookingId,
                                                      String announcedEventId, Instant announcedAt) {
        Booking booking = booking(bookingId);
        if (!(booking instanceof Booking.Existing existing)) {
            return new NotificationPolicy.Outcome.Skip(NotificationPolicy.SkipReason.CUSTOMER_UNKNOWN);
        }
        BookingDetails d = existing.details();
        return announce(context, kind, d.customerId(), d.branchId(), existing, d.price(), announcedEventId,
                announcedAt);
    }

    /**
     * Queues the customer's receipt for {@code amount} paid at {@code branchId}, about {@code bookingId} when the
     * payment was for one (null otherwise: a checkout of several, a voucher sold), announcing {@code announcedEventId}.
     */
    public NotificationPolicy.Outcome announceReceipt(EventContext context, String customerId, String branchId,
                                                      String bookingId, Money amount, String announcedEventId,
                                                      Instant announcedAt) {
        Booking.Existing booking = bookingId != null && booking(bookingId) instanceof Booking.Existing e ? e : null;
        return announce(context, NotificationKind.PAYMENT_RECEIPT, customerId, branchId, booking, amount,
                announcedEventId, announcedAt);
    }

    private Booking booking(String bookingId) {
        return store.load(BookingDecider.streamId(bookingId), new BookingDecider(), BookingEvent.class).state();
    }

    private NotificationPolicy.Outcome announce(EventContext context, NotificationKind kind, String customerId,
                                                String branchId, Booking.Existing booking, Money amount,
                                                String announcedEventId, Instant announcedAt) {
        Customer customer = customerId == null || customerId.isBlank() ? new CustomerDecider().initialState()
                : store.load(CustomerDecider.streamId(customerId), new CustomerDecider(), CustomerEvent.class).state();
        Branch branch = store.load(BranchDecider.streamId(branchId), new BranchDecider(), BranchEvent.class).state();
        String stylist = "";
        List<String> services = List.of();
        if (booking != null) {
            BookingDetails d = booking.details();
            stylist = store.load(StaffDecider.streamId(d.staffId()), new StaffDecider(), StaffEvent.class)
                    .state() instanceof StaffMember.Employed e ? e.name() : "";
            services = d.services().stream().map(s -> store.load(ServiceDecider.streamId(s.serviceId()),
                    new ServiceDecider(), ServiceEvent.class).state() instanceof SalonService.Offered o ? o.name()
                    : s.serviceId()).toList();
        }
        String bookingId = booking == null ? "" : booking.bookingId();
        Instant start = booking == null ? null : booking.details().start();
        MessageFacts facts;
        String language;
        if (branch instanceof Branch.Open open) {
            facts = new MessageFacts(bookingId, branchId, customerId, nameOf(customer), services, stylist, start,
                    ZoneId.of(open.timeZone()), open.name(), open.address().toString(), open.address().country(),
                    amount);
            language = NotificationLanguage.forBranch(open.address());
        } else {
            facts = new MessageFacts(bookingId, branchId, customerId, nameOf(customer), services, stylist, start,
                    ZoneId.of("UTC"), "", "", "", amount);
            language = NotificationLanguage.SUPPORTED.getFirst();
        }
        var outcome = NotificationPolicy.prepare(kind, customer, facts, language, templates(branchId),
                announcedEventId, announcedAt, clock.instant());
        if (outcome instanceof NotificationPolicy.Outcome.Queue queue) {
            store.execute(context, NotificationDecider.streamId(queue.command().notificationId()), OUTBOX,
                    NotificationEvent.class, queue.command());
        }
        return outcome;
    }

    private static String nameOf(Customer customer) {
        return customer instanceof Customer.Registered r ? r.details().name() : "";
    }

    /** The branch's own templates (none for a branch that wrote none). */
    public BranchTemplates templates(String branchId) {
        return store.load(BranchTemplatesDecider.streamId(branchId), TEMPLATES, BranchTemplateEvent.class).state();
    }

    /** The message as its stream has it: the truth the sender checks before it sends. */
    public Notification notification(String notificationId) {
        return store.load(NotificationDecider.streamId(notificationId), OUTBOX, NotificationEvent.class).state();
    }

    /** The mail server took the message under {@code messageId}. */
    public void recordSent(EventContext context, String notificationId, String messageId) {
        run(context, new NotificationCommand.RecordSent(notificationId, messageId, clock.instant()));
    }

    /** An attempt failed; the next is due at {@code retryAt}, unless this was attempt {@code maxAttempts}. */
    public void recordFailure(EventContext context, String notificationId, String error, Instant retryAt,
                              int maxAttempts) {
        run(context, new NotificationCommand.RecordFailure(notificationId, error, retryAt, maxAttempts,
                clock.instant()));
    }

    /** The message cannot go, for {@code reason}: the desk stops trying (a person may still ask to send it). */
    public void giveUp(EventContext context, String notificationId, String reason) {
        run(context, new NotificationCommand.GiveUp(notificationId, reason, clock.instant()));
    }

    /** A person asks for a failed or given-up message to be sent again; refused for one sent or still waiting. */
    public void resend(EventContext context, String notificationId) {
        run(context, new NotificationCommand.RequestResend(notificationId, context.userId(), clock.instant()));
    }

    /** The branch writes messages of {@code kind} in {@code language} with its own words from now on. */
    public void changeTemplate(EventContext context, String branchId, NotificationKind kind, String language,
                               MessageTemplate template) {
        store.execute(context, BranchTemplatesDecider.streamId(branchId), TEMPLATES, BranchTemplateEvent.class,
                new BranchTemplateCommand.Change(branchId, kind, language, template, context.userId(), clock.instant()));
    }

    /** The branch goes back to the standard words for {@code kind} in {@code language}. */
    public void resetTemplate(EventContext context, String branchId, NotificationKind kind, String language) {
        store.execute(context, BranchTemplatesDecider.streamId(branchId), TEMPLATES, BranchTemplateEvent.class,
                new BranchTemplateCommand.Reset(branchId, kind, language, context.userId(), clock.instant()));
    }

    private void run(EventContext context, NotificationCommand command) {
        store.execute(context, NotificationDecider.streamId(command.notificationId()), OUTBOX, NotificationEvent.class,
                command);
    }
}
