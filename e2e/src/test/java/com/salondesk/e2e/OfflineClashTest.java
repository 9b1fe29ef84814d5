package com.salondesk.e2e;

import static com.salondesk.e2e.support.ChainData.BEN;
import static com.salondesk.e2e.support.ChainData.JANE;
import static com.salondesk.e2e.support.ChainData.JOHN;
import static com.salondesk.e2e.support.ChainData.LONDON;
import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.e2e.support.Chain;
import com.salondesk.e2e.support.Desk;
import com.salondesk.e2e.support.Eventually;
import com.salondesk.e2e.support.SameEvents;
import com.salondesk.e2e.support.SyncServerProcess;
import com.salondesk.persistence.read.AttentionView;
import com.salondesk.persistence.read.BookingView;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end 2: two desks offline book the same stylist's time and come back one after the other, in either
 * order. The server's order decides: the desk that comes back first keeps its booking; the other desk's booking
 * loses its time and becomes one Needs-attention entry there, and nowhere else; every book shows the winner.
 */
class OfflineClashTest {

    @TempDir
    static Path folder;
    static SyncServerProcess server;

    @BeforeAll
    static void startTheServer() {
        server = SyncServerProcess.shared();
    }

    @ParameterizedTest(name = "desk {0} comes back first")
    @ValueSource(strings = {"desk-a", "desk-b"})
    void theDeskThatComesBackSecondGetsOneNeedsAttentionEntryAndEveryBookShowsTheWinner(String firstBack) {
        try (Chain chain = Chain.create(server, folder.resolve(firstBack), "desk-a", "desk-b", "desk-c")) {
            Desk a = chain.founder("desk-a");
            Desk b = chain.joiner("desk-b");
            Desk c = chain.joiner("desk-c");
            LocalDate day = LocalDate.now(LONDON).plusDays(2);
            a.goOffline();
            b.goOffline();

            String onA = a.book(BEN, JANE, day, "14:00", "14:45");
            String onB = b.book(BEN, JOHN, day, "14:15", "15:00");
            Map<String, String> bookingOf = Map.of("desk-a", onA, "desk-b", onB);
            Desk first = firstBack.equals("desk-a") ? a : b;
            Desk second = first == a ? b : a;
            String winner = bookingOf.get(firstBack);
            String loser = first == a ? onB : onA;

            first.startSync();
            first.awaitInStepWith(chain.events());
            second.startSync();
            chain.awaitConverged(a, b, c);

            // The entry is itself an event: every desk learns of it, and it is the losing desk's to deal with.
            String loserDevice = second.identity().deviceId();
            for (Desk desk : List.of(a, b, c)) {
                Eventually.await("the entry to reach " + desk,
                        () -> !desk.backEnd().queries().openAttention(loserDevice).isEmpty(),
                        () -> "its log: " + story(desk) + "; the server's: " + chain.events().all().stream()
                                .map(e -> e.type() + "@" + e.globalPosition()).toList());
                List<AttentionView> lost = desk.backEnd().queries().openAttention(loserDevice);
                assertThat(lost).as("Needs attention of the desk that lost, as %s knows it", desk).hasSize(1);
                assertThat(lost.getFirst().bookingId()).isEqualTo(loser);
                assertThat(lost.getFirst().rivalBookingIds()).containsExactly(winner);
                for (Desk other : List.of(first, c)) {
                    assertThat(desk.backEnd().queries().openAttention(other.identity().deviceId()))
                            .as("Needs attention of %s, as %s knows it", other, desk).isEmpty();
                }
            }
            for (Desk desk : List.of(a, b, c)) {
                List<BookingView> bensDay = desk.bookingsOn(day).stream()
                        .filter(v -> v.staffId().equals(BEN)).toList();
                assertThat(bensDay.stream().filter(BookingView::holdsTime).map(BookingView::bookingId))
                        .as("bookings holding Ben's time in %s's book", desk).containsExactly(winner);
                assertThat(desk.booking(loser)).as("the lost booking, in %s's book", desk)
                        .hasValueSatisfying(v -> assertThat(v.timeLost()).isTrue());
            }
            chain.awaitConverged(a, b, c);
            for (Desk desk : List.of(a, b, c)) {
                SameEvents.assertLogHoldsTheServersEvents(desk.toString(), desk.log(), chain.events().all());
            }
        }
    }

    /** A desk's log in short: type, sync status and global position of each event. */
    private static List<String> story(Desk desk) {
        return desk.log().stream().map(e -> e.type() + "/" + e.syncStatus() + "@" + e.globalPosition()).toList();
    }
}
