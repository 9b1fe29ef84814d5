package com.salondesk.persistence.projection;

import static com.salondesk.persistence.desk.DeskSchema.Notifications.*;

import com.salondesk.domain.notification.NotificationEvent;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.read.NotificationStatus;
import com.salondesk.persistence.runtime.Projection;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;

/**
 * The outbox's read model: one row per message to a customer, with where it stands (waiting, sent, given up), its
 * failed attempts and last error, and when it is next due. The Messages screen lists it; the sender looks here for
 * what is due and then checks the message's own stream before it sends.
 */
public final class NotificationProjection implements Projection {

    public static final String NAME = "notifications";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean handles(RecordedEvent event) {
        return event.event() instanceof NotificationEvent;
    }

    @Override
    public void apply(DSLContext tx, RecordedEvent recorded) {
        if (!(recorded.event() instanceof NotificationEvent event)) {
            return;
        }
        OffsetDateTime at = recorded.recordedAt().atOffset(ZoneOffset.UTC);
        switch (event) {
            case NotificationEvent.Queued q -> tx.insertInto(TABLE)
                    .set(NOTIFICATION_ID, q.notificationId())
                    .set(KIND, q.kind().name())
                    .set(RECIPIENT, q.recipient())
                    .set(LANGUAGE, q.language())
                    .set(SUBJECT, q.subject())
                    .set(ANNOUNCED_EVENT_ID, q.announcedEventId())
                    .set(BOOKING_ID, q.bookingId())
                    .set(BRANCH_ID, q.branchId())
                    .set(CUSTOMER_ID, q.customerId())
                    .set(DEVICE_ID, recorded.envelope().metadata().deviceId())
                    .set(STATUS, NotificationStatus.WAITING.name())
                    .set(FAILED_ATTEMPTS, 0)
                    .set(QUEUED_AT, utc(q.at()))
                    .set(DUE_AT, utc(q.at()))
                    .set(CHANGED_AT, at)
                    .execute();
            case NotificationEvent.Sent s -> tx.update(TABLE)
                    .set(STATUS, NotificationStatus.SENT.name())
                    .set(SENT_AT, utc(s.at()))
                    .set(CHANGED_AT, at)
                    .where(NOTIFICATION_ID.eq(s.notificationId())).execute();
            case NotificationEvent.AttemptFailed f -> tx.update(TABLE)
                    .set(FAILED_ATTEMPTS, f.attempt())
                    .set(LAST_ERROR, f.error())
                    .set(DUE_AT, utc(f.retryAt()))
                    .set(CHANGED_AT, at)
                    .where(NOTIFICATION_ID.eq(f.notificationId())).execute();
            case NotificationEvent.GivenUp g -> tx.update(TABLE)
                    .set(STATUS, NotificationStatus.GIVEN_UP.name())
                    .set(FAILED_ATTEMPTS, g.attempts())
                    .set(LAST_ERROR, g.lastError())
                    .set(CHANGED_AT, at)
                    .where(NOTIFICATION_ID.eq(g.notificationId())).execute();
            case NotificationEvent.ResendRequested r -> tx.update(TABLE)
                    .set(STATUS, NotificationStatus.WAITING.name())
                    .set(FAILED_ATTEMPTS, 0)
                    .set(DUE_AT, utc(r.at()))
                    .set(CHANGED_AT, at)
                    .where(NOTIFICATION_ID.eq(r.notificationId()).and(STATUS.ne(NotificationStatus.SENT.name()))).execute();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public List<String> tables() {
        return List.of(NAME);
    }

    @Override
    public void reset(DSLContext tx) {
        tx.deleteFrom(TABLE).execute();
    }
}
