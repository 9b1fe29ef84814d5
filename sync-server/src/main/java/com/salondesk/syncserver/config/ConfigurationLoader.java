package com.salondesk.syncserver.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Reads {@link SyncServerConfig} from an optional properties file, then environment variables, which win.
 * A key {@code database.url} is {@code SALONDESK_DATABASE_URL} in the environment. Every problem is collected
 * and reported at once, each naming the setting, where its value came from and what is allowed.
 */
public final class ConfigurationLoader {

    /** Every key the server understands, with its meaning; unknown keys in the file are an error (typos). */
    public static final Map<String, String> KEYS = keys();

    private static Map<String, String> keys() {
        Map<String, String> k = new LinkedHashMap<>();
        k.put("server.host", "address to bind, default 0.0.0.0");
        k.put("server.port", "HTTP(S) port, default 8080 (8443 with TLS); 0 picks a free port");
        k.put("server.tls.keystore", "PKCS#12/JKS keystore file; enables HTTPS");
        k.put("server.tls.keystore-password", "password of the keystore");
        k.put("database.url", "JDBC URL of PostgreSQL 15+ (jdbc:postgresql://host:5432/db); empty runs embedded PostgreSQL 17");
        k.put("database.user", "database user");
        k.put("database.password", "database password");
        k.put("database.pool-size", "connections per server instance, default 16");
        k.put("data.folder", "folder of the embedded PostgreSQL, default ./data");
        k.put("database.embedded-port", "port of the embedded PostgreSQL on 127.0.0.1, default 0 (any free port)");
        k.put("limits.batch-events", "most events in one push, default 500");
        k.put("limits.batch-bytes", "most bytes in one push body, default 1048576 (1 MiB)");
        k.put("live.ping-interval", "ISO-8601 duration between pings to live desks, default PT30S");
        k.put("live.silence-timeout", "ISO-8601 duration after which a silent desk is dropped, default PT60S");
        k.put("live.revocation-check", "ISO-8601 duration between checks for revoked devices, default PT2S");
        k.put("partitions.months-ahead", "months of event partitions created ahead, default 2");
        return Map.copyOf(k);
    }

    private final Map<String, String> environment;

    public ConfigurationLoader(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    public static String environmentName(String key) {
        return "SALONDESK_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** Loads and validates; {@code file} may be empty (environment and defaults only). */
    public SyncServerConfig load(Optional<Path> file) {
        List<String> problems = new ArrayList<>();
        Map<String, Setting> settings = new LinkedHashMap<>();
        file.ifPresent(f -> readFile(f, settings, problems));
        for (String key : KEYS.keySet()) {
            String value = environment.get(environmentName(key));
            if (value != null) {
                settings.put(key, new Setting(value.strip(), "environment variable " + environmentName(key)));
            }
        }
        Values v = new Values(settings, problems);

        Optional<String> url = v.text("database.url");
        url.filter(u -> !u.startsWith("jdbc:postgresql://"))
                .ifPresent(u -> problems.add(v.describe("database.url") + " must start with jdbc:postgresql:// (PostgreSQL 15 or newer)"));
        int poolSize = v.integer("database.pool-size", 16, 1, 500);
        Optional<SyncServerConfig.ExternalDatabase> database = url.map(u -> new SyncServerConfig.ExternalDatabase(
                u, v.text("database.user").orElse(null), v.text("database.password").orElse(null)));
        if (url.isEmpty() && (v.text("database.user").isPresent() || v.text("database.password").isPresent())) {
            problems.add("database.user/database.password are set but database.url is not; set the URL too, or remove them to use the embedded PostgreSQL");
        }

        Optional<SyncServerConfig.Tls> tls = Optional.empty();
        Optional<String> keystore = v.text("server.tls.keystore");
        if (keystore.isPresent()) {
            Path ks = Path.of(keystore.get());
            if (!Files.isReadable(ks)) {
                problems.add(v.describe("server.tls.keystore") + " names a file that does not exist or cannot be read");
            }
            Optional<String> password = v.text("server.tls.keystore-password");
            if (password.isEmpty()) {
                problems.add("server.tls.keystore-password is required when server.tls.keystore is set");
            }
            tls = Optional.of(new SyncServerConfig.Tls(ks, password.orElse("")));
        } else if (v.text("server.tls.keystore-password").isPresent()) {
            problems.add("server.tls.keystore-password is set but server.tls.keystore is not");
        }

        String host = v.text("server.host").orElse("0.0.0.0");
        int port = v.integer("server.port", tls.isPresent() ? 8443 : 8080, 0, 65535);
        int embeddedPort = v.integer("database.embedded-port", 0, 0, 65535);
        Path dataFolder = Path.of(v.text("data.folder").orElse("data")).toAbsolutePath();
        int batchEvents = v.integer("limits.batch-events", 500, 1, 100_000);
        int batchBytes = v.integer("limits.batch-bytes", 1024 * 1024, 1024, 256 * 1024 * 1024);
        Duration ping = v.duration("live.ping-interval", Duration.ofSeconds(30));
        Duration silence = v.duration("live.silence-timeout", Duration.ofSeconds(60));
        Duration revocation = v.duration("live.revocation-check", Duration.ofSeconds(2));
        if (!silence.isZero() && !ping.isZero() && silence.compareTo(ping) <= 0) {
            problems.add("live.silence-timeout (" + silence + ") must be longer than live.ping-interval (" + ping
                    + "), or every desk would be dropped before it could answer a ping");
        }
        if (revocation.compareTo(Duration.ofSeconds(5)) > 0) {
            problems.add(v.describe("live.revocation-check") + " must be at most PT5S: a revoked device is disconnected within 5 s");
        }
        int monthsAhead = v.integer("partitions.months-ahead", 2, 1, 24);

        if (!problems.isEmpty()) {
            throw new InvalidConfiguration(problems, null);
        }
        return new SyncServerConfig(host, port, database, dataFolder, embeddedPort, tls,
                new SyncServerConfig.Limits(batchEvents, batchBytes, poolSize),
                new SyncServerConfig.Live(ping, silence, revocation), monthsAhead);
    }

    private static void readFile(Path file, Map<String, Setting> settings, List<String> problems) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new InvalidConfiguration(List.of("cannot read the configuration file " + file.toAbsolutePath()
                    + ": " + e.getMessage()), e);
        }
        Set<String> names = p.stringPropertyNames();
        for (String key : names) {
            if (!KEYS.containsKey(key)) {
                problems.add("unknown setting '" + key + "' in " + file + "; known settings: " + String.join(", ", KEYS.keySet()));
            } else {
                settings.put(key, new Setting(p.getProperty(key).strip(), file.toString()));
            }
        }
    }

    private record Setting(String value, String source) {
    }

    private record Values(Map<String, Setting> settings, List<String> problems) {

        String describe(String key) {
            Setting s = settings.get(key);
            return s == null ? key : key + " = '" + s.value() + "' (from " + s.source() + ")";
        }

        Optional<String> text(String key) {
            Setting s = settings.get(key);
            return s == null || s.value().isEmpty() ? Optional.empty() : Optional.of(s.value());
        }

        int integer(String key, int fallback, int min, int max) {
            Optional<String> t = text(key);
            if (t.isEmpty()) {
                return fallback;
            }
            try {
                int value = Integer.parseInt(t.get());
                if (value < min || value > max) {
                    problems.add(describe(key) + " must be between " + min + " and " + max);
                }
                return value;
            } catch (NumberFormatException e) {
                problems.add(describe(key) + " must be a whole number between " + min + " and " + max);
                return fallback;
            }
        }

        Duration duration(String key, Duration fallback) {
            Optional<String> t = text(key);
            if (t.isEmpty()) {
                return fallback;
            }
            try {
                Duration d = Duration.parse(t.get());
                if (d.isNegative() || d.isZero()) {
                    problems.add(describe(key) + " must be a positive ISO-8601 duration such as PT30S");
                    return fallback;
                }
                return d;
            } catch (DateTimeParseException e) {
                problems.add(describe(key) + " must be an ISO-8601 duration such as PT30S");
                return fallback;
            }
        }
    }
}
