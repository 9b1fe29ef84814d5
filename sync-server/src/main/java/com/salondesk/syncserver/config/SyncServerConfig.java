package com.salondesk.syncserver.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the sync server executable is configured with, validated and immutable. Loaded by
 * {@link ConfigurationLoader} from a properties file and {@code SALONDESK_*} environment variables.
 *
 * @param host            address to bind ({@code 0.0.0.0} for all)
 * @param port            HTTP(S) port; 0 picks a free one (tests)
 * @param database        an external PostgreSQL, or empty to run the embedded one in {@code dataFolder}
 * @param dataFolder      where the embedded PostgreSQL keeps its files
 * @param embeddedPort    port of the embedded PostgreSQL on 127.0.0.1; 0 picks a free one
 * @param tls             keystore for HTTPS, or empty for plain HTTP (behind a TLS-terminating proxy)
 * @param limits          push and pull bounds
 * @param live            WebSocket keep-alive and revocation timing
 * @param partitionsAhead how many months of event partitions to keep created ahead
 */
public record SyncServerConfig(String host, int port, Optional<ExternalDatabase> database, Path dataFolder,
                               int embeddedPort, Optional<Tls> tls, Limits limits, Live live, int partitionsAhead) {

    /** A PostgreSQL 15+ reached by JDBC URL; user and password may also be in the URL. */
    public record ExternalDatabase(String jdbcUrl, String user, String password) {
        public ExternalDatabase {
            Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        }

        @Override
        public String toString() {
            return "ExternalDatabase[" + jdbcUrl + " as " + user + "]";
        }
    }

    /** A PKCS#12 or JKS keystore holding the server's certificate and key. */
    public record Tls(Path keystore, String keystorePassword) {
        public Tls {
            Objects.requireNonNull(keystore, "keystore");
            Objects.requireNonNull(keystorePassword, "keystorePassword");
        }

        @Override
        public String toString() {
            return "Tls[" + keystore + "]";
        }
    }

    /** Bounds of one push batch (events and body bytes) and of this instance's database connections. */
    public record Limits(int maxBatchEvents, int maxBatchBytes, int poolSize) {
    }

    /** When to ping live desks, when to drop a silent one, and how often to look for revoked devices. */
    public record Live(Duration pingInterval, Duration silenceTimeout, Duration revocationCheck) {
        public Live {
            Objects.requireNonNull(pingInterval, "pingInterval");
            Objects.requireNonNull(silenceTimeout, "silenceTimeout");
            Objects.requireNonNull(revocationCheck, "revocationCheck");
        }
    }

    public SyncServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(dataFolder, "dataFolder");
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(live, "live");
    }

    /** The defaults of PROTOCOL.md, on a free port with embedded PostgreSQL in {@code dataFolder}; for tests. */
    public static SyncServerConfig defaults(Path dataFolder) {
        return new SyncServerConfig("127.0.0.1", 0, Optional.empty(), dataFolder, 0, Optional.empty(),
                new Limits(500, 1024 * 1024, 16),
                new Live(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(2)), 2);
    }

    public SyncServerConfig withLimits(Limits newLimits) {
        return new SyncServerConfig(host, port, database, dataFolder, embeddedPort, tls, newLimits, live, partitionsAhead);
    }

    public SyncServerConfig withLive(Live newLive) {
        return new SyncServerConfig(host, port, database, dataFolder, embeddedPort, tls, limits, newLive, partitionsAhead);
    }
}
