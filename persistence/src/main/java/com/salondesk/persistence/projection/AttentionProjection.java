package com.salondesk.persistence.projection;

import static com.salondesk.persistence.desk.DeskSchema.AttentionEntries.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salondesk.domain.attention.AttentionEvent;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.runtime.Projection;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;

/**
 * The Needs-attention list's read model: one row per entry, with the booking that lost its time and the ones that
 * won, the rule that refused it, the desk that must act, and how it was resolved.
 */
public final class AttentionProjection implements Projection {

    public static final String NAME = "attention_entries";

    private final ObjectMapper json;

    public AttentionProjection(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean handles(RecordedEvent event) {
        return event.event() instanceof AttentionEvent;
    }

    @Override
    public void apply(DSLContext tx, RecordedEvent recorded) {
        if (!(recorded.event() instanceof AttentionEvent event)) {
            return;
        }
        OffsetDateTime at = recorded.recordedAt().atOffset(ZoneOffset.UTC);
        switch (event) {
            case AttentionEvent.Raised r -> tx.insertInto(TABLE)
                    .set(ENTRY_ID, r.entryId())
                    .set(KIND, r.kind().name())
                    .set(BOOKING_ID, r.bookingId())
                    .set(RIVAL_BOOKING_IDS, write(r.rivalBookingIds()))
                    .set(REJECTION_CODE, r.rejectionCode())
                    .set(REJECTION_ARGUMENTS, write(r.rejectionArguments()))
                    .set(SUPERSEDED_EVENT_ID, r.supersededEventId())
                    .set(SUPERSEDED_TYPE, r.supersededType())
                    .set(SUPERSEDED_STREAM_ID, r.supersededStreamId())
                    .set(DEVICE_ID, r.deviceId())
                    .set(RAISED_AT, at)
                    .set(TENANT_ID, recorded.tenantId())
                    .execute();
            case AttentionEvent.Resolved r -> tx.update(TABLE)
                    .set(RESOLUTION, r.how().name())
                    .set(RESOLVED_BY, r.by())
                    .set(RESOLVED_AT, at)
                    .where(ENTRY_ID.eq(r.entryId())).execute();
        }
    }

    private String write(List<String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + values, e);
        }
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
