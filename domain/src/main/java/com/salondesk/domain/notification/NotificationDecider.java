package com.salondesk.domain.notification;

import com.salondesk.domain.shared.Decider;
import com.salondesk.domain.shared.DomainRejection;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Keeps one message of the outbox ({@code notification-<id>}): queued once, then failed attempts until it is sent or
 * given up; a person may ask for a failed one to be tried again. Sent is final: a message is sent once.
 */
public final class NotificationDecider implements Decider<NotificationCommand, Notification, NotificationEvent> {

    public static String streamId(String notificationId) {
        return "notification-" + notificationId;
    }

    /**
     * The message of {@code kind} announcing {@code announcedEventId}: the same for the same event, so an event
     * handled twice (after a crash, redelivered) queues nothing twice.
     */
    public static String notificationIdFor(String announcedEventId, NotificationKind kind) {
        return UUID.nameUUIDFromBytes(("salondesk-notification:" + announcedEventId + ":" + kind.name())
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    @Override
    public Notification initialState() {
        return new Notification.None();
    }

    @Override
    public List<NotificationEvent> decide(NotificationCommand command, Notification state) {
        return switch (command) {
            case NotificationCommand.Queue q -> queue(q, state);
            case NotificationCommand.RecordSent s -> switch (state) {
                case Notification.None n -> throw notFound(s.notificationId());
                case Notification.Sent done -> List.of();
                case Notification.Waiting w -> List.of(new NotificationEvent.Sent(s.notificationId(), s.messageId(),
                        w.failedAttempts() + 1, s.now()));
                // The server took a last attempt that the desk had already counted as failed: it is sent after all.
                case Notification.GivenUp g -> List.of(new NotificationEvent.Sent(s.notificationId(), s.messageId(),
                        g.attempts(), s.now()));
            };
            case NotificationCommand.RecordFailure f -> switch (state) {
                case Notification.None n -> throw notFound(f.notificationId());
                case Notification.Sent done -> List.of();
                case Notification.GivenUp g -> List.of();
                case Notification.Waiting w -> {
                    int attempt = w.failedAttempts() + 1;
                    var failed = new NotificationEvent.AttemptFailed(f.notificationId(), attempt, f.error(),
                            f.retryAt(), f.now());
                    yield attempt >= f.maxAttempts()
                            ? List.of(failed, new NotificationEvent.GivenUp(f.notificationId(), attempt, f.error(),
                                    f.now()))
                            : List.of(failed);
                }
            };
            case NotificationCommand.GiveUp g -> switch (state) {
                case Notification.None n -> throw notFound(g.notificationId());
                case Notification.Sent done -> List.of();
                case Notification.GivenUp already -> List.of();
                case Notification.Waiting w -> List.of(new NotificationEvent.GivenUp(g.notificationId(),
                        w.failedAttempts(), g.reason(), g.now()));
            };
            case NotificationCommand.RequestResend r -> switch (state) {
                case Notification.None n -> throw notFound(r.notificationId());
                case Notification.Sent done -> throw new DomainRejection("notification.already-sent", done.queued()
                        .recipient());
                case Notification.Waiting w when w.failedAttempts() == 0 ->
                        throw new DomainRejection("notification.not-failed", w.queued().recipient());
                case Notification.Waiting w -> List.of(resend(r));
                case Notification.GivenUp g -> List.of(resend(r));
            };
        };
    }

    private static List<NotificationEvent> queue(NotificationCommand.Queue q, Notification state) {
        var queued = new NotificationEvent.Queued(q.notificationId(), q.kind(), q.recipient().email(),
                q.recipient().language(), q.message().subject(), q.message().body(), q.announcedEventId(),
                q.bookingId(), q.branchId(), q.customerId(), q.now());
        NotificationEvent.Queued before = switch (state) {
            case Notification.None n -> null;
            case Notification.Waiting w -> w.queued();
            case Notification.Sent s -> s.queued();
            case Notification.GivenUp g -> g.queued();
        };
        if (before == null) {
            if (q.recipient().email().isBlank()) {
                throw new DomainRejection("notification.no-address", q.kind());
            }
            return List.of(queued);
        }
        // The same message queued again (a redelivered event, words rendered a moment later) changes nothing.
        if (before.kind() == q.kind() && before.announcedEventId().equals(q.announcedEventId())) {
            return List.of();
        }
        throw new DomainRejection("notification.already-queued", q.notificationId());
    }

    private static NotificationEvent resend(NotificationCommand.RequestResend r) {
        return new NotificationEvent.ResendRequested(r.notificationId(), r.actor() == null ? "" : r.actor(), r.now());
    }

    private static DomainRejection notFound(String notificationId) {
        return new DomainRejection("notification.not-found", notificationId);
    }

    /**
     * The command that recorded {@code event}, to decide again on a newer state after a sync conflict (a resend asked
     * for on one desk while the sending desk recorded an attempt, say). A failure is decided again without giving up;
     * the give-up recorded with it follows as its own command.
     */
    public static NotificationCommand again(NotificationEvent event, String actor, Instant at) {
        return switch (event) {
            case NotificationEvent.Queued q -> new NotificationCommand.Queue(q.notificationId(), q.kind(),
                    new Recipient(q.recipient(), q.language()), new RenderedMessage(q.subject(), q.body()),
                    q.announcedEventId(), q.bookingId(), q.branchId(), q.customerId(), q.at());
            case NotificationEvent.Sent s -> new NotificationCommand.RecordSent(s.notificationId(), s.messageId(), at);
            case NotificationEvent.AttemptFailed f -> new NotificationCommand.RecordFailure(f.notificationId(),
                    f.error(), f.retryAt(), Integer.MAX_VALUE, at);
            case NotificationEvent.GivenUp g -> new NotificationCommand.GiveUp(g.notificationId(), g.lastError(), at);
            case NotificationEvent.ResendRequested r -> new NotificationCommand.RequestResend(r.notificationId(),
                    r.by().isEmpty() ? actor : r.by(), at);
        };
    }

    @Override
    public Notification evolve(Notification state, NotificationEvent event) {
        return switch (event) {
            case NotificationEvent.Queued q -> new Notification.Waiting(q, 0, "", q.at());
            case NotificationEvent.Sent s -> state instanceof Notification.Waiting w
                    ? new Notification.Sent(w.queued(), s.messageId(), s.at())
                    : state instanceof Notification.GivenUp g ? new Notification.Sent(g.queued(), s.messageId(), s.at())
                    : state;
            case NotificationEvent.AttemptFailed f -> state instanceof Notification.Waiting w
                    ? new Notification.Waiting(w.queued(), f.attempt(), f.error(), f.retryAt())
                    : state;
            case NotificationEvent.GivenUp g -> state instanceof Notification.Waiting w
                    ? new Notification.GivenUp(w.queued(), g.attempts(), g.lastError())
                    : state;
            case NotificationEvent.ResendRequested r -> switch (state) {
                case Notification.Waiting w -> new Notification.Waiting(w.queued(), 0, w.lastError(), r.at());
                case Notification.GivenUp g -> new Notification.Waiting(g.queued(), 0, g.lastError(), r.at());
                case Notification.Sent s -> s;
                case Notification.None n -> n;
            };
        };
    }
}
