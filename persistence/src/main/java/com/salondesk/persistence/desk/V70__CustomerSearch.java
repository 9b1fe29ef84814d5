package com.salondesk.persistence.desk;

import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Migration 70: the customer search read model ({@code customer_search}). Every customer record has a row in
 * {@code customer_records} (its phone and e-mail keys, and the record it was merged into, if it was), and the words
 * a search may begin with in {@code customer_search_terms}, pointing at the record that lives on — so a search by a
 * merged-away record's phone finds the survivor. Starts empty, and the desk fills it from the log when it starts.
 */
public final class V70__CustomerSearch extends BaseJavaMigration {

    /** The projection's name ({@code CustomerSearchProjection.NAME}; the projection package sits above this one). */
    static final String CUSTOMER_SEARCH = "customer_search";

    static final List<String> DDL = List.of("""
            CREATE TABLE {schema}.customer_records (
                customer_id     VARCHAR(100)  PRIMARY KEY,
                survivor_id     VARCHAR(100),
                phone_key       VARCHAR(40)   NOT NULL,
                email_key       VARCHAR(200)  NOT NULL
            )""",
            "CREATE INDEX {schema}.customer_records_survivor ON {schema}.customer_records (survivor_id)",
            "CREATE INDEX {schema}.customer_records_phone ON {schema}.customer_records (phone_key)",
            "CREATE INDEX {schema}.customer_records_email ON {schema}.customer_records (email_key)",
            """
            CREATE TABLE {schema}.customer_search_terms (
                source_id       VARCHAR(100)  NOT NULL,
                term            VARCHAR(200)  NOT NULL,
                customer_id     VARCHAR(100)  NOT NULL,
                PRIMARY KEY (source_id, term)
            )""",
            // A search is a prefix of a term: a range of this index.
            "CREATE INDEX {schema}.customer_search_terms_term ON {schema}.customer_search_terms (term, customer_id)",
            "CREATE INDEX {schema}.customer_search_terms_customer ON {schema}.customer_search_terms (customer_id)");

    @Override
    public void migrate(Context context) {
        DSLContext dsl = DSL.using(context.getConnection(), SQLDialect.H2, DeskDatabase.settings());
        ReadModelSchemas.createFirstGeneration(dsl, CUSTOMER_SEARCH, DDL);
    }

    /** H2 commits DDL on its own, and the checkpoints move in transactions of their own. */
    @Override
    public boolean canExecuteInTransaction() {
        return false;
    }
}
