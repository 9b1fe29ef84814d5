package com.salondesk.persistence.projection;



import com.salondesk.domain.bookingsaga.BookingSagaEvent;
import com.salondesk.domain.bookingsaga.SagaProgress.Stage;
import com.salondesk.domain.bookingsaga.SagaStep;
import com.salondesk.persistence.desk.BookingSagaTable;
import com.salondesk.persistence.desk.BookingSagaTable.Sagas;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.runtime.Projection;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Where each booking's confirmation saga stands: its stage, the step it is on and that step's deadline, the desk
 * that runs it, and why it failed. The book marks bookings waiting for their deposit from it, and the desk's
 * deadline scheduler finds overdue steps in it.
 */
public final class BookingSagaProjection implements Projection {

    public static final String NAME = BookingSagaTable.NAME;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean handles(RecordedEvent event) {
        return event.event() instanceof BookingSagaEvent;
    }

    @Override
    public void apply(DSLContext tx, RecordedEvent recorded) {
        if (!(recorded.event() instanceof BookingSagaEvent event)) {
            return;
        }
        OffsetDateTime at = recorded.recordedAt().atOffset(ZoneOffset.UTC);
        switch (event) {
            case BookingSagaEvent.Started s -> tx.insertInto(Sagas.TABLE)
                    .set(Sagas.BOOKING_ID, s.bookingId())
                    .set(Sagas.DEVICE_ID, recorded.envelope().metadata().deviceId())
                    .set(Sagas.STAGE, Stage.RUNNING.name())
                    .set(Sagas.CURRENT_STEP, s.steps().getFirst().name())
                    .set(Sagas.DEADLINE, utc(s.deadline()))
                    .set(Sagas.UPDATED_AT, at)
                    .set(Sagas.TENANT_ID, recorded.tenantId())
                    .execute();
            case BookingSagaEvent.StepCompleted c -> {
                if (c.next() != null) {
                    // A deposit taken while the saga is paused leaves it paused, on its next step.
                    tx.update(Sagas.TABLE)
                            .set(Sagas.STAGE, DSL.when(Sagas.STAGE.eq(Stage.PAUSED.name()), Stage.PAUSED.name())
                                    .otherwise(stageOf(c.next()).name()))
                            .set(Sagas.CURRENT_STEP, c.next().name())
                            .set(Sagas.DEADLINE, utc(c.deadline()))
                            .set(Sagas.UPDATED_AT, at)
                            .where(Sagas.BOOKING_ID.eq(c.bookingId())).execute();
                }
            }
            case BookingSagaEvent.Paused p -> stage(tx, p.bookingId(), Stage.PAUSED, p.deadline(), null, at);
            case BookingSagaEvent.Resumed r -> stage(tx, r.bookingId(), stageOf(r.step()), r.deadline(), null, at);
            case BookingSagaEvent.Completed c -> stage(tx, c.bookingId(), Stage.COMPLETED, null, null, at);
            case BookingSagaEvent.Compensated c -> stage(tx, c.bookingId(), Stage.COMPENSATED, null, c.code(), at);
            case BookingSagaEvent.DepositDeclined d -> {
            }
            case BookingSagaEvent.StepFailed f -> {
            }
            case BookingSagaEvent.StepCompensated c -> {
            }
        }
    }

    private static Stage stageOf(SagaStep step) {
        return step == SagaStep.TAKE_DEPOSIT ? Stage.WAITING_FOR_DEPOSIT : Stage.RUNNING;
    }

    private static void stage(DSLContext tx, String bookingId, Stage stage, Instant deadline, String reason,
                              OffsetDateTime at) {
        tx.update(Sagas.TABLE)
                .set(Sagas.STAGE, stage.name())
                .set(Sagas.DEADLINE, utc(deadline))
                .set(Sagas.REASON_CODE, reason)
                .set(Sagas.UPDATED_AT, at)
                .where(Sagas.BOOKING_ID.eq(bookingId)).execute();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public List<String> tables() {
        return List.of(NAME);
    }

    @Override
    public void reset(DSLContext tx) {
        tx.deleteFrom(Sagas.TABLE).execute();
    }
}
