package com.salondesk.persistence.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.booking.Booking;
import com.salondesk.domain.booking.BookingDecider;
import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.schedule.StaffDay;
import com.salondesk.domain.schedule.StaffDayDecider;
import com.salondesk.domain.schedule.StaffDayEvent;
import com.salondesk.persistence.TestChain;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.command.AggregateStore.Loaded;
import com.salondesk.domain.booking.NewBooking;
import com.salondesk.persistence.desk.RecordedEvent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotTest {

    private static final String DAY = StaffDayDecider.streamId(TestChain.STYLIST, LocalDate.parse("2026-12-01"));

    @TempDir
    Path folder;
    private DeskBackEnd desk;
    private final List<String> bookings = new ArrayList<>();

    @BeforeEach
    void bookABusyDay() {
        desk = DeskBackEnd.open(folder, TestChain.clockFrom("2026-12-01T18:00:00Z"), List.of(), new SnapshotPolicy(Map.of(
                "schedule", new SnapshotPolicy.Rule(3, 1),
                "booking", new SnapshotPolicy.Rule(2, 1))));
        TestChain chain = TestChain.setUp(desk);
        for (int i = 0; i < 10; i++) {
            LocalDateTime start = LocalDateTime.parse("2026-12-01T09:00").plusMinutes(45L * i);
            bookings.add(desk.bookings().book(TestChain.ctx(), new NewBooking(chain.customerId, TestChain.BRANCH,
                    TestChain.STYLIST, TestChain.CUT, start, start.plusMinutes(45), false)));
        }
        desk.bookings().cancel(TestChain.ctx(), bookings.get(4), "moved to Friday");
        desk.bookings().confirm(TestChain.ctx(), bookings.get(7));
        desk.bookings().checkIn(TestChain.ctx(), bookings.get(7));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private Loaded<StaffDay> loadDay() {
        return desk.store().load(DAY, new StaffDayDecider(), StaffDayEvent.class);
    }

    private StaffDay replayDay() {
        return new StaffDayDecider().fold(desk.log().readStream(DAY).stream()
                .map(e -> (StaffDayEvent) e.event()).toList());
    }

    private int snapshotVersion(String streamId) {
        return desk.database().dsl().fetchOne("SELECT version FROM snapshots WHERE aggregate_id = ?", streamId)
                .get(0, Integer.class);
    }

    @Test
    void snapshotPlusNewerEventsEqualsAFullReplay() {
        assertThat(snapshotVersion(DAY)).isEqualTo(9);
        Loaded<StaffDay> loaded = loadDay();
        assertThat(loaded.version()).isEqualTo(11);
        assertThat(loaded.state()).isEqualTo(replayDay());
        assertThat(loaded.state().reservations()).hasSize(9).doesNotContainKey(bookings.get(4));

        String booking = BookingDecider.streamId(bookings.get(7));
        assertThat(snapshotVersion(booking)).isEqualTo(2);
        Loaded<Booking> checkedIn = desk.store().load(booking, new BookingDecider(), BookingEvent.class);
        assertThat(checkedIn.state()).isInstanceOf(Booking.CheckedIn.class)
                .isEqualTo(new BookingDecider().fold(desk.log().readStream(booking).stream()
                        .map(e -> (BookingEvent) e.event()).toList()));
    }

    @Test
    void aSnapshotOfAnotherSchemaVersionIsIgnoredNeverMisread() {
        // An old snapshot that claims the day is empty: reading it would lose nine reservations.
        desk.database().dsl().execute("UPDATE snapshots SET schema_version = 0, data = ? WHERE aggregate_id = ?",
                "{\"reservations\":{}}", DAY);

        assertThat(loadDay().state()).isEqualTo(replayDay());
    }

    @Test
    void aSnapshotThatNoLongerReadsIsIgnored() {
        desk.database().dsl().execute("UPDATE snapshots SET data = ? WHERE aggregate_id = ?", "{\"slots\":[1,2]}", DAY);

        assertThat(loadDay().state()).isEqualTo(replayDay());
        assertThat(loadDay().version()).isEqualTo(11);
    }

    @Test
    void theLoadReadsOnlyEventsAfterTheSnapshot() {
        List<RecordedEvent> after = desk.log().readStream(DAY, snapshotVersion(DAY));
        assertThat(after).extracting(RecordedEvent::version).containsExactly(10L, 11L);
        assertThat(desk.database().dsl().fetchCount(DSL.table("snapshots"))).isGreaterThan(1);
    }
}
