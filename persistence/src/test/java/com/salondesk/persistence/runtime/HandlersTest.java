package com.salondesk.persistence.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.operations.HandlerCommand;
import com.salondesk.domain.operations.HandlerDecider;
import com.salondesk.domain.operations.HandlerEvent;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.Money;
import com.salondesk.persistence.TestChain;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.desk.StreamAppend;
import com.salondesk.persistence.runtime.Checkpoints;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Record;
import org.jooq.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandlersTest {

    private static final RetryPolicy QUICK = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5));
    private static final Set<String> BOOKING_TYPES = Set.of("booking.created", "booking.confirmed", "booking.cancelled");

    @TempDir
    Path folder;
    private DeskBackEnd desk;

    private DeskBackEnd open(EventHandler... handlers) {
        desk = DeskBackEnd.open(folder, Clock.systemUTC(), List.of(handlers));
        RecordingHandler.createTable(desk.database().dsl());
        return desk;
    }

    @AfterEach
    void close() {
        if (desk != null) {
            desk.close();
        }
    }

    private static BookingEvent.Created created(String id) {
        return BookingEvent.Created.single(id, "c", "soho", "anna", "cut", Instant.parse("2026-12-01T10:00:00Z"),
                Instant.parse("2026-12-01T10:45:00Z"), Money.of("55", "GBP"));
    }

    /** Appends {@code streams} bookings, each created, confirmed and cancelled. */
    private List<RecordedEvent> record(int streams) {
        List<RecordedEvent> all = new ArrayList<>();
        for (int i = 0; i < streams; i++) {
            String id = "b" + i;
            all.addAll(desk.log().append(TestChain.ctx(), new StreamAppend("booking-" + id, 0,
                    List.of(created(id), new BookingEvent.Confirmed(id), new BookingEvent.Cancelled(id, "ill")))));
        }
        return all;
    }

    private void awaitHandlers() throws InterruptedException {
        assertThat(desk.runtime().handlers().awaitPosition(desk.log().headPosition(), Duration.ofSeconds(60))).isTrue();
    }

    private Result<Record> handled(String handler) {
        return desk.database().dsl().fetch("SELECT event_id, stream_id, version FROM handled WHERE handler = ? ORDER BY seq", handler);
    }

    @Test
    void aHandlerGetsEachEventItTakesOnceInStreamOrder() throws Exception {
        var confirmations = new RecordingHandler("confirmations", Set.of("booking.confirmed"), QUICK, Duration.ofSeconds(5));
        var all = new RecordingHandler("all", BOOKING_TYPES, QUICK, Duration.ofSeconds(5));
        open(confirmations, all);
        List<RecordedEvent> events = record(20);
        awaitHandlers();

        assertThat(handled("confirmations")).hasSize(20)
                .allSatisfy(r -> assertThat(r.get("VERSION", Integer.class)).isEqualTo(2));
        assertThat(handled("all").getValues("EVENT_ID", UUID.class))
                .containsExactlyElementsOf(events.stream().map(e -> e.envelope().id()).toList());
    }

    @Test
    void aFailureIsRetriedWithBackoffAndThenSucceeds() throws Exception {
        var flaky = new RecordingHandler("flaky", BOOKING_TYPES, QUICK, Duration.ofSeconds(5));
        Map<UUID, Integer> calls = new HashMap<>();
        flaky.failWhen = e -> calls.merge(e.envelope().id(), 1, Integer::sum) < 3;
        open(flaky);
        record(2);
        awaitHandlers();

        assertThat(handled("flaky")).hasSize(6);
        assertThat(desk.runtime().handlers().status()).filteredOn(s -> s.handler().equals("flaky")).singleElement()
                .satisfies(s -> {
                    assertThat(s.failures()).isEqualTo(12);
                    assertThat(s.deadLetters()).isZero();
                    assertThat(s.lag()).isZero();
                });
    }

    @Test
    void afterTheLastAttemptTheEventIsDeadLetteredAndItsStreamWaitsWhileOthersGoOn() throws Exception {
        var printer = new RecordingHandler("printer", BOOKING_TYPES, QUICK, Duration.ofSeconds(5));
        printer.failWhen = e -> e.streamId().equals("booking-b1") && e.version() == 2;
        open(printer);
        record(3);
        awaitHandlers();

        assertThat(handled("printer").getValues("STREAM_ID", String.class))
                .containsExactly("booking-b0", "booking-b0", "booking-b0", "booking-b1", "booking-b2", "booking-b2", "booking-b2");
        List<DeadLetter> letters = desk.runtime().handlers().deadLetters().list(DeadLetterStore.Filter.open());
        assertThat(letters).extracting(DeadLetter::streamId, DeadLetter::eventType, DeadLetter::status, DeadLetter::attempts)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("booking-b1", "booking.confirmed", DeadLetterStatus.DEAD, 3),
                        org.assertj.core.groups.Tuple.tuple("booking-b1", "booking.cancelled", DeadLetterStatus.PARKED, 0));
        DeadLetter dead = letters.stream().filter(l -> l.status() == DeadLetterStatus.DEAD).findFirst().orElseThrow();
        assertThat(dead.error()).contains("printer out of paper");
        assertThat(dead.cause()).contains("IllegalStateException");
        assertThat(desk.runtime().handlers().deadLetters().countDead()).isEqualTo(1);

        // Later events of the parked stream keep waiting behind it.
        desk.log().append(TestChain.ctx(), new StreamAppend("booking-b1", 3, List.of(new BookingEvent.Cancelled("b1", "again"))));
        awaitHandlers();
        assertThat(desk.runtime().handlers().status()).filteredOn(s -> s.handler().equals("printer")).singleElement()
                .satisfies(s -> assertThat(s.parked()).isEqualTo(2));

        // The cause is fixed: a retry processes the dead letter and then the parked events, in order.
        printer.failWhen = e -> false;
        assertThat(desk.runtime().handlers().retry(dead.id())).isTrue();
        assertThat(handled("printer").getValues("VERSION", Integer.class).subList(7, 10)).containsExactly(2, 3, 4);
        assertThat(desk.runtime().handlers().deadLetters().list(DeadLetterStore.Filter.open()))
                .extracting(DeadLetter::status).containsOnly(DeadLetterStatus.RESOLVED);

        // Back to normal: new events of that stream are handled straight away.
        desk.log().append(TestChain.ctx(), new StreamAppend("booking-b1", 4, List.of(new BookingEvent.Cancelled("b1", "third"))));
        awaitHandlers();
        assertThat(handled("printer")).hasSize(11);
    }

    @Test
    void skippingADeadLetterRecordsTheReasonAsAnEventAndResumesTheStream() throws Exception {
        var printer = new RecordingHandler("printer", BOOKING_TYPES, QUICK, Duration.ofSeconds(5));
        printer.failWhen = e -> e.version() == 1;
        open(printer);
        record(1);
        awaitHandlers();
        DeadLetter dead = desk.runtime().handlers().deadLetters().list(new DeadLetterStore.Filter("printer", DeadLetterStatus.DEAD, null, null))
                .getFirst();
        DeadLetter parked = desk.runtime().handlers().deadLetters().list(new DeadLetterStore.Filter("printer", DeadLetterStatus.PARKED, null, null))
                .getFirst();

        // Without a reason the command is refused by the domain's rule, and nothing is recorded or passed over.
        assertThatThrownBy(() -> desk.deadLetterDesk().skip(dead.id(), " ", TestChain.ctx()))
                .isInstanceOfSatisfying(DomainRejection.class,
                        r -> assertThat(r.code()).isEqualTo("handler.skip-reason-required"));
        assertThat(desk.log().readStream("handler-printer")).isEmpty();
        assertThat(desk.runtime().handlers().deadLetters().find(dead.id()).orElseThrow().status()).isEqualTo(DeadLetterStatus.DEAD);
        // A letter waiting behind another is not the one to skip.
        assertThatThrownBy(() -> desk.deadLetterDesk().skip(parked.id(), "by hand", TestChain.ctx()))
                .isInstanceOfSatisfying(DomainRejection.class, r -> {
                    assertThat(r.code()).isEqualTo("dead-letter.waits-behind");
                    assertThat(r.arguments()).containsExactly(parked.id());
                });

        desk.deadLetterDesk().skip(dead.id(), " receipt printed by hand ", TestChain.ctx());

        assertThat(handled("printer").getValues("VERSION", Integer.class)).containsExactly(2, 3);
        assertThat(desk.log().readStream("handler-printer")).singleElement().satisfies(e -> {
            assertThat(e.envelope().type()).isEqualTo("handler.event-skipped");
            assertThat(e.envelope().payload().get("reason").asText()).isEqualTo("receipt printed by hand");
            assertThat(e.envelope().payload().get("eventId").asText()).isEqualTo(dead.eventId().toString());
        });
        DeadLetter skipped = desk.runtime().handlers().deadLetters().find(dead.id()).orElseThrow();
        assertThat(skipped.status()).isEqualTo(DeadLetterStatus.SKIPPED);
        assertThat(skipped.resolution()).isEqualTo("receipt printed by hand");

        // Once skipped, the letter is closed: a second skip is refused in plain words and records nothing.
        assertThatThrownBy(() -> desk.deadLetterDesk().skip(dead.id(), "again", TestChain.ctx()))
                .isInstanceOfSatisfying(DomainRejection.class, r -> {
                    assertThat(r.code()).isEqualTo("dead-letter.already-settled");
                    assertThat(r.arguments()).containsExactly(dead.id(), DeadLetterStatus.SKIPPED);
                    assertThat(r.text(Locale.GERMAN)).isEqualTo("Das Ereignis " + dead.id() + " ist bereits übersprungen.");
                });
        assertThat(desk.log().readStream("handler-printer")).hasSize(1);
    }

    @Test
    void whatCannotBeRetriedIsRefusedWithACodeAPersonReadsInTheirLanguage() throws Exception {
        var printer = new RecordingHandler("printer", BOOKING_TYPES, QUICK, Duration.ofSeconds(5));
        printer.failWhen = e -> e.version() == 1;
        open(printer);
        record(1);
        awaitHandlers();
        DeadLetter parked = desk.runtime().handlers().deadLetters().list(new DeadLetterStore.Filter("printer", DeadLetterStatus.PARKED, null, null))
                .getFirst();

        // The worker itself refuses to retry an event parked behind the dead one.
        assertThatThrownBy(() -> desk.runtime().handlers().retry(parked.id()))
                .isInstanceOfSatisfying(DomainRejection.class, r -> {
                    assertThat(r.code()).isEqualTo("dead-letter.waits-behind");
                    assertThat(r.arguments()).containsExactly(parked.id());
                });
        assertThatThrownBy(() -> desk.runtime().handlers().retry(9_999))
                .isInstanceOfSatisfying(DomainRejection.class, r -> {
                    assertThat(r.code()).isEqualTo("dead-letter.not-found");
                    assertThat(r.text(Locale.GERMAN)).isEqualTo("Es gibt kein unzustellbares Ereignis 9999.");
                });
        assertThat(handled("printer")).isEmpty();

        // Opened again without the printer (a build that no longer has it), its letters are still listed but
        // nothing here can take them up.
        desk.close();
        desk = DeskBackEnd.open(folder, Clock.systemUTC(), List.of());
        long dead = desk.runtime().handlers().deadLetters().list(new DeadLetterStore.Filter("printer", DeadLetterStatus.DEAD, null, null))
                .getFirst().id();
        assertThatThrownBy(() -> desk.runtime().handlers().retry(dead))
                .isInstanceOfSatisfying(DomainRejection.class, r -> {
                    assertThat(r.code()).isEqualTo("handler.not-on-this-desk");
                    assertThat(r.arguments()).containsExactly("printer");
                });
    }

    @Test
    void aSkipAlreadyInTheLogIsNotRecordedTwiceWhenTheLetterIsPassedOverLater() throws Exception {
        var printer = new RecordingHandler("printer", BOOKING_TYPES, QUICK, Duration.ofSeconds(5));
        printer.failWhen = e -> e.version() == 1;
        open(printer);
        record(1);
        awaitHandlers();
        DeadLetter dead = desk.runtime().handlers().deadLetters().list(new DeadLetterStore.Filter("printer", DeadLetterStatus.DEAD, null, null))
                .getFirst();

        // As if the desk had stopped after recording the skip but before the handler passed over the letter.
        desk.store().execute(TestChain.ctx(), HandlerDecider.streamId("printer"), new HandlerDecider(), HandlerEvent.class,
                new HandlerCommand.SkipEvent("printer", dead.eventId().toString(), dead.streamId(), dead.eventType(), "by hand"));
        desk.deadLetterDesk().skip(dead.id(), "by hand", TestChain.ctx());

        assertThat(desk.log().readStream("handler-printer")).hasSize(1);
        assertThat(desk.runtime().handlers().deadLetters().find(dead.id()).orElseThrow().status()).isEqualTo(DeadLetterStatus.SKIPPED);
        assertThat(handled("printer").getValues("VERSION", Integer.class)).containsExactly(2, 3);
    }

    @Test
    void aHangingHandlerDelaysOnlyItself() throws Exception {
        var hanging = new RecordingHandler("hanging", BOOKING_TYPES, new RetryPolicy(1, Duration.ZERO, Duration.ZERO),
                Duration.ofMillis(300));
        hanging.hangFor = Duration.ofSeconds(30);
        var quick = new RecordingHandler("quick", BOOKING_TYPES, QUICK, Duration.ofSeconds(5));
        open(hanging, quick);
        record(5);

        long head = desk.log().headPosition();
        long start = System.nanoTime();
        while (handled("quick").size() < 15 && System.nanoTime() - start < Duration.ofSeconds(20).toNanos()) {
            Thread.sleep(10);
        }
        assertThat(handled("quick")).hasSize(15);
        assertThat(desk.runtime().handlers().status()).filteredOn(s -> s.handler().equals("hanging"))
                .singleElement().satisfies(s -> assertThat(s.position()).isLessThan(head));
        assertThat(handled("hanging")).isEmpty();
    }

    @Test
    void deliveringTheSameEventsTwiceChangesNothing() throws Exception {
        var once = new RecordingHandler("once", BOOKING_TYPES, QUICK, Duration.ofSeconds(5));
        open(once);
        record(10);
        awaitHandlers();
        assertThat(handled("once")).hasSize(30);
        desk.close();

        // Lose the checkpoint, as if the desk had crashed right after handling: everything is delivered again.
        desk = DeskBackEnd.open(folder, Clock.systemUTC(), List.of());
        desk.database().dsl().transaction(tx -> Checkpoints.write(tx.dsl(), "once", 0));
        desk.close();
        open(once);
        awaitHandlers();

        assertThat(handled("once")).hasSize(30);
    }

    @Test
    void refusesAHandlerForAnUnknownEventType() {
        var typo = new RecordingHandler("typo", Set.of("booking.creatd"), QUICK, Duration.ofSeconds(5));
        assertThatThrownBy(() -> DeskBackEnd.open(folder, Clock.systemUTC(), List.of(typo)))
                .hasMessageContaining("'booking.creatd', which is not a registered event type");
    }

    @Test
    void chaosEveryEventIsProcessedOnceOrDeadLetteredNoneLostNoneDoubled() throws Exception {
        Random random = new Random(7);
        var chaotic = new RecordingHandler("chaotic", BOOKING_TYPES, QUICK, Duration.ofSeconds(5));
        chaotic.failWhen = e -> {
            synchronized (random) {
                return random.nextDouble() < 0.3;
            }
        };
        open(chaotic);
        List<RecordedEvent> events = new ArrayList<>();
        for (int batch = 0; batch < 10; batch++) {
            for (int i = 0; i < 334; i++) {
                String id = batch + "-" + i;
                events.addAll(desk.log().append(TestChain.ctx(), new StreamAppend("booking-" + id, 0,
                        List.of(created(id), new BookingEvent.Confirmed(id), new BookingEvent.Cancelled(id, "chaos")))));
            }
        }
        assertThat(events).hasSizeGreaterThanOrEqualTo(10_000);
        awaitHandlers();

        Map<UUID, Long> handledCount = handled("chaotic").stream()
                .collect(Collectors.groupingBy(r -> r.get("EVENT_ID", UUID.class), Collectors.counting()));
        Map<UUID, DeadLetter> lettered = desk.runtime().handlers().deadLetters().list(DeadLetterStore.Filter.open()).stream()
                .collect(Collectors.toMap(DeadLetter::eventId, l -> l));
        for (RecordedEvent e : events) {
            UUID id = e.envelope().id();
            boolean processed = handledCount.containsKey(id);
            assertThat(processed ^ lettered.containsKey(id)).as("event %s processed xor dead-lettered", id).isTrue();
            if (processed) {
                assertThat(handledCount.get(id)).as("event %s handled once", id).isEqualTo(1);
            }
        }
        assertThat(lettered.values()).extracting(DeadLetter::status).contains(DeadLetterStatus.DEAD, DeadLetterStatus.PARKED);
        // Order per stream: handled versions increase, and nothing of a stream is handled after its dead letter.
        Map<String, List<Integer>> versions = new HashMap<>();
        handled("chaotic").forEach(r -> versions.computeIfAbsent(r.get("STREAM_ID", String.class), s -> new ArrayList<>())
                .add(r.get("VERSION", Integer.class)));
        versions.values().forEach(v -> assertThat(v).isSorted());
        for (DeadLetter l : lettered.values()) {
            RecordedEvent e = events.stream().filter(x -> x.envelope().id().equals(l.eventId())).findFirst().orElseThrow();
            assertThat(versions.getOrDefault(l.streamId(), List.of())).allMatch(v -> v < e.version());
        }
    }
}
