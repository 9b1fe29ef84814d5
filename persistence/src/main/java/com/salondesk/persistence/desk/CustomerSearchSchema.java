package com.salondesk.persistence.desk;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/** Typed jOOQ references to the customer search read model's tables ({@code V70__CustomerSearch}). */
public final class CustomerSearchSchema {

    private CustomerSearchSchema() {
    }

    /** One row per customer record: its contact keys and, once merged away, the record that lives on. */
    public static final class Records {
        public static final Table<Record> TABLE = table(name("customer_records"));
        public static final Field<String> CUSTOMER_ID = field(name("customer_records", "customer_id"), SQLDataType.VARCHAR);
        public static final Field<String> SURVIVOR_ID = field(name("customer_records", "survivor_id"), SQLDataType.VARCHAR);
        public static final Field<String> PHONE_KEY = field(name("customer_records", "phone_key"), SQLDataType.VARCHAR);
        public static final Field<String> EMAIL_KEY = field(name("customer_records", "email_key"), SQLDataType.VARCHAR);

        private Records() {
        }
    }

    /** The words a search may begin with, each from one record ({@code source_id}) and shown as another's. */
    public static final class Terms {
        public static final Table<Record> TABLE = table(name("customer_search_terms"));
        public static final Field<String> SOURCE_ID = field(name("customer_search_terms", "source_id"), SQLDataType.VARCHAR);
        public static final Field<String> TERM = field(name("customer_search_terms", "term"), SQLDataType.VARCHAR);
        public static final Field<String> CUSTOMER_ID = field(name("customer_search_terms", "customer_id"), SQLDataType.VARCHAR);

        private Terms() {
        }
    }
}
