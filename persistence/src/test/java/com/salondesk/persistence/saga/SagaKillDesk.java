package com.salondesk.persistence.saga;

import com.google.common.eventbus.Subscribe;
import com.salondesk.domain.bookingsaga.BookingSagaEvent;
import com.salondesk.domain.bookingsaga.SagaProgress;
import com.salondesk.persistence.TestChain;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.EventsRecorded;
import com.salondesk.persistence.desk.RecordedEvent;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A desk process for {@link SagaProcessKillTest}: it books the cut (stock and a deposit) and pays or declines the
 * deposit once the saga waits for it. When the event named by its second argument has been committed, the thread
 * that recorded it stops there, has it written to disk, and the process says {@code AT <point>}, to be killed.
 */
public final class SagaKillDesk {

    /** The desks' clock: running, from two days before the appointment. */
    static Clock clock() {
        return TestChain.clockFrom(SagaDesk.NOW.toString());
    }

    private SagaKillDesk() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        String point = args[1];
        boolean decline = args.length > 2 && args[2].equals("decline");
        DeskBackEnd desk = DeskBackEnd.open(folder, clock());
        TestChain chain = SagaDesk.setUp(desk, "500", true, true);
        desk.bus().register(new Object() {
            @Subscribe
            public void recorded(EventsRecorded recorded) throws InterruptedException {
                for (RecordedEvent e : recorded.events()) {
                    if (matches(e, point)) {
                        // H2 writes committed changes to the file a moment later; the kill is to find this step
                        // on disk, so it is written now.
                        desk.database().dsl().execute("CHECKPOINT");
                        System.out.println("AT " + point);
                        System.out.flush();
                        Thread.sleep(Long.MAX_VALUE);
                    }
                }
            }
        });
        String bookingId = SagaDesk.book(desk, chain, "10:00");
        System.out.println("BOOKED " + bookingId);
        System.out.flush();
        while (desk.sagas().progress(bookingId).map(p -> p.stage() != SagaProgress.Stage.WAITING_FOR_DEPOSIT)
                .orElse(true)) {
            Thread.sleep(5);
        }
        if (decline) {
            SagaDesk.declineDeposit(desk, bookingId, "DECL-1");
        } else {
            SagaDesk.takeDeposit(desk, bookingId);
        }
        Thread.sleep(Long.MAX_VALUE);
    }

    /** {@code type} or {@code type:STEP} (a step-completed of that step). */
    static boolean matches(RecordedEvent e, String point) {
        String[] parts = point.split(":");
        if (!e.type().equals(parts[0])) {
            return false;
        }
        return parts.length == 1
                || e.event() instanceof BookingSagaEvent.StepCompleted c && c.step().name().equals(parts[1]);
    }
}
