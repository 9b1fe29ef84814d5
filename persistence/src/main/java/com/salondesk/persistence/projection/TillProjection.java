package com.salondesk.persistence.projection;

import com.salondesk.domain.branch.BranchEvent;
import com.salondesk.domain.till.TillEvent;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.desk.TillTables.TakingsBranches;
import com.salondesk.persistence.desk.TillTables.TakingsDays;
import com.salondesk.persistence.desk.TillTables.TakingsPayments;
import com.salondesk.persistence.desk.TillTables.TillMovements;
import com.salondesk.persistence.desk.TillTables.Tills;
import com.salondesk.persistence.runtime.Projection;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * The till read model: each till's day with its running cash figures (float, cash in and out, the cash its desk took
 * and refunded while it was open), its movements, and each branch's takings per business day for the day-close
 * report. A payment counts in the till open on the desk that took it ({@code metadata.deviceId}); the day's
 * figures are kept as running totals, so the report reads a few rows whatever the branch's history.
 */
public final class TillProjection implements Projection {

    public static final String NAME = "tills";

    /** Branches' zones, which never change once a branch opened; the same whichever generation is being written. */
    private final Map<String, ZoneId> zones = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean handles(RecordedEvent event) {
        return event.event() instanceof TillEvent || event.event() instanceof BranchEvent.Opened
                || TakingsFigures.handles(event.event());
    }

    @Override
    public void apply(DSLContext tx, RecordedEvent event) {
        applyAll(tx, List.of(event));
    }

    /** Applies the batch in order; the day figures it moves are added up first and written once per figure. */
    @Override
    public void applyAll(DSLContext tx, List<RecordedEvent> events) {
        var batch = new Batch();
        for (RecordedEvent recorded : events) {
            switch (recorded.event()) {
                case TillEvent e -> till(tx, recorded, e, batch);
                case BranchEvent.Opened o -> branch(tx, o);
                default -> TakingsFigures.apply(tx, recorded, this, batch);
            }
        }
        batch.write(tx);
    }

    private void till(DSLContext tx, RecordedEvent recorded, TillEvent event, Batch batch) {
        switch (event) {
            case TillEvent.Opened o -> {
                batch.openTills.put(o.deviceId(), o.tillId());
                tx.insertInto(Tills.TABLE)
                    .set(Tills.TILL_ID, o.tillId())
                    .set(Tills.BRANCH_ID, o.branchId())
                    .set(Tills.DEVICE_ID, o.deviceId())
                    .set(Tills.BUSINESS_DAY, o.businessDay())
                    .set(Tills.CURRENCY, o.openingFloat().currency())
                    .set(Tills.OPENING_FLOAT, o.openingFloat().amount())
                    .set(Tills.OPENED_BY, o.by())
                    .set(Tills.OPENED_AT, o.at().atOffset(ZoneOffset.UTC))
                    .set(Tills.TENANT_ID, recorded.tenantId())
                    .execute();
            }
            case TillEvent.CashIn in -> batch.move(in.tillId(), Tills.CASH_IN, recorded.position(), "IN",
                    in.amount().amount(), in.reason(), in.by(), in.at());
            case TillEvent.CashOut out -> batch.move(out.tillId(), Tills.CASH_OUT, recorded.position(), "OUT",
                    out.amount().amount(), out.reason(), out.by(), out.at());
            case TillEvent.Closed c -> {
                batch.openTills.values().removeIf(c.tillId()::equals);
                tx.update(Tills.TABLE)
                    .set(Tills.COUNTED, c.counted().amount())
                    .set(Tills.EXPECTED_AT_CLOSE, c.expected().amount())
                    .set(Tills.DIFFERENCE, c.difference().amount())
                    .set(Tills.CLOSED_BY, c.by())
                    .set(Tills.CLOSED_AT, c.at().atOffset(ZoneOffset.UTC))
                    .where(Tills.TILL_ID.eq(c.tillId())).execute();
            }
        }
    }

    private void branch(DSLContext tx, BranchEvent.Opened opened) {
        tx.mergeInto(TakingsBranches.TABLE)
                .using(tx.selectOne())
                .on(TakingsBranches.BRANCH_ID.eq(opened.branchId()))
                .whenMatchedThenUpdate().set(TakingsBranches.TIME_ZONE, opened.timeZone())
                .whenNotMatchedThenInsert(TakingsBranches.BRANCH_ID, TakingsBranches.TIME_ZONE)
                .values(opened.branchId(), opened.timeZone())
                .execute();
        zones.put(opened.branchId(), zoneOf(opened.timeZone()));
    }

    /** The branch's local date of {@code at}: the business day a payment or checkout counts on. */
    LocalDate businessDay(DSLContext tx, String branchId, Instant at) {
        ZoneId zone = zones.get(branchId);
        if (zone == null) {
            String stored = tx.select(TakingsBranches.TIME_ZONE).from(TakingsBranches.TABLE)
                    .where(TakingsBranches.BRANCH_ID.eq(branchId)).fetchOne(TakingsBranches.TIME_ZONE);
            // A branch this desk has not heard of (yet) counts in UTC rather than nowhere.
            zone = stored == null ? ZoneOffset.UTC : zoneOf(stored);
            if (stored != null) {
                zones.put(branchId, zone);
            }
        }
        return at.atZone(zone).toLocalDate();
    }

    private static ZoneId zoneOf(String id) {
        try {
            return ZoneId.of(id);
        } catch (RuntimeException e) {
            return ZoneOffset.UTC;
        }
    }

    /**
     * What a batch changes, gathered and written once at its end: the day figures added up by branch, day, figure and
     * currency; each till's cash added up per column; the movements and the payments' places as multi-row inserts.
     * Which till is open on which desk is looked up once per desk and kept up to date by the batch's own openings
     * and closes. Written in this order, the rows equal applying the events one by one.
     */
    static final class Batch {
        private record DayKey(String branchId, LocalDate day, String figure, String currency) {
        }

        private record TillColumn(String tillId, Field<BigDecimal> column) {
        }

        private final Map<DayKey, BigDecimal[]> days = new LinkedHashMap<>();
        private final Map<TillColumn, BigDecimal> tillSums = new LinkedHashMap<>();
        private final List<Object[]> movements = new ArrayList<>();
        /** Payment id to {branch, purpose}, for the payments of this batch. */
        final Map<String, String[]> payments = new LinkedHashMap<>();
        /** Device to the till open on it (null: none), as far as this batch has looked or changed it. */
        final Map<String, String> openTills = new HashMap<>();

        void add(String branchId, LocalDate day, String figure, String currency, BigDecimal amount, long entries) {
            BigDecimal[] sum = days.computeIfAbsent(new DayKey(branchId, day, figure, currency),
                    k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sum[0] = sum[0].add(amount);
            sum[1] = sum[1].add(BigDecimal.valueOf(entries));
        }

        /** The till open on desk {@code deviceId} now, if any: where that desk's cash goes. */
        String openTillOf(DSLContext tx, String deviceId) {
            if (!openTills.containsKey(deviceId)) {
                openTills.put(deviceId, tx.select(Tills.TILL_ID).from(Tills.TABLE)
                        .where(Tills.DEVICE_ID.eq(deviceId)).and(Tills.CLOSED_AT.isNull())
                        .orderBy(Tills.OPENED_AT.desc()).limit(1).fetchOne(Tills.TILL_ID));
            }
            return openTills.get(deviceId);
        }

        void move(String tillId, Field<BigDecimal> column, long position, String kind, BigDecimal amount,
                  String reason, String by, Instant at) {
            tillSums.merge(new TillColumn(tillId, column), amount, BigDecimal::add);
            movements.add(new Object[] {tillId, position, kind, amount, reason == null ? "" : reason,
                    by == null ? "" : by, at.atOffset(ZoneOffset.UTC)});
        }

        void write(DSLContext tx) {
            if (!payments.isEmpty()) {
                var insert = tx.insertInto(TakingsPayments.TABLE, TakingsPayments.PAYMENT_ID, TakingsPayments.BRANCH_ID,
                        TakingsPayments.PURPOSE);
                for (var p : payments.entrySet()) {
                    insert = insert.values(p.getKey(), p.getValue()[0], p.getValue()[1]);
                }
                ((org.jooq.Insert<?>) insert).execute();
            }
            tillSums.forEach((key, sum) -> tx.update(Tills.TABLE).set(key.column(), key.column().plus(sum))
                    .where(Tills.TILL_ID.eq(key.tillId())).execute());
            if (!movements.isEmpty()) {
                var insert = tx.insertInto(TillMovements.TABLE, TillMovements.TILL_ID, TillMovements.POSITION,
                        TillMovements.KIND, TillMovements.AMOUNT, TillMovements.REASON, TillMovements.BY,
                        TillMovements.AT);
                for (Object[] m : movements) {
                    insert = insert.values((String) m[0], (Long) m[1], (String) m[2], (BigDecimal) m[3],
                            (String) m[4], (String) m[5], (java.time.OffsetDateTime) m[6]);
                }
                ((org.jooq.Insert<?>) insert).execute();
            }
            days.forEach((key, sum) -> {
                int updated = tx.update(TakingsDays.TABLE)
                        .set(TakingsDays.AMOUNT, TakingsDays.AMOUNT.plus(sum[0]))
                        .set(TakingsDays.ENTRIES, TakingsDays.ENTRIES.plus(sum[1].longValueExact()))
                        .where(TakingsDays.BRANCH_ID.eq(key.branchId())).and(TakingsDays.BUSINESS_DAY.eq(key.day()))
                        .and(TakingsDays.FIGURE.eq(key.figure())).and(TakingsDays.CURRENCY.eq(key.currency()))
                        .execute();
                if (updated == 0) {
                    tx.insertInto(TakingsDays.TABLE)
                            .set(TakingsDays.BRANCH_ID, key.branchId())
                            .set(TakingsDays.BUSINESS_DAY, key.day())
                            .set(TakingsDays.FIGURE, key.figure())
                            .set(TakingsDays.CURRENCY, key.currency())
                            .set(TakingsDays.AMOUNT, sum[0])
                            .set(TakingsDays.ENTRIES, sum[1].longValueExact())
                            .execute();
                }
            });
        }
    }

    @Override
    public List<String> tables() {
        return List.of("tills", "till_movements", "takings_days", "takings_payments", "takings_branches");
    }

    @Override
    public void reset(DSLContext tx) {
        for (var table : List.of(Tills.TABLE, TillMovements.TABLE, TakingsDays.TABLE, TakingsPayments.TABLE,
                TakingsBranches.TABLE)) {
            tx.deleteFrom(table).execute();
        }
        zones.clear();
    }
}
