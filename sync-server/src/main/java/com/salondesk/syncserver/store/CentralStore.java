package com.salondesk.syncserver.store;

import java.time.Clock;

/** The central store's parts over one database: events, the tenant directory and partition upkeep. */
public record CentralStore(CentralDatabase database, CentralEventStore events, TenantDirectory directory,
                           EventPartitions partitions) implements AutoCloseable {

    /** Connects, migrates and makes sure this month's and the next months' partitions exist. */
    public static CentralStore open(CentralDatabase.ConnectionSettings settings, Clock clock, int monthsAhead) {
        CentralDatabase database = CentralDatabase.open(settings);
        try {
            EventPartitions partitions = new EventPartitions(database, clock, monthsAhead);
            partitions.createAhead();
            return new CentralStore(database, new CentralEventStore(database, clock), new TenantDirectory(database),
                    partitions);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
