package com.salondesk.syncserver.support;

import com.salondesk.syncserver.SyncServer;
import com.salondesk.syncserver.config.SyncServerConfig;
import com.salondesk.syncserver.store.CentralDatabase;
import com.salondesk.syncserver.store.CentralStore;
import com.salondesk.syncserver.store.EnrolledDevice;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * A test's salon chain on a fresh database: the central store, sync servers started on free ports, and
 * enrolled desks with their tokens. Close it to stop everything.
 */
public final class TestChain implements AutoCloseable {

    private final CentralDatabase.ConnectionSettings settings;
    private final List<AutoCloseable> open = new ArrayList<>();
    private final CentralStore store;

    private TestChain(CentralDatabase.ConnectionSettings settings) {
        this.settings = settings;
        this.store = CentralStore.open(settings, Clock.systemUTC(), 2);
        open.add(store);
    }

    public static TestChain create(String purpose) {
        return new TestChain(TestPostgres.get().freshDatabase(purpose, 16));
    }

    public CentralStore store() {
        return store;
    }

    public CentralDatabase.ConnectionSettings settings() {
        return settings;
    }

    /** A server with PROTOCOL.md's defaults on a free port. */
    public SyncServer startServer() {
        return startServer(SyncServerConfig.defaults(Path.of("unused")));
    }

    /** Another instance over the same database (its own pool), as behind a load balancer. */
    public SyncServer startServer(SyncServerConfig config) {
        CentralStore own = CentralStore.open(settings, Clock.systemUTC(), 2);
        open.add(own);
        SyncServer server = new SyncServer(config, own).start();
        open.add(server);
        return server;
    }

    public void tenant(String tenantId) {
        store.directory().createTenant(tenantId, "Chain " + tenantId);
    }

    public EnrolledDevice enrol(String tenantId, String branchId, String deviceId) {
        return store.directory().enrolDevice(tenantId, branchId, deviceId, "Desk " + deviceId);
    }

    @Override
    public void close() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }
}
