package com.salondesk.persistence.saga;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.booking.BookingStatus;
import com.salondesk.domain.bookingsaga.SagaProgress;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.runtime.DeadLetterStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kills a real desk process (SIGKILL) right after each step of a booking's saga has been committed, then opens the
 * desk again on the same folder: the saga resumes from the log and completes, or compensates, with nothing
 * reserved, charged, confirmed or cancelled twice.
 */
class SagaProcessKillTest {

    @TempDir
    Path temp;

    /** Runs the desk process until it stops at {@code point}, kills it, and returns the booking's id. */
    private String runUntilKilled(Path folder, String point, String mode) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SagaKillDesk.class.getName(), folder.toString(), point,
                mode).redirectErrorStream(true).start();
        String bookingId = null;
        boolean reached = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            String line;
            while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
                if (line.startsWith("BOOKED ")) {
                    bookingId = line.substring(7).trim();
                }
                if (line.equals("AT " + point)) {
                    reached = true;
                    break;
                }
            }
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(reached).as("the desk process reached " + point).isTrue();
        // Null when killed right after the booking was recorded, before it said so: the log knows it then.
        return bookingId;
    }

    @ParameterizedTest
    @ValueSource(strings = {"booking.created", "booking-saga.started", "stock.reserved", "payment.taken",
            "booking-saga.step-completed:TAKE_DEPOSIT", "booking.confirmed"})
    void aDeskKilledAfterAnyStepCompletesTheSagaOnceWhenItStartsAgain(String point) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("desk"));
        String bookingId = runUntilKilled(folder, point, "pay");

        try (DeskBackEnd desk = DeskBackEnd.open(folder, SagaKillDesk.clock())) {
            String id = bookingId != null ? bookingId : onlyBooking(desk);
            SagaDesk.settle(desk);
            if (SagaDesk.count(desk, "payment.taken") == 0) {
                // Killed before the deposit was taken: the desk takes it now.
                SagaDesk.takeDeposit(desk, id);
                SagaDesk.settle(desk);
            }

            assertThat(desk.queries().booking(id).orElseThrow().status()).isEqualTo(BookingStatus.CONFIRMED);
            assertThat(desk.sagas().progress(id).orElseThrow().stage()).isEqualTo(SagaProgress.Stage.COMPLETED);
            assertThat(SagaDesk.sagaEvents(desk, id)).containsExactly("booking-saga.started",
                    "booking-saga.step-completed", "booking-saga.step-completed", "booking-saga.step-completed",
                    "booking-saga.completed");
            assertThat(SagaDesk.count(desk, "stock.reserved")).isEqualTo(1);
            assertThat(SagaDesk.count(desk, "payment.taken")).isEqualTo(1);
            assertThat(SagaDesk.count(desk, "payment.refunded")).isZero();
            assertThat(SagaDesk.count(desk, "booking.confirmed")).isEqualTo(1);
            assertThat(desk.runtime().handlers().deadLetters().list(new DeadLetterStore.Filter(null, null, null, null)))
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"stock.reserved", "booking-saga.deposit-declined"})
    void aDeskKilledWhileTheDepositIsOutstandingCompensatesOnceWhenItStartsAfterTheDeadline(String point)
            throws Exception {
        Path folder = Files.createDirectories(temp.resolve("desk"));
        String bookingId = runUntilKilled(folder, point, "decline");

        // The desk stays closed past the deposit's deadline; its deadline clock finds the step on the next start.
        var later = java.time.Clock.offset(SagaKillDesk.clock(), Duration.ofHours(25));
        try (DeskBackEnd desk = DeskBackEnd.open(folder, later)) {
            bookingId = bookingId != null ? bookingId : onlyBooking(desk);
            SagaDesk.settle(desk);
            desk.sagaDeadlines().checkNow();
            SagaDesk.settle(desk);

            assertThat(desk.queries().booking(bookingId).orElseThrow().status()).isEqualTo(BookingStatus.CANCELLED);
            SagaProgress saga = desk.sagas().progress(bookingId).orElseThrow();
            assertThat(saga.stage()).isEqualTo(SagaProgress.Stage.COMPENSATED);
            assertThat(saga.reason().code()).isIn("booking-saga.deposit-not-paid", "booking-saga.card-declined");
            assertThat(SagaDesk.count(desk, "stock.reserved")).isEqualTo(1);
            assertThat(SagaDesk.count(desk, "stock.released")).isEqualTo(1);
            assertThat(SagaDesk.count(desk, "booking.cancelled")).isEqualTo(1);
            assertThat(SagaDesk.count(desk, "booking-saga.compensated")).isEqualTo(1);
        }
    }

    private static String onlyBooking(DeskBackEnd desk) {
        return desk.log().readAfter(0, Integer.MAX_VALUE).stream().filter(e -> e.type().equals("booking.created"))
                .map(e -> e.streamId().substring("booking-".length())).findFirst().orElseThrow();
    }
}
