package com.salondesk.domain.attention;

import com.salondesk.domain.shared.Decider;
import com.salondesk.domain.shared.DomainRejection;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Keeps one Needs-attention entry ({@code attention-<entryId>}): raised once, resolved once, in a way that fits
 * its kind (a booking that lost its time is moved, kept or cancelled; a refused change is dismissed).
 */
public final class AttentionDecider implements Decider<AttentionCommand, Attention, AttentionEvent> {

    public static String streamId(String entryId) {
        return "attention-" + entryId;
    }

    /**
     * The entry raised for a displaced event of this desk: the same for the same event, so deciding that event
     * again (after a crash, on the next start) finds the entry there and raises nothing twice.
     */
    public static String entryIdFor(UUID supersededEventId) {
        return UUID.nameUUIDFromBytes(("salondesk-attention:" + supersededEventId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** A rejection's arguments as the text an entry keeps of them. */
    public static List<String> argumentsOf(DomainRejection rejection) {
        return rejection.arguments().stream().map(String::valueOf).toList();
    }

    @Override
    public Attention initialState() {
        return new Attention.None();
    }

    @Override
    public List<AttentionEvent> decide(AttentionCommand command, Attention state) {
        return switch (command) {
            case AttentionCommand.Raise r -> {
                var raised = new AttentionEvent.Raised(r.entryId(), r.kind(), r.bookingId(), r.rivalBookingIds(),
                        r.rejectionCode(), r.rejectionArguments(), r.supersededEventId(), r.supersededType(),
                        r.supersededStreamId(), r.deviceId());
                yield switch (state) {
                    case Attention.None n -> List.of(raised);
                    case Attention.Open o when o.raised().equals(raised) -> List.of();
                    case Attention.Resolved o when o.raised().equals(raised) -> List.of();
                    case Attention.Open o -> throw new DomainRejection("attention.already-raised", r.entryId());
                    case Attention.Resolved o -> throw new DomainRejection("attention.already-raised", r.entryId());
                };
            }
            case AttentionCommand.Resolve r -> switch (state) {
                case Attention.None n -> throw new DomainRejection("attention.not-found", r.entryId());
                case Attention.Resolved done -> throw new DomainRejection("attention.already-resolved", done.how());
                case Attention.Open open -> {
                    if (r.how() == null || !r.how().fits(open.raised().kind())) {
                        throw new DomainRejection("attention.resolution-does-not-fit", r.how(), open.raised().kind());
                    }
                    yield List.of(new AttentionEvent.Resolved(r.entryId(), r.how(), r.actor() == null ? "" : r.actor()));
                }
            };
        };
    }

    @Override
    public Attention evolve(Attention state, AttentionEvent event) {
        return switch (event) {
            case AttentionEvent.Raised r -> new Attention.Open(r);
            case AttentionEvent.Resolved r -> switch (state) {
                case Attention.Open open -> new Attention.Resolved(open.raised(), r.how());
                case Attention.Resolved done -> done;
                case Attention.None n -> n;
            };
        };
    }

    /** The command that recorded {@code event}, to decide again on a newer state. */
    public static AttentionCommand again(AttentionEvent event, java.time.Instant at) {
        return switch (event) {
            case AttentionEvent.Raised r -> new AttentionCommand.Raise(r.entryId(), r.kind(), r.bookingId(),
                    r.rivalBookingIds(), r.rejectionCode(), r.rejectionArguments(), r.supersededEventId(),
                    r.supersededType(), r.supersededStreamId(), r.deviceId(), at);
            case AttentionEvent.Resolved r -> new AttentionCommand.Resolve(r.entryId(), r.how(), r.by(), at);
        };
    }
}
