package com.salondesk.persistence.read;

import com.salondesk.domain.notification.NotificationKind;
import com.salondesk.persistence.desk.DeskDatabase;
import com.salondesk.persistence.desk.DeskSchema.Notifications;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/** The questions asked of the outbox's read model: the Messages screen's list, and what the sender should try. */
public final class NotificationQueries {

    private final DSLContext dsl;

    public NotificationQueries(DeskDatabase database) {
        this.dsl = database.dsl();
    }

    /** The most recently changed messages first, at most {@code limit}. */
    public List<NotificationView> recent(int limit) {
        return dsl.select(Notifications.ALL).from(Notifications.TABLE)
                .orderBy(Notifications.CHANGED_AT.desc(), Notifications.NOTIFICATION_ID).limit(limit)
                .fetch(NotificationQueries::view);
    }

    public Optional<NotificationView> notification(String notificationId) {
        return dsl.select(Notifications.ALL).from(Notifications.TABLE)
                .where(Notifications.NOTIFICATION_ID.eq(notificationId)).fetchOptional(NotificationQueries::view);
    }

    /** Messages of the desk {@code deviceId} waiting and due by {@code now}, the longest due first. */
    public List<NotificationView> dueOn(String deviceId, Instant now, int limit) {
        return dsl.select(Notifications.ALL).from(Notifications.TABLE)
                .where(Notifications.DEVICE_ID.eq(deviceId))
                .and(Notifications.STATUS.eq(NotificationStatus.WAITING.name()))
                .and(Notifications.DUE_AT.le(now.atOffset(ZoneOffset.UTC)))
                .orderBy(Notifications.DUE_AT, Notifications.NOTIFICATION_ID).limit(limit)
                .fetch(NotificationQueries::view);
    }

    /** When the next of the desk's waiting messages falls due, if any waits. */
    public Optional<Instant> nextDue(String deviceId) {
        OffsetDateTime next = dsl.select(org.jooq.impl.DSL.min(Notifications.DUE_AT)).from(Notifications.TABLE)
                .where(Notifications.DEVICE_ID.eq(deviceId))
                .and(Notifications.STATUS.eq(NotificationStatus.WAITING.name())).fetchOne(0, OffsetDateTime.class);
        return Optional.ofNullable(next).map(OffsetDateTime::toInstant);
    }

    /** How many messages the desk has given up on; a badge on the Support menu. */
    public int givenUpCount() {
        return dsl.fetchCount(Notifications.TABLE, Notifications.STATUS.eq(NotificationStatus.GIVEN_UP.name()));
    }

    private static NotificationView view(Record r) {
        OffsetDateTime sent = r.get(Notifications.SENT_AT);
        return new NotificationView(r.get(Notifications.NOTIFICATION_ID), NotificationKind.valueOf(r.get(Notifications.KIND)),
                r.get(Notifications.RECIPIENT), r.get(Notifications.LANGUAGE), r.get(Notifications.SUBJECT),
                r.get(Notifications.BOOKING_ID), r.get(Notifications.BRANCH_ID), r.get(Notifications.CUSTOMER_ID),
                r.get(Notifications.DEVICE_ID), NotificationStatus.valueOf(r.get(Notifications.STATUS)),
                r.get(Notifications.FAILED_ATTEMPTS), r.get(Notifications.LAST_ERROR),
                r.get(Notifications.QUEUED_AT).toInstant(), r.get(Notifications.DUE_AT).toInstant(),
                sent == null ? null : sent.toInstant(), r.get(Notifications.CHANGED_AT).toInstant());
    }
}
