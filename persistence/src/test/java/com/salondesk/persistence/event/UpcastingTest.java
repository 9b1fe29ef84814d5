package com.salondesk.persistence.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salondesk.domain.booking.BookedService;
import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.booking.BookingStatus;
import com.salondesk.domain.shared.Money;
import com.salondesk.persistence.TestChain;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.DeskSchema.Events;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.projection.BookingProjection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** booking.created v1 payloads, stored as a v1 desk wrote them, are read in today's v2 shape. */
class UpcastingTest {

    private final EventTypeRegistry registry = SalonEventTypes.registry();

    @TempDir
    Path folder;

    private JsonNode fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/v1/" + name)) {
            return registry.json().readTree(in);
        }
    }

    @Test
    void aV1BookingBecomesABookingOfOneService() throws IOException {
        JsonNode stored = fixture("booking.created.json");

        var event = (BookingEvent.Created) registry.fromPayload("booking.created",
                stored.at("/metadata/schemaVersion").asInt(), (ObjectNode) stored.get("payload"));

        assertThat(event.services()).containsExactly(new BookedService("cut", 45, Money.of("55.00", "GBP")));
        assertThat(event.price()).isEqualTo(Money.of("55.00", "GBP"));
        assertThat(event.start()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(event.staffId()).isEqualTo("anna");
        assertThat(stored.at("/payload/serviceId").asText()).as("the stored payload is not changed").isEqualTo("cut");
    }

    @Test
    void theCurrentShapeReadsBackUnchanged() {
        var event = BookingEvent.Created.single("b1", "c1", "soho", "anna", "colour",
                Instant.parse("2026-12-01T13:00:00Z"), Instant.parse("2026-12-01T14:30:00Z"), Money.of("120", "GBP"));
        ObjectNode payload = registry.json().valueToTree(event);

        assertThat(payload.has("serviceId")).isFalse();
        assertThat(payload.at("/services/0/durationMinutes").asInt()).isEqualTo(90);
        assertThat(registry.fromPayload("booking.created", 2, payload)).isEqualTo(event);
    }

    @Test
    void anUnknownSchemaVersionIsRefusedNotMisread() throws IOException {
        ObjectNode payload = (ObjectNode) fixture("booking.created.json").get("payload");
        assertThatThrownBy(() -> registry.fromPayload("booking.created", 3, payload))
                .isInstanceOf(UnknownEventTypeException.class).hasMessageContaining("1 to 2");
        assertThat(registry.knows("booking.created", 1)).isTrue();
        assertThat(registry.knows("booking.created", 3)).isFalse();
    }

    @Test
    void aDeskLogHoldingV1EventsReadsAndProjectsThemInTheCurrentShape() throws IOException {
        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC())) {
            TestChain.setUp(desk);
            for (String name : List.of("booking.created.json", "booking.created.colour.json")) {
                insertAsStored(desk, fixture(name));
            }
            desk.runtime().projections().rebuild(BookingProjection.NAME);
            // The service names come from the directory, which follows the log on its own worker.
            desk.awaitProjections();

            List<RecordedEvent> stream = desk.log().readStream("booking-0193f3c2-7b00-7cc1-9d2e-5b8f0a1c2d00");
            assertThat(stream).singleElement().satisfies(e -> {
                assertThat(((BookingEvent.Created) e.event()).services())
                        .containsExactly(new BookedService("colour", 90, Money.of("120", "GBP")));
                assertThat(e.envelope().metadata().schemaVersion()).isEqualTo(1);
                assertThat(e.envelope().payload().get("serviceId").asText()).isEqualTo("colour");
            });
            assertThat(desk.queries().bookingsOn("soho", LocalDate.parse("2026-12-01"), ZoneId.of("Europe/London")))
                    .extracting(b -> b.serviceName(), b -> b.status())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Cut & finish", BookingStatus.REQUESTED),
                            org.assertj.core.groups.Tuple.tuple("Full colour", BookingStatus.REQUESTED));
        }
    }

    /** Writes the event's row exactly as a v1 desk stored it. */
    private void insertAsStored(DeskBackEnd desk, JsonNode stored) throws IOException {
        desk.database().dsl().insertInto(Events.TABLE)
                .set(Events.LOCAL_SEQ, desk.log().headPosition() + 1)
                .set(Events.ID, UUID.fromString(stored.get("id").asText()))
                .set(Events.STREAM_ID, stored.get("streamId").asText())
                .set(Events.VERSION, stored.get("version").asInt())
                .set(Events.EVENT_TYPE, stored.get("type").asText())
                .set(Events.SCHEMA_VERSION, stored.at("/metadata/schemaVersion").asInt())
                .set(Events.EVENT_DATA, registry.json().writeValueAsString(stored.get("payload")))
                .set(Events.METADATA, registry.json().writeValueAsString(stored.get("metadata")))
                .set(Events.RECORDED_AT, OffsetDateTime.parse(stored.get("timestamp").asText()))
                .set(Events.TENANT_ID, stored.at("/metadata/tenantId").asText())
                .set(Events.SYNC_STATUS, "SYNCED")
                .execute();
    }
}
