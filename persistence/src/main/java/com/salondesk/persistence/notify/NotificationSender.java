package com.salondesk.persistence.notify;

import com.google.common.eventbus.EventBus;
import com.google.common.eventbus.Subscribe;
import com.salondesk.domain.notification.Notification;
import com.salondesk.persistence.command.NotificationDesk;
import com.salondesk.persistence.desk.DeskEventLog;
import com.salondesk.persistence.desk.DeskIdentity;
import com.salondesk.persistence.desk.DeskIdentityStore;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.desk.SyncStatus;
import com.salondesk.persistence.mail.MailFailure;
import com.salondesk.persistence.mail.MailSettings;
import com.salondesk.persistence.mail.OutgoingMail;
import com.salondesk.persistence.mail.SmtpMailer;
import com.salondesk.persistence.read.DeskQueries;
import com.salondesk.persistence.read.NotificationQueries;
import com.salondesk.persistence.read.NotificationView;
import com.salondesk.persistence.runtime.ProjectionsUpdated;
import com.salondesk.persistence.sync.SyncSettings;
import com.salondesk.domain.shared.UuidV7;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends this desk's waiting customer messages over SMTP, on a thread of its own: each once it is due (at once when
 * queued, later after a failed attempt, backing off as the mail settings' retry says), and, where the desk syncs, only
 * after the sync server has accepted the event it announces. A failure is recorded with its error and the time of the
 * next attempt; after the last attempt the message is given up (visible on the Messages screen, where a person may
 * send it again). Sent is recorded right after the server took the message.
 *
 * <p>Not a handler of the event runtime: a handler works through events in log order as they arrive, while sending
 * is driven by time (backoff, waiting for the server's acceptance) and must not hold up the events behind it. It
 * reads the outbox's read model to find what is due, and the message's own stream to be sure before it sends.
 *
 * <p>What remains: if the desk stops between the server taking a message and the desk recording it sent, the message
 * is sent again on the next start. It carries the same Message-ID both times, so mail systems that drop duplicates by
 * Message-ID show it once; others show it twice. No SMTP exchange can close that window.
 */
public final class NotificationSender implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationSender.class);

    /** How often the sender looks for due messages when nothing wakes it sooner. */
    static final Duration LOOK_EVERY = Duration.ofSeconds(1);
    private static final int BATCH = 50;
    private static final String SENDER = "notification-sender";

    private final NotificationDesk desk;
    private final NotificationQueries outbox;
    private final DeskQueries queries;
    private final DeskEventLog log;
    private final DeskIdentityStore identity;
    private final Path dataDir;
    private final SmtpMailer mailer;
    private final Clock clock;
    private final EventBus bus;
    private final RandomGenerator random = RandomGenerator.getDefault();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, SENDER);
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean roundQueued = new AtomicBoolean();
    /** The last problem with the settings that was logged, so that it is logged once, not every second. */
    private volatile String settingsProblem = "";

    public NotificationSender(NotificationDesk desk, NotificationQueries outbox, DeskQueries queries, DeskEventLog log,
                              DeskIdentityStore identity, Path dataDir, SmtpMailer mailer, EventBus bus, Clock clock) {
        this.desk = desk;
        this.outbox = outbox;
        this.queries = queries;
        this.log = log;
        this.identity = identity;
        this.dataDir = dataDir;
        this.mailer = mailer;
        this.bus = bus;
        this.clock = clock;
    }

    /** Starts looking for due messages, every second and whenever the read models move on. */
    public void start() {
        bus.register(this);
        thread.scheduleWithFixedDelay(this::wake, 0, LOOK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A queued message, a resend or an accepted event may have made something due: look soon. */
    @Subscribe
    public void onProjectionsUpdated(ProjectionsUpdated updated) {
        wake();
    }

    private void wake() {
        if (roundQueued.compareAndSet(false, true)) {
            try {
                thread.execute(this::round);
            } catch (java.util.concurrent.RejectedExecutionException closed) {
                roundQueued.set(false);
            }
        }
    }

    private void round() {
        roundQueued.set(false);
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.warn("sending customer messages failed; trying again in a moment", e);
        }
    }

    /**
     * Sends every message of this desk that is due now and may go, and records each outcome; returns how many the
     * server took. Nothing is sent without e-mail settings or a desk identity. Runs on the sender's thread (tests
     * may call it from theirs while the sender is not started).
     */
    public int sendDue() {
        Optional<MailSettings> settings = settings();
        Optional<DeskIdentity> me = identity.read();
        if (settings.isEmpty() || me.isEmpty()) {
            return 0;
        }
        boolean syncing = Files.exists(dataDir.resolve(SyncSettings.FILE));
        Instant now = clock.instant();
        int sent = 0;
        for (NotificationView view : outbox.dueOn(me.get().deviceId(), now, BATCH)) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            if (sendOne(view, settings.get(), me.get(), syncing)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean sendOne(NotificationView view, MailSettings settings, DeskIdentity me, boolean syncing) {
        // The read model may lag behind the stream (a send recorded a moment ago): the stream decides.
        if (!(desk.notification(view.notificationId()) instanceof Notification.Waiting waiting)
                || waiting.dueAt().isAfter(clock.instant())) {
            return false;
        }
        var queued = waiting.queued();
        EventContext context = new EventContext(me.tenantId(), me.branchId(), me.deviceId(), SENDER,
                UuidV7.next().toString(), null);
        if (syncing) {
            Optional<SyncStatus> announced = log.syncStatus(UUID.fromString(queued.announcedEventId()));
            if (announced.isPresent() && announced.get() == SyncStatus.PENDING) {
                return false;
            }
            if (announced.isEmpty() || announced.get() == SyncStatus.REJECTED) {
                // The server's order displaced what the message announces: it is not news to give the customer.
                desk.giveUp(context, queued.notificationId(), "the chain's server did not accept the change this"
                        + " message announces");
                return false;
            }
        }
        String messageId = OutgoingMail.messageIdFor(queued.notificationId(), settings.from());
        String branchName = queries.branch(queued.branchId()).map(b -> b.name()).orElse("");
        var mail = new OutgoingMail(messageId, queued.recipient(), queued.language(), branchName, queued.subject(),
                queued.body());
        try {
            mailer.send(settings, mail);
        } catch (MailFailure failure) {
            int attempt = waiting.failedAttempts() + 1;
            int maxAttempts = failure.permanent() ? attempt : settings.retry().maxAttempts();
            Instant retryAt = clock.instant().plus(settings.retry().delayBefore(attempt + 1, random));
            desk.recordFailure(context, queued.notificationId(), failure.getMessage(), retryAt, maxAttempts);
            if (attempt >= maxAttempts) {
                LOG.warn("gave up sending {} message {} after {} attempt(s): {}", queued.kind(),
                        queued.notificationId(), attempt, failure.getMessage());
            } else {
                LOG.info("attempt {} to send {} message {} failed ({}); next at {}", attempt, queued.kind(),
                        queued.notificationId(), failure.getMessage(), retryAt);
            }
            try {
                thread.schedule(this::wake, Math.max(0, Duration.between(clock.instant(), retryAt).toMillis()),
                        TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                // The desk is closing; the next start finds the message due.
            }
            return false;
        }
        desk.recordSent(context, queued.notificationId(), messageId);
        return true;
    }

    private Optional<MailSettings> settings() {
        try {
            Optional<MailSettings> settings = MailSettings.read(dataDir);
            settingsProblem = "";
            return settings;
        } catch (RuntimeException e) {
            if (!e.getMessage().equals(settingsProblem)) {
                settingsProblem = e.getMessage();
                LOG.warn("customer messages wait: {}", e.getMessage());
            }
            return Optional.empty();
        }
    }

    /** Stops looking; a send under way may finish (the mail server's timeouts bound it). */
    @Override
    public void close() {
        try {
            bus.unregister(this);
        } catch (IllegalArgumentException notRegistered) {
            // Never started.
        }
        thread.shutdownNow();
        try {
            if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("the notification sender is still talking to the mail server; closing without it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
