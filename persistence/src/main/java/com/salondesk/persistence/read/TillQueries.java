package com.salondesk.persistence.read;

import com.salondesk.domain.payment.Tender;
import com.salondesk.domain.shared.Money;
import com.salondesk.persistence.desk.DeskDatabase;
import com.salondesk.persistence.desk.TillTables.TakingsDays;
import com.salondesk.persistence.desk.TillTables.TillMovements;
import com.salondesk.persistence.desk.TillTables.Tills;
import com.salondesk.persistence.desk.TakingsFigure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/** The questions the till screen and the day close ask of the till read model. Reads only. */
public final class TillQueries {

    private final DSLContext dsl;

    public TillQueries(DeskDatabase database) {
        this.dsl = database.dsl();
    }

    /** The till open on desk {@code deviceId}, if it has one. */
    public Optional<TillView> openTill(String deviceId) {
        return dsl.select(Tills.ALL).from(Tills.TABLE)
                .where(Tills.DEVICE_ID.eq(deviceId)).and(Tills.CLOSED_AT.isNull())
                .orderBy(Tills.OPENED_AT.desc()).limit(1).fetchOptional(TillQueries::till);
    }

    public Optional<TillView> till(String tillId) {
        return dsl.select(Tills.ALL).from(Tills.TABLE).where(Tills.TILL_ID.eq(tillId)).fetchOptional(TillQueries::till);
    }

    /** The cash movements of a till, in the order they happened. */
    public List<TillMovementView> movements(String tillId) {
        String currency = dsl.select(Tills.CURRENCY).from(Tills.TABLE).where(Tills.TILL_ID.eq(tillId))
                .fetchOne(Tills.CURRENCY);
        if (currency == null) {
            return List.of();
        }
        return dsl.select(TillMovements.KIND, TillMovements.AMOUNT, TillMovements.REASON, TillMovements.BY,
                        TillMovements.AT)
                .from(TillMovements.TABLE).where(TillMovements.TILL_ID.eq(tillId))
                .orderBy(TillMovements.POSITION)
                .fetch(r -> new TillMovementView(TillMovementView.Kind.valueOf(r.value1()),
                        new Money(r.value2(), currency), r.value3(), r.value4(), r.value5().toInstant()));
    }

    /** The tills of a branch's business day, in the order they were opened. */
    public List<TillView> tillsOf(String branchId, LocalDate businessDay) {
        return dsl.select(Tills.ALL).from(Tills.TABLE)
                .where(Tills.BRANCH_ID.eq(branchId)).and(Tills.BUSINESS_DAY.eq(businessDay))
                .orderBy(Tills.OPENED_AT, Tills.TILL_ID).fetch(TillQueries::till);
    }

    /**
     * The day-close report of a branch's business day, in {@code currency} (the branch's): a few rows of running
     * totals and the day's tills, however long the branch's history.
     */
    public DayCloseReport dayClose(String branchId, LocalDate businessDay, String currency) {
        Map<String, BigDecimal> amounts = new HashMap<>();
        Map<String, Long> entries = new HashMap<>();
        dsl.select(TakingsDays.FIGURE, TakingsDays.AMOUNT, TakingsDays.ENTRIES).from(TakingsDays.TABLE)
                .where(TakingsDays.BRANCH_ID.eq(branchId)).and(TakingsDays.BUSINESS_DAY.eq(businessDay))
                .and(TakingsDays.CURRENCY.eq(currency))
                .forEach(r -> {
                    amounts.put(r.value1(), r.value2());
                    entries.put(r.value1(), r.value3());
                });
        Map<Tender, Money> taken = new EnumMap<>(Tender.class);
        Map<Tender, Money> refunded = new EnumMap<>(Tender.class);
        for (Tender tender : Tender.values()) {
            taken.put(tender, money(amounts.get(TakingsFigure.taken(tender)), currency));
            refunded.put(tender, money(amounts.get(TakingsFigure.refunded(tender)), currency));
        }
        return new DayCloseReport(branchId, businessDay, currency, taken, refunded,
                money(amounts.get(TakingsFigure.CHECKOUTS), currency),
                money(amounts.get(TakingsFigure.TAX), currency),
                money(amounts.get(TakingsFigure.TIPS), currency),
                money(amounts.get(TakingsFigure.VOUCHERS_SOLD), currency),
                money(amounts.get(TakingsFigure.VOUCHERS_REDEEMED), currency),
                money(amounts.get(TakingsFigure.DEPOSITS), currency),
                money(amounts.get(TakingsFigure.DEPOSITS_REFUNDED), currency),
                entries.getOrDefault(TakingsFigure.CHECKOUTS, 0L),
                tillsOf(branchId, businessDay));
    }

    private static Money money(BigDecimal amount, String currency) {
        return new Money(amount == null ? BigDecimal.ZERO : amount, currency);
    }

    private static TillView till(Record r) {
        String currency = r.get(Tills.CURRENCY);
        return new TillView(r.get(Tills.TILL_ID), r.get(Tills.BRANCH_ID), r.get(Tills.DEVICE_ID),
                r.get(Tills.BUSINESS_DAY), new Money(r.get(Tills.OPENING_FLOAT), currency),
                new Money(r.get(Tills.CASH_IN), currency), new Money(r.get(Tills.CASH_OUT), currency),
                new Money(r.get(Tills.CASH_TAKEN), currency), new Money(r.get(Tills.CASH_REFUNDED), currency),
                orNull(r.get(Tills.COUNTED), currency), orNull(r.get(Tills.EXPECTED_AT_CLOSE), currency),
                orNull(r.get(Tills.DIFFERENCE), currency), r.get(Tills.OPENED_BY), instant(r.get(Tills.OPENED_AT)),
                r.get(Tills.CLOSED_BY), instant(r.get(Tills.CLOSED_AT)));
    }

    private static Money orNull(BigDecimal amount, String currency) {
        return amount == null ? null : new Money(amount, currency);
    }

    private static java.time.Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
