package com.salondesk.persistence.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.persistence.TestChain;
import com.salondesk.domain.booking.NewBooking;
import com.salondesk.persistence.backend.DeskBackEnd;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeskMaintenanceTest {

    @TempDir
    Path folder;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return DeskMaintenance.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void rebuildsAReadModelThatWasLostAndReportsProgress() {
        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC())) {
            TestChain chain = TestChain.setUp(desk);
            desk.bookings().book(TestChain.ctx(), new NewBooking(chain.customerId, TestChain.BRANCH, TestChain.STYLIST,
                    TestChain.CUT, LocalDateTime.parse("2026-12-01T10:00"), LocalDateTime.parse("2026-12-01T10:45"), false));
            desk.awaitProjections();
            desk.database().dsl().execute("DELETE FROM booking_projections");
        }

        assertThat(run("rebuild", "booking_projections", "--data-dir", folder.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("booking_projections: 100%").contains("rebuilt booking_projections");

        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC())) {
            assertThat(desk.queries().bookingsOn("soho", LocalDate.parse("2026-12-01"), ZoneId.of("Europe/London"))).hasSize(1);
        }
        assertThat(run("status", "--data-dir", folder.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("read model booking_projections: at").contains("0 behind");
    }

    @Test
    void badInputGetsAPlainAnswerAndChangesNothing() {
        assertThat(run("rebuild", "booking_projections")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--data-dir");
        assertThat(run("rebuild", "booking_projections", "--data-dir", folder.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("There is no SalonDesk data");
        assertThat(run("--verbose", "status")).isEqualTo(2);
        assertThat(run("status", "--data-dir")).isEqualTo(2);

        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC())) {
            TestChain.setUp(desk);
        }
        assertThat(run("rebuild", "bookings", "--data-dir", folder.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no read model named 'bookings'").contains("booking_projections");
        assertThat(run("compact", "--data-dir", folder.toString())).isEqualTo(2);
    }

    @Test
    void everyCommandExplainsItselfOnHelp() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: salondesk").contains("status").contains("rebuild");
        assertThat(run("status", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: salondesk status").contains("--data-dir=<folder>");
        assertThat(run("rebuild", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: salondesk rebuild")
                .contains("<read model>|all").contains("beside the one in use");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void speaksTheLanguageOfTheMachine() {
        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC())) {
            TestChain.setUp(desk);
        }
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            assertThat(run("status", "--data-dir", folder.toString())).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Lesemodell booking_projections: bei")
                    .contains("unzustellbare Ereignisse, die auf eine Person warten: 0");

            assertThat(run("rebuild", "--data-dir", folder.toString())).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .contains("Sagen Sie, welches Lesemodell neu aufgebaut werden soll, oder all.")
                    .contains("Aufruf: salondesk rebuild");
        } finally {
            Locale.setDefault(before);
        }
    }
}
