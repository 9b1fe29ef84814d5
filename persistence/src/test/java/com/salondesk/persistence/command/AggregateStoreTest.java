package com.salondesk.persistence.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salondesk.domain.booking.BookingCommand;
import com.salondesk.domain.booking.BookingDecider;
import com.salondesk.domain.booking.BookingDetails;
import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.shared.UuidV7;
import com.salondesk.persistence.TestChain;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.RecordedEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command on a stream the desk has just named answers as a command that reads the stream first. */
class AggregateStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

    @TempDir
    Path folder;
    private DeskBackEnd desk;
    private AggregateStore store;
    private final BookingDecider bookings = new BookingDecider();

    @BeforeEach
    void open() {
        desk = DeskBackEnd.open(folder, Clock.systemUTC());
        store = desk.store();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private static BookingCommand.Request request(String id) {
        Instant start = Instant.parse("2026-12-01T10:00:00Z");
        return new BookingCommand.Request(id, BookingDetails.single("c-1", "soho", "anna", "cut", start,
                start.plusSeconds(2_700), Money.of("55.00", "GBP")), "maria", NOW);
    }

    private List<RecordedEvent> onNewStream(String id, BookingCommand command) {
        return store.executeOnNewStream(TestChain.ctx(), BookingDecider.streamId(id), bookings, BookingEvent.class, command);
    }

    @Test
    void aNewStreamStartsAtVersionOne() {
        String id = UuidV7.next().toString();

        List<RecordedEvent> recorded = onNewStream(id, request(id));

        assertThat(recorded).singleElement().satisfies(r -> {
            assertThat(r.version()).isEqualTo(1);
            assertThat(r.event()).isInstanceOf(BookingEvent.Created.class);
        });
        assertThat(desk.log().readStream(BookingDecider.streamId(id))).containsExactlyElementsOf(recorded);
    }

    @Test
    void aStreamThatExistsAfterAllIsDecidedOnWhatItHolds() {
        String id = UuidV7.next().toString();
        onNewStream(id, request(id));
        long before = desk.log().count();

        // The same request again is already done: nothing to record, as for a command that reads first.
        assertThat(onNewStream(id, request(id))).isEmpty();
        // Allowed on nothing, refused on what the stream holds: the refusal of a command that reads first.
        BookingCommand.Request other = new BookingCommand.Request(id, BookingDetails.single("c-2", "soho", "anna", "cut",
                Instant.parse("2026-12-02T10:00:00Z"), Instant.parse("2026-12-02T10:45:00Z"), Money.of("55.00", "GBP")),
                "maria", NOW);
        assertThatThrownBy(() -> onNewStream(id, other))
                .isInstanceOf(DomainRejection.class)
                .extracting(e -> ((DomainRejection) e).code()).isEqualTo("booking.already-exists");
        assertThat(desk.log().count()).isEqualTo(before);

        // Refused on nothing, allowed on what the stream holds: recorded after the stream's events.
        List<RecordedEvent> confirmed = onNewStream(id, new BookingCommand.Confirm(id, "maria", NOW));
        assertThat(confirmed).singleElement().satisfies(r -> {
            assertThat(r.version()).isEqualTo(2);
            assertThat(r.event()).isEqualTo(new BookingEvent.Confirmed(id));
        });
    }

    @Test
    void aCommandRefusedOnNothingAndOnTheStoredStateIsRefusedAsAReadingCommandWouldBe() {
        String id = UuidV7.next().toString();

        assertThatThrownBy(() -> onNewStream(id, new BookingCommand.Confirm(id, "maria", NOW)))
                .isInstanceOf(DomainRejection.class)
                .hasMessage(catchMessage(() -> store.execute(TestChain.ctx(), BookingDecider.streamId(id), bookings,
                        BookingEvent.class, new BookingCommand.Confirm(id, "maria", NOW))));
        assertThat(desk.log().count()).isZero();
    }

    private static String catchMessage(Runnable command) {
        try {
            command.run();
        } catch (DomainRejection e) {
            return e.getMessage();
        }
        throw new AssertionError("the command was not refused");
    }
}
