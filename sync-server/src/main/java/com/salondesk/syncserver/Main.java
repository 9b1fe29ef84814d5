package com.salondesk.syncserver;

import com.salondesk.syncserver.config.ConfigurationLoader;
import com.salondesk.syncserver.config.InvalidConfiguration;
import com.salondesk.syncserver.config.SyncServerConfig;
import com.salondesk.syncserver.postgres.EmbeddedPostgresServer;
import com.salondesk.syncserver.postgres.PostgresOwner;
import com.salondesk.syncserver.postgres.RunningPostgres;
import com.salondesk.syncserver.store.AdministrationRefused;
import com.salondesk.syncserver.store.CentralDatabase;
import com.salondesk.syncserver.store.CentralStore;
import com.salondesk.syncserver.store.CentralStoreUnavailable;
import com.salondesk.syncserver.store.DeviceStatus;
import com.salondesk.syncserver.store.EnrolledDevice;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sync server executable and its administration commands (PROTOCOL.md): the composition root.
 * Exit status 0 on success, 1 when the operation is refused, 2 for a usage error, 3 for an invalid
 * configuration, 4 when the database cannot be reached or started.
 */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    static final int OK = 0;
    static final int REFUSED = 1;
    static final int USAGE = 2;
    static final int BAD_CONFIGURATION = 3;
    static final int DATABASE_UNAVAILABLE = 4;

    private final Map<String, String> environment;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private boolean serving;

    Main(Map<String, String> environment, PrintStream out, PrintStream err, Clock clock) {
        this.environment = environment;
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    public static void main(String[] args) {
        Main main = new Main(System.getenv(), System.out, System.err, Clock.systemUTC());
        int status = main.run(args, true);
        // A running server keeps the JVM alive until SIGTERM; everything else ends with its status.
        if (status != OK || !main.serving) {
            System.exit(status);
        }
    }

    /** Runs one command; with {@code block}, {@code serve} returns only when the JVM shuts down. */
    int run(String[] args, boolean block) {
        ServerCommandLine.Run call;
        try {
            if (!(ServerCommandLine.parse(args, out) instanceof ServerCommandLine.Run run)) {
                return OK;
            }
            call = run;
        } catch (ServerCommandLine.UsageError e) {
            err.println("error: " + e.getMessage());
            err.print(e.usage());
            return USAGE;
        }
        SyncServerConfig config;
        try {
            Optional<Path> file = call.configFile()
                    .or(() -> Optional.ofNullable(environment.get("SALONDESK_CONFIG")).map(Path::of));
            config = new ConfigurationLoader(environment).load(file);
        } catch (InvalidConfiguration e) {
            err.println("error: " + e.getMessage());
            return BAD_CONFIGURATION;
        }
        try {
            return switch (call.command()) {
                case ServerCommandLine.Serve serve -> serve(config, block);
                case ServerCommandLine.TenantCreate tenant -> withStore(config, store -> {
                    store.directory().createTenant(tenant.id, tenant.name);
                    out.println("created tenant " + tenant.id);
                });
                case ServerCommandLine.DeviceEnrol enrol -> withStore(config, store -> {
                    EnrolledDevice enrolled = store.directory().enrolDevice(enrol.tenant, enrol.branch, enrol.device,
                            enrol.name);
                    out.println("enrolled device " + enrolled.device().deviceId() + " of tenant "
                            + enrolled.device().tenantId() + ", branch " + enrolled.device().branchId()
                            + "; its token is shown once, on the next line:");
                    out.println(enrolled.token());
                });
                case ServerCommandLine.DeviceList list -> withStore(config, store -> {
                    for (DeviceStatus d : store.directory().listDevices(list.tenant)) {
                        out.println(String.join("\t", d.deviceId(), d.branchId(), d.name(), d.status(),
                                d.lastContact() == null ? "never" : d.lastContact().toString(),
                                Long.toString(d.lastPulledPosition()), Long.toString(d.lag())));
                    }
                });
                case ServerCommandLine.DeviceRevoke revoke -> withStore(config, store -> {
                    store.directory().revokeDevice(revoke.device);
                    out.println("revoked device " + revoke.device + "; its token no longer works");
                });
            };
        } catch (AdministrationRefused e) {
            err.println("error: " + e.getMessage());
            return REFUSED;
        } catch (CentralStoreUnavailable e) {
            err.println("error: " + e.getMessage());
            return DATABASE_UNAVAILABLE;
        }
    }

    private int serve(SyncServerConfig config, boolean block) {
        Database database = Database.open(config, true);
        CentralStore store;
        try {
            store = CentralStore.open(database.settings(config), clock, config.partitionsAhead());
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        SyncServer server = new SyncServer(config, store, clock).start();
        serving = true;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            database.close();
            stopped.countDown();
        }, "sync-server-shutdown"));
        out.println("SalonDesk sync server on port " + server.port() + " (stop with Ctrl+C)");
        if (block) {
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return OK;
    }

    private interface StoreAction {
        void run(CentralStore store);
    }

    private int withStore(SyncServerConfig config, StoreAction action) {
        try (Database database = Database.open(config, false);
             CentralStore store = CentralStore.open(database.settings(config), clock, config.partitionsAhead())) {
            action.run(store);
            return OK;
        }
    }

    /**
     * The configured PostgreSQL, or the embedded one of the data folder: started here, used beside the server
     * that runs it (admin commands), or taken over by {@code serve} from a server that was killed, to be
     * stopped with this one.
     */
    private record Database(Optional<EmbeddedPostgresServer> embedded, Optional<RunningPostgres> running,
                            Optional<PostgresOwner> owner) implements AutoCloseable {

        static Database open(SyncServerConfig config, boolean serving) {
            if (config.database().isPresent()) {
                return new Database(Optional.empty(), Optional.empty(), Optional.empty());
            }
            Path data = config.dataFolder().resolve("postgres");
            Path ownerFile = config.dataFolder().resolve("postgres.owner");
            Optional<RunningPostgres> running = RunningPostgres.on(data);
            if (running.isPresent()) {
                if (serving && !PostgresOwner.heldByAnotherLiveProcess(ownerFile)) {
                    LOG.info("taking over the embedded PostgreSQL (pid {}, port {}) in {} that a server which did not "
                            + "stop left running; it stops with this server", running.get().pid(),
                            running.get().port(), data);
                    return new Database(Optional.empty(), running, Optional.of(PostgresOwner.claim(ownerFile)));
                }
                return new Database(Optional.empty(), running, Optional.empty());
            }
            EmbeddedPostgresServer started = EmbeddedPostgresServer.start(data, config.embeddedPort());
            return new Database(Optional.of(started), Optional.empty(),
                    serving ? Optional.of(PostgresOwner.claim(ownerFile)) : Optional.empty());
        }

        CentralDatabase.ConnectionSettings settings(SyncServerConfig config) {
            int pool = config.limits().poolSize();
            if (config.database().isPresent()) {
                SyncServerConfig.ExternalDatabase db = config.database().get();
                return new CentralDatabase.ConnectionSettings(db.jdbcUrl(), db.user(), db.password(), pool);
            }
            if (running.isPresent()) {
                // Beside a running server a command needs few connections; a taken-over one serves desks.
                return running.get().connectionSettings(EmbeddedPostgresServer.DATABASE, owner.isPresent() ? pool : 2);
            }
            return embedded.orElseThrow().connectionSettings(EmbeddedPostgresServer.DATABASE, pool);
        }

        @Override
        public void close() {
            embedded.ifPresent(EmbeddedPostgresServer::close);
            owner.ifPresent(claim -> {
                running.ifPresent(postgres -> postgres.stop(Duration.ofSeconds(60)));
                claim.release();
            });
        }
    }
}
