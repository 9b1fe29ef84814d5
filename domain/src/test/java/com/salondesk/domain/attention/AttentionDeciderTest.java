package com.salondesk.domain.attention;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.shared.DeciderScenario;
import com.salondesk.domain.shared.DomainRejection;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A Needs-attention entry: raised once, resolved once, in a way that fits what it is about. */
class AttentionDeciderTest {

    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");
    private static final UUID DISPLACED = UUID.fromString("0193f3c2-0000-7000-8000-000000000001");
    private static final String ENTRY = AttentionDecider.entryIdFor(DISPLACED);

    private final DeciderScenario<AttentionCommand, Attention, AttentionEvent> attention =
            DeciderScenario.of(new AttentionDecider());

    private static AttentionCommand.Raise raise(AttentionKind kind) {
        return new AttentionCommand.Raise(ENTRY, kind, "bk-1", List.of("bk-rival"), "schedule.slot-taken",
                List.of("10:00–10:45", "2026-11-26", "10:00–10:45"), DISPLACED.toString(), "schedule.slot-reserved",
                "schedule-anna-2026-11-26", "desk-a", NOW);
    }

    private static AttentionEvent.Raised raised(AttentionKind kind) {
        var r = raise(kind);
        return new AttentionEvent.Raised(ENTRY, kind, "bk-1", r.rivalBookingIds(), r.rejectionCode(),
                r.rejectionArguments(), r.supersededEventId(), r.supersededType(), r.supersededStreamId(), "desk-a");
    }

    private static AttentionCommand resolve(Resolution how) {
        return new AttentionCommand.Resolve(ENTRY, how, "maria", NOW);
    }

    @Test
    void the_entry_for_a_displaced_event_is_always_the_same() {
        assertThat(AttentionDecider.entryIdFor(DISPLACED)).isEqualTo(ENTRY)
                .isNotEqualTo(AttentionDecider.entryIdFor(UUID.randomUUID()));
    }

    @Test
    void an_entry_is_raised_once() {
        attention.given().when(raise(AttentionKind.BOOKING_TIME_LOST))
                .thenEvents(raised(AttentionKind.BOOKING_TIME_LOST));
        attention.given(raised(AttentionKind.BOOKING_TIME_LOST)).when(raise(AttentionKind.BOOKING_TIME_LOST))
                .thenNothing();
        attention.given(raised(AttentionKind.BOOKING_TIME_LOST)).when(raise(AttentionKind.CHANGE_REFUSED))
                .thenRejected("attention.already-raised");
    }

    @Test
    void a_booking_that_lost_its_time_is_moved_kept_or_cancelled_never_just_dismissed() {
        for (Resolution how : List.of(Resolution.MOVED, Resolution.OVERBOOKED, Resolution.CANCELLED)) {
            attention.given(raised(AttentionKind.BOOKING_TIME_LOST)).when(resolve(how))
                    .thenEvents(new AttentionEvent.Resolved(ENTRY, how, "maria"));
        }
        attention.given(raised(AttentionKind.BOOKING_TIME_LOST)).when(resolve(Resolution.DISMISSED))
                .thenRejected("attention.resolution-does-not-fit");
    }

    @Test
    void a_refused_change_is_dismissed() {
        attention.given(raised(AttentionKind.CHANGE_REFUSED)).when(resolve(Resolution.DISMISSED))
                .thenEvents(new AttentionEvent.Resolved(ENTRY, Resolution.DISMISSED, "maria"));
        attention.given(raised(AttentionKind.CHANGE_REFUSED)).when(resolve(Resolution.MOVED))
                .thenRejected("attention.resolution-does-not-fit");
    }

    @Test
    void an_entry_is_resolved_once() {
        DomainRejection second = attention.given(raised(AttentionKind.BOOKING_TIME_LOST),
                        new AttentionEvent.Resolved(ENTRY, Resolution.MOVED, "maria"))
                .when(resolve(Resolution.CANCELLED)).thenRejected("attention.already-resolved");
        assertThat(second.text(Locale.ENGLISH)).isEqualTo("This entry has already been dealt with (moved).");
        assertThat(second.text(Locale.GERMAN)).isEqualTo("Dieser Eintrag ist schon erledigt (verschoben).");
    }

    @Test
    void an_entry_never_raised_is_not_found() {
        attention.given().when(resolve(Resolution.MOVED)).thenRejected("attention.not-found");
    }

    @Test
    void the_refusal_is_kept_in_words_a_person_reads() {
        assertThat(raised(AttentionKind.BOOKING_TIME_LOST).rejection().text(Locale.ENGLISH))
                .isEqualTo("The stylist is already booked 10:00–10:45 on 2026-11-26, which overlaps 10:00–10:45.");
    }

    @Test
    void each_event_is_decided_again_as_the_command_that_recorded_it() {
        assertThat(AttentionDecider.again(raised(AttentionKind.BOOKING_TIME_LOST), NOW))
                .isEqualTo(raise(AttentionKind.BOOKING_TIME_LOST));
        assertThat(AttentionDecider.again(new AttentionEvent.Resolved(ENTRY, Resolution.MOVED, "maria"), NOW))
                .isEqualTo(resolve(Resolution.MOVED));
    }
}
