package com.salondesk.syncserver.store;

import static com.salondesk.syncserver.store.CentralSchema.Partitions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Record5;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the monthly partitions of {@code events}: creates them ahead of time so a push never finds no
 * partition for its receive time, and compresses the partitions of finished months.
 *
 * <p>Compression: PostgreSQL compresses a value only when its row passes the TOAST threshold (about 2 kB;
 * lowering {@code toast_tuple_target} does not lower that trigger, measured: 0 % saved), and a typical event
 * row is a few hundred bytes. So for a finished month each row's payload and metadata are moved into one
 * {@code packed} value ({@link PackedEventBody}: deflate with a preset dictionary of SalonDesk's field names),
 * and {@code VACUUM FULL} returns the freed pages. Readers unpack transparently; the saving is in
 * docs/benchmarks.md. VACUUM FULL briefly locks that one partition, so upkeep runs in the background hourly.
 */
public final class EventPartitions {

    private static final Logger LOG = LoggerFactory.getLogger(EventPartitions.class);
    /** Serializes partition maintenance between server instances sharing one database. */
    private static final long MAINTENANCE_LOCK = 0x5a10_de5c_0001L;

    private final DSLContext dsl;
    private final Clock clock;
    private final int monthsAhead;

    /** What compressing one partition did. */
    public record Compression(String partition, long bytesBefore, long bytesAfter, String method) {
        public double saving() {
            return bytesBefore == 0 ? 0 : 1.0 - (double) bytesAfter / bytesBefore;
        }
    }

    public EventPartitions(CentralDatabase database, Clock clock, int monthsAhead) {
        this.dsl = database.dsl();
        this.clock = Objects.requireNonNull(clock, "clock");
        if (monthsAhead < 1) {
            throw new IllegalArgumentException("monthsAhead must be at least 1, was " + monthsAhead);
        }
        this.monthsAhead = monthsAhead;
    }

    /** Makes sure partitions exist for the current month and {@code monthsAhead} months after it. */
    public void createAhead() {
        YearMonth now = YearMonth.from(clock.instant().atOffset(ZoneOffset.UTC));
        for (int i = 0; i <= monthsAhead; i++) {
            ensureMonth(now.plusMonths(i));
        }
    }

    /** Makes sure the partition of one month exists (idempotent, safe with other instances doing the same). */
    public void ensureMonth(YearMonth month) {
        String name = partitionName(month);
        OffsetDateTime start = start(month);
        OffsetDateTime end = start(month.plusMonths(1));
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.select(DSL.function("pg_advisory_xact_lock", Object.class, DSL.val(MAINTENANCE_LOCK))).fetch();
            if (tx.fetchExists(Partitions.TABLE, Partitions.PARTITION_NAME.eq(name))) {
                return;
            }
            tx.execute("CREATE TABLE " + name + " PARTITION OF events FOR VALUES FROM ('" + start
                    + "') TO ('" + end + "')");
            tx.insertInto(Partitions.TABLE)
                    .set(Partitions.PARTITION_NAME, name)
                    .set(Partitions.MONTH_START, start)
                    .set(Partitions.MONTH_END, end)
                    .execute();
            LOG.info("created event partition {} for {}", name, month);
        });
    }

    /** Compresses every partition of a month that has ended and is not compressed yet. */
    public List<Compression> compressFinishedMonths() {
        OffsetDateTime currentMonth = start(YearMonth.from(clock.instant().atOffset(ZoneOffset.UTC)));
        List<String> due = dsl.select(Partitions.PARTITION_NAME).from(Partitions.TABLE)
                .where(Partitions.MONTH_END.le(currentMonth)).and(Partitions.COMPRESSED_AT.isNull())
                .orderBy(Partitions.MONTH_START)
                .fetch(Partitions.PARTITION_NAME);
        List<Compression> done = new ArrayList<>();
        for (String partition : due) {
            done.add(compress(partition));
        }
        return done;
    }

    /** Packs one partition's event bodies, a thousand rows per transaction, and returns the freed pages. */
    public Compression compress(String partition) {
        if (!partition.matches("events_\\d{4}_\\d{2}")) {
            throw new IllegalArgumentException("not an event partition: " + partition);
        }
        long before = totalBytes(partition);
        int packed;
        do {
            packed = dsl.transactionResult(cfg -> packSome(cfg.dsl(), partition, 1000));
        } while (packed > 0);
        // VACUUM cannot run in a transaction block: autocommit on the pool's connection.
        dsl.execute("VACUUM (FULL, ANALYZE) " + partition);
        long after = totalBytes(partition);
        dsl.update(Partitions.TABLE)
                .set(Partitions.COMPRESSED_AT, DSL.currentOffsetDateTime())
                .set(Partitions.BYTES_BEFORE, before)
                .set(Partitions.BYTES_AFTER, after)
                .where(Partitions.PARTITION_NAME.eq(partition))
                .execute();
        LOG.info("compressed event partition {}: {} -> {} bytes", partition, before, after);
        return new Compression(partition, before, after, "deflate with preset dictionary");
    }

    private static int packSome(DSLContext tx, String partition, int rows) {
        Result<Record5<String, Long, OffsetDateTime, String, String>> batch = tx
                .select(DSL.field("tenant_id", String.class), DSL.field("global_position", Long.class),
                        DSL.field("received_at", OffsetDateTime.class), DSL.field("payload::text", String.class),
                        DSL.field("metadata::text", String.class))
                .from(DSL.table(DSL.name(partition)))
                .where(DSL.field("packed").isNull())
                .limit(rows)
                .forUpdate()
                .fetch();
        if (batch.isEmpty()) {
            return 0;
        }
        List<Query> updates = new ArrayList<>(batch.size());
        for (Record5<String, Long, OffsetDateTime, String, String> r : batch) {
            updates.add(tx.update(DSL.table(DSL.name(partition)))
                    .set(DSL.field("packed", byte[].class), PackedEventBody.pack(r.value4(), r.value5()))
                    .set(DSL.field("payload", Object.class), (Object) null)
                    .set(DSL.field("metadata", Object.class), (Object) null)
                    .where(DSL.field("tenant_id", String.class).eq(r.value1()))
                    .and(DSL.field("global_position", Long.class).eq(r.value2()))
                    .and(DSL.field("received_at", OffsetDateTime.class).eq(r.value3())));
        }
        tx.batch(updates).execute();
        return batch.size();
    }

    public long totalBytes(String partition) {
        Long bytes = dsl.select(DSL.field("pg_total_relation_size({0}::regclass)", Long.class, DSL.val(partition)))
                .fetchOne(0, Long.class);
        return bytes == null ? 0 : bytes;
    }

    public static String partitionName(YearMonth month) {
        return String.format("events_%04d_%02d", month.getYear(), month.getMonthValue());
    }

    private static OffsetDateTime start(YearMonth month) {
        return LocalDate.of(month.getYear(), month.getMonth(), 1).atStartOfDay().atOffset(ZoneOffset.UTC);
    }

}
