package com.salondesk.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.shared.DeciderScenario;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One message of the outbox: queued once, retried until sent or given up, sent again only when a person asks. */
class NotificationDeciderTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(60);
    private static final String EVENT = "0193f3c2-0000-7000-8000-000000000042";
    private static final String ID = NotificationDecider.notificationIdFor(EVENT, NotificationKind.BOOKING_CREATED);

    private final DeciderScenario<NotificationCommand, Notification, NotificationEvent> outbox =
            DeciderScenario.of(new NotificationDecider());

    private static NotificationCommand.Queue queue(String email) {
        return new NotificationCommand.Queue(ID, NotificationKind.BOOKING_CREATED, new Recipient(email, "en"),
                new RenderedMessage("Your appointment", "Hello Ada"), EVENT, "bk-1", "soho", "ada", NOW);
    }

    private static final NotificationEvent.Queued QUEUED = new NotificationEvent.Queued(ID,
            NotificationKind.BOOKING_CREATED, "ada@example.com", "en", "Your appointment", "Hello Ada", EVENT, "bk-1",
            "soho", "ada", NOW);

    private static NotificationCommand.RecordFailure failure(String error) {
        return new NotificationCommand.RecordFailure(ID, error, LATER, 3, NOW);
    }

    private static NotificationEvent.AttemptFailed failed(int attempt, String error) {
        return new NotificationEvent.AttemptFailed(ID, attempt, error, LATER, NOW);
    }

    @Test
    void the_same_event_always_names_the_same_message_and_each_kind_its_own() {
        assertThat(NotificationDecider.notificationIdFor(EVENT, NotificationKind.BOOKING_CREATED)).isEqualTo(ID);
        assertThat(NotificationDecider.notificationIdFor(EVENT, NotificationKind.BOOKING_CONFIRMED)).isNotEqualTo(ID);
        assertThat(NotificationDecider.streamId(ID)).isEqualTo("notification-" + ID);
    }

    @Test
    void a_message_is_queued_once_and_queuing_it_again_changes_nothing() {
        outbox.given().when(queue("ada@example.com")).thenEvents(QUEUED);
        outbox.given(QUEUED).when(queue("ada@example.com")).thenNothing();
    }

    @Test
    void a_message_without_an_address_is_refused() {
        outbox.given().when(queue(" ")).thenRejected("notification.no-address");
    }

    @Test
    void another_message_under_the_same_id_is_refused() {
        var other = new NotificationCommand.Queue(ID, NotificationKind.BOOKING_CANCELLED, new Recipient("a@b.co", "en"),
                new RenderedMessage("s", "b"), "another-event", "bk-1", "soho", "ada", NOW);
        outbox.given(QUEUED).when(other).thenRejected("notification.already-queued");
    }

    @Test
    void a_sent_message_is_sent_once() {
        outbox.given(QUEUED).when(new NotificationCommand.RecordSent(ID, "<m@x>", LATER))
                .thenEvents(new NotificationEvent.Sent(ID, "<m@x>", 1, LATER));
        outbox.given(QUEUED, new NotificationEvent.Sent(ID, "<m@x>", 1, LATER))
                .when(new NotificationCommand.RecordSent(ID, "<m@x>", LATER)).thenNothing();
        outbox.given(QUEUED, new NotificationEvent.Sent(ID, "<m@x>", 1, LATER)).when(failure("late timeout"))
                .thenNothing();
    }

    @Test
    void failures_are_counted_and_the_last_allowed_one_gives_up() {
        outbox.given(QUEUED).when(failure("connection refused")).thenEvents(failed(1, "connection refused"));
        outbox.given(QUEUED, failed(1, "connection refused")).when(failure("connection refused"))
                .thenEvents(failed(2, "connection refused"));
        outbox.given(QUEUED, failed(1, "x"), failed(2, "x")).when(failure("connection refused"))
                .thenEvents(failed(3, "connection refused"),
                        new NotificationEvent.GivenUp(ID, 3, "connection refused", NOW));
    }

    @Test
    void the_attempt_that_succeeds_is_counted_after_the_failures() {
        outbox.given(QUEUED, failed(1, "x")).when(new NotificationCommand.RecordSent(ID, "<m@x>", LATER))
                .thenEvents(new NotificationEvent.Sent(ID, "<m@x>", 2, LATER));
    }

    @Test
    void a_given_up_message_is_tried_again_when_a_person_asks() {
        var givenUp = new NotificationEvent.GivenUp(ID, 1, "x", NOW);
        var resend = new NotificationCommand.RequestResend(ID, "maria", LATER);
        outbox.given(QUEUED, failed(1, "x"), givenUp).when(resend)
                .thenEvents(new NotificationEvent.ResendRequested(ID, "maria", LATER));
        outbox.given(QUEUED, failed(1, "x"), givenUp, new NotificationEvent.ResendRequested(ID, "maria", LATER))
                .when(failure("still down")).thenEvents(failed(1, "still down"));
        outbox.given(QUEUED, failed(1, "x")).when(resend)
                .thenEvents(new NotificationEvent.ResendRequested(ID, "maria", LATER));
    }

    @Test
    void a_message_that_has_not_failed_or_was_sent_is_not_sent_again() {
        var resend = new NotificationCommand.RequestResend(ID, "maria", LATER);
        outbox.given(QUEUED).when(resend).thenRejected("notification.not-failed");
        var refusal = outbox.given(QUEUED, new NotificationEvent.Sent(ID, "<m@x>", 1, LATER)).when(resend)
                .thenRejected("notification.already-sent");
        assertThat(refusal.text(Locale.GERMAN)).contains("ada@example.com").contains("schon verschickt");
        outbox.given().when(resend).thenRejected("notification.not-found");
    }

    @Test
    void the_state_says_when_the_next_attempt_is_due() {
        var decider = new NotificationDecider();
        var state = decider.fold(java.util.List.of(QUEUED, failed(1, "x")));
        assertThat(state).isEqualTo(new Notification.Waiting(QUEUED, 1, "x", LATER));
    }

    @Test
    void a_message_that_cannot_go_is_given_up_at_once_and_only_once() {
        var giveUp = new NotificationCommand.GiveUp(ID, "the chain's server did not accept it", LATER);
        outbox.given(QUEUED).when(giveUp)
                .thenEvents(new NotificationEvent.GivenUp(ID, 0, "the chain's server did not accept it", LATER));
        outbox.given(QUEUED, new NotificationEvent.GivenUp(ID, 0, "x", LATER)).when(giveUp).thenNothing();
        outbox.given(QUEUED, new NotificationEvent.Sent(ID, "<m@x>", 1, LATER)).when(giveUp).thenNothing();
        outbox.given().when(giveUp).thenRejected("notification.not-found");
    }

    @Test
    void each_fact_is_decided_again_by_the_command_that_recorded_it() {
        var resend = new NotificationEvent.ResendRequested(ID, "maria", LATER);
        // A resend asked for on another desk while this one sent the message: refused on the newer state.
        outbox.given(QUEUED, failed(1, "x"), new NotificationEvent.Sent(ID, "<m@x>", 2, LATER))
                .when(NotificationDecider.again(resend, "maria", LATER)).thenRejected("notification.already-sent");
        outbox.given().when(NotificationDecider.again(QUEUED, "notifier", NOW)).thenEvents(QUEUED);
        outbox.given(QUEUED, failed(1, "x"), failed(2, "x"))
                .when(NotificationDecider.again(failed(3, "x"), "sender", NOW)).thenEvents(failed(3, "x"));
    }
}
