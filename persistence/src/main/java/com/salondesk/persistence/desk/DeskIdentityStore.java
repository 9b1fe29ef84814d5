package com.salondesk.persistence.desk;

import static com.salondesk.persistence.desk.DeskSchema.Identity.*;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.DSLContext;

/** Reads and (once, or when the desk is connected to a chain) writes which tenant, branch and device this desk is. */
public final class DeskIdentityStore {

    private final DSLContext dsl;

    public DeskIdentityStore(DeskDatabase database) {
        this.dsl = database.dsl();
    }

    public Optional<DeskIdentity> read() {
        return dsl.select(TENANT_ID, BRANCH_ID, DEVICE_ID).from(TABLE)
                .fetchOptional(r -> new DeskIdentity(r.get(TENANT_ID), r.get(BRANCH_ID), r.get(DEVICE_ID)));
    }

    /** Stores the identity of a new desk; a desk that already has one keeps it. */
    public DeskIdentity initialise(DeskIdentity identity) {
        return dsl.transactionResult(tx -> {
            Optional<DeskIdentity> existing = tx.dsl().select(TENANT_ID, BRANCH_ID, DEVICE_ID).from(TABLE).forUpdate()
                    .fetchOptional(r -> new DeskIdentity(r.get(TENANT_ID), r.get(BRANCH_ID), r.get(DEVICE_ID)));
            if (existing.isPresent()) {
                return existing.get();
            }
            tx.dsl().insertInto(TABLE)
                    .set(TENANT_ID, identity.tenantId())
                    .set(BRANCH_ID, identity.branchId())
                    .set(DEVICE_ID, identity.deviceId())
                    .set(CREATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                    .execute();
            return identity;
        });
    }

    /**
     * Makes this desk the given tenant, branch and device, whatever it was: connecting a desk to its chain's
     * sync server, where the device token says who it is.
     */
    public DeskIdentity replace(DeskIdentity identity) {
        return dsl.transactionResult(tx -> {
            tx.dsl().deleteFrom(TABLE).execute();
            tx.dsl().insertInto(TABLE)
                    .set(TENANT_ID, identity.tenantId())
                    .set(BRANCH_ID, identity.branchId())
                    .set(DEVICE_ID, identity.deviceId())
                    .set(CREATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                    .execute();
            return identity;
        });
    }
}
