package com.salondesk.persistence.desk;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.table;

import java.time.OffsetDateTime;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** The booking sagas' read model table ({@code booking_sagas}, migration 40), for its projection and its queries. */
public final class BookingSagaTable {

    public static final String NAME = "booking_sagas";

    private BookingSagaTable() {
    }

    /** The table and its columns. */
    public static final class Sagas {
        public static final Table<Record> TABLE = table(DSL.name(NAME));
        public static final Field<String> BOOKING_ID = field(DSL.name(NAME, "booking_id"), SQLDataType.VARCHAR);
        /** The desk that recorded the booking and runs its saga. */
        public static final Field<String> DEVICE_ID = field(DSL.name(NAME, "device_id"), SQLDataType.VARCHAR);
        /** {@code SagaProgress.Stage} by name. */
        public static final Field<String> STAGE = field(DSL.name(NAME, "stage"), SQLDataType.VARCHAR);
        public static final Field<String> CURRENT_STEP = field(DSL.name(NAME, "current_step"), SQLDataType.VARCHAR);
        /** Until when the current step may take; null once the saga is over. */
        public static final Field<OffsetDateTime> DEADLINE = field(DSL.name(NAME, "deadline"),
                SQLDataType.TIMESTAMPWITHTIMEZONE);
        public static final Field<String> REASON_CODE = field(DSL.name(NAME, "reason_code"), SQLDataType.VARCHAR);
        public static final Field<OffsetDateTime> UPDATED_AT = field(DSL.name(NAME, "updated_at"),
                SQLDataType.TIMESTAMPWITHTIMEZONE);
        public static final Field<String> TENANT_ID = field(DSL.name(NAME, "tenant_id"), SQLDataType.VARCHAR);

        private Sagas() {
        }
    }

}
