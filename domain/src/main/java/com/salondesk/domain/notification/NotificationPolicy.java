package com.salondesk.domain.notification;

import com.salondesk.domain.customer.Customer;
import java.time.Instant;

/**
 * Whether a customer gets a message, and in which words: a rule across the customer, the branch's templates and
 * the outbox. A customer who withdrew marketing consent still gets service messages, never marketing; a customer
 * without an e-mail address gets nothing (that is no error: the reason is reported, not thrown).
 */
public final class NotificationPolicy {

    private NotificationPolicy() {
    }

    /** What to do about one message: queue it, or not, and why not. */
    public sealed interface Outcome {
        /** Queue the message with this command. */
        record Queue(NotificationCommand.Queue command) implements Outcome {
        }

        /** Send nothing, for {@code reason}. */
        record Skip(SkipReason reason) implements Outcome {
        }
    }

    /** Why a customer gets no message. */
    public enum SkipReason {
        /** The customer is not (or not yet) known on this desk. */
        CUSTOMER_UNKNOWN,
        /** The customer gave no e-mail address. */
        NO_EMAIL_ADDRESS,
        /** A marketing message, and the customer has not agreed to them. */
        NO_MARKETING_CONSENT,
        /**
         * The announced event is older than {@link #STALE_AFTER}, or the appointment has begun: news the customer no
         * longer needs (a desk that starts notifying works through its whole log once, and must not write about the
         * past).
         */
        NO_LONGER_NEWS
    }

    /** How old an announced event may be and still be news to the customer. */
    public static final java.time.Duration STALE_AFTER = java.time.Duration.ofDays(1);

    /**
     * The message of {@code kind} announcing {@code announcedEventId} to {@code customer}, written with the branch's
     * {@code templates} in {@code language}, filled in with {@code facts}; or why there is none. {@code announcedAt}
     * is when the announced event was recorded.
     */
    public static Outcome prepare(NotificationKind kind, Customer customer, MessageFacts facts, String language,
                                  BranchTemplates templates, String announcedEventId, Instant announcedAt,
                                  Instant now) {
        boolean appointmentBegun = kind != NotificationKind.PAYMENT_RECEIPT && facts.start() != null
                && !facts.start().isAfter(now);
        if (announcedAt.plus(STALE_AFTER).isBefore(now) || appointmentBegun) {
            return new Outcome.Skip(SkipReason.NO_LONGER_NEWS);
        }
        // A booking made before its customer's record was merged away still reaches them at that record's address.
        Customer.Registered registered = switch (customer) {
            case Customer.Registered r -> r;
            case Customer.MergedInto m -> new Customer.Registered(m.customerId(), m.details());
            case Customer.Unknown u -> null;
        };
        if (registered == null) {
            return new Outcome.Skip(SkipReason.CUSTOMER_UNKNOWN);
        }
        if (kind.purpose() == NotificationKind.Purpose.MARKETING && !registered.details().marketingConsent()) {
            return new Outcome.Skip(SkipReason.NO_MARKETING_CONSENT);
        }
        String email = registered.details().email();
        if (email.isBlank()) {
            return new Outcome.Skip(SkipReason.NO_EMAIL_ADDRESS);
        }
        String lang = NotificationLanguage.SUPPORTED.contains(language) ? language
                : NotificationLanguage.SUPPORTED.getFirst();
        RenderedMessage message = templates.templateFor(kind, lang).render(facts.values(facts.locale(lang)));
        return new Outcome.Queue(new NotificationCommand.Queue(NotificationDecider.notificationIdFor(announcedEventId,
                kind), kind, new Recipient(email, lang), message, announcedEventId, facts.bookingId(), facts.branchId(),
                registered.customerId(), now));
    }
}
