package com.salondesk.syncserver.store;

import static com.salondesk.syncserver.store.CentralSchema.Devices;
import static com.salondesk.syncserver.store.CentralSchema.Tenants;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Headquarters' directory of tenants (salon chains) and their enrolled devices: enrolment hands out a token
 * once, authentication finds the device behind a token, revocation stops a token at once.
 */
public final class TenantDirectory {

    /** Tenant, branch and device ids: a letter or digit, then letters, digits and {@code _.-}; at most 100. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");

    /** The device look-up every request makes, written once (see {@link #authenticate}). */
    private static final String DEVICE_BY_TOKEN_HASH =
            "SELECT device_id, tenant_id, branch_id, name, revoked_at FROM devices WHERE token_hash = ?";

    private final DSLContext dsl;

    public TenantDirectory(CentralDatabase database) {
        this.dsl = database.dsl();
    }

    public void createTenant(String tenantId, String name) {
        requireId("tenant", tenantId);
        requireName("tenant", name);
        int inserted = dsl.insertInto(Tenants.TABLE)
                .set(Tenants.TENANT_ID, tenantId)
                .set(Tenants.NAME, name.strip())
                .onConflictDoNothing()
                .execute();
        if (inserted == 0) {
            throw new AdministrationRefused(AdministrationRefused.Reason.TENANT_EXISTS, tenantId,
                    "tenant '" + tenantId + "' exists already", null);
        }
    }

    public boolean tenantExists(String tenantId) {
        return dsl.fetchExists(Tenants.TABLE, Tenants.TENANT_ID.eq(tenantId));
    }

    /** Enrols a device of a tenant's branch and returns its token, which exists nowhere else from then on. */
    public EnrolledDevice enrolDevice(String tenantId, String branchId, String deviceId, String name) {
        requireId("tenant", tenantId);
        requireId("branch", branchId);
        requireId("device", deviceId);
        requireName("device", name);
        String token = DeviceToken.generate();
        return dsl.transactionResult(tx -> {
            if (!tx.dsl().fetchExists(Tenants.TABLE, Tenants.TENANT_ID.eq(tenantId))) {
                throw new AdministrationRefused(AdministrationRefused.Reason.UNKNOWN_TENANT, tenantId,
                        "there is no tenant '" + tenantId + "'; create it first with 'tenant create'", null);
            }
            int inserted = tx.dsl().insertInto(Devices.TABLE)
                    .set(Devices.DEVICE_ID, deviceId)
                    .set(Devices.TENANT_ID, tenantId)
                    .set(Devices.BRANCH_ID, branchId)
                    .set(Devices.NAME, name.strip())
                    .set(Devices.TOKEN_HASH, DeviceToken.hash(token))
                    .onConflict(Devices.DEVICE_ID).doNothing()
                    .execute();
            if (inserted == 0) {
                throw new AdministrationRefused(AdministrationRefused.Reason.DEVICE_EXISTS, deviceId,
                        "a device '" + deviceId + "' is enrolled already; device ids are unique across tenants", null);
            }
            return new EnrolledDevice(new Device(deviceId, tenantId, branchId, name.strip(), false), token);
        });
    }

    /** The tenant's devices, ordered by id, with their sync progress. */
    public List<DeviceStatus> listDevices(String tenantId) {
        Record head = dsl.select(Tenants.HEAD_POSITION).from(Tenants.TABLE)
                .where(Tenants.TENANT_ID.eq(tenantId)).fetchOne();
        if (head == null) {
            throw new AdministrationRefused(AdministrationRefused.Reason.UNKNOWN_TENANT, tenantId,
                    "there is no tenant '" + tenantId + "'", null);
        }
        long headPosition = head.get(Tenants.HEAD_POSITION);
        return dsl.select(Devices.DEVICE_ID, Devices.BRANCH_ID, Devices.NAME, Devices.REVOKED_AT,
                        Devices.LAST_CONTACT_AT, Devices.LAST_PULLED_POSITION)
                .from(Devices.TABLE)
                .where(Devices.TENANT_ID.eq(tenantId))
                .orderBy(Devices.DEVICE_ID)
                .fetch(r -> new DeviceStatus(r.get(Devices.DEVICE_ID), r.get(Devices.BRANCH_ID), r.get(Devices.NAME),
                        r.get(Devices.REVOKED_AT) != null, instant(r.get(Devices.LAST_CONTACT_AT)),
                        r.get(Devices.LAST_PULLED_POSITION),
                        Math.max(0, headPosition - r.get(Devices.LAST_PULLED_POSITION))));
    }

    /**
     * Revokes a device: its token stops working at once, and every server instance disconnects its live channel.
     * Revoking a revoked device changes nothing and is not an error.
     */
    public void revokeDevice(String deviceId) {
        dsl.transaction(tx -> {
            int found = tx.dsl().update(Devices.TABLE)
                    .set(Devices.REVOKED_AT, DSL.coalesce(Devices.REVOKED_AT, DSL.currentOffsetDateTime()))
                    .where(Devices.DEVICE_ID.eq(deviceId))
                    .execute();
            if (found == 0) {
                throw new AdministrationRefused(AdministrationRefused.Reason.UNKNOWN_DEVICE, deviceId,
                        "there is no device '" + deviceId + "'", null);
            }
            tx.dsl().select(DSL.function("pg_notify", Object.class,
                    DSL.val(CentralSchema.Channels.DEVICE_REVOKED), DSL.val(deviceId))).fetch();
        });
    }

    /** The device a token belongs to, revoked or not; empty for a token nobody was given. */
    public Optional<Device> authenticate(String token) {
        if (!DeviceToken.isWellFormed(token)) {
            return Optional.empty();
        }
        // Every request passes here: the statement is rendered once and run as a prepared statement.
        return dsl.connectionResult(connection -> {
            try (PreparedStatement select = connection.prepareStatement(DEVICE_BY_TOKEN_HASH)) {
                select.setBytes(1, DeviceToken.hash(token));
                try (ResultSet r = select.executeQuery()) {
                    return r.next()
                            ? Optional.of(new Device(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                                    r.getObject(5) != null))
                            : Optional.<Device>empty();
                }
            }
        });
    }

    /** Which of these devices have been revoked (or no longer exist). */
    public Set<String> revokedAmong(Collection<String> deviceIds) {
        if (deviceIds.isEmpty()) {
            return Set.of();
        }
        Set<String> active = dsl.select(Devices.DEVICE_ID).from(Devices.TABLE)
                .where(Devices.DEVICE_ID.in(deviceIds)).and(Devices.REVOKED_AT.isNull())
                .fetchSet(Devices.DEVICE_ID);
        return deviceIds.stream().filter(id -> !active.contains(id)).collect(Collectors.toUnmodifiableSet());
    }

    /** Notes that a device was heard from; written at most every ten seconds per device to spare the database. */
    public void recordContact(String deviceId) {
        dsl.update(Devices.TABLE)
                .set(Devices.LAST_CONTACT_AT, DSL.currentOffsetDateTime())
                .where(Devices.DEVICE_ID.eq(deviceId))
                .and(Devices.LAST_CONTACT_AT.isNull()
                        .or(DSL.condition("{0} < now() - interval '10 seconds'", Devices.LAST_CONTACT_AT)))
                .execute();
    }

    private static void requireId(String what, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new AdministrationRefused(AdministrationRefused.Reason.INVALID_ID, id, "a " + what
                    + " id is 1-100 letters, digits and '_.-', starting with a letter or digit; '" + id
                    + "' is not", null);
        }
    }

    private static void requireName(String what, String name) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new AdministrationRefused(AdministrationRefused.Reason.INVALID_ID, name,
                    "a " + what + " needs a name of 1-200 characters", null);
        }
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
