package com.salondesk.persistence.sync;

import com.salondesk.persistence.settings.PrivateSettingsFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Where this desk syncs and with which device token, kept in {@code sync.properties} in the desk's data
 * folder, readable and writable by its owner only where the file system has POSIX permissions. A desk
 * without the file works standalone.
 */
public record SyncSettings(URI server, String token) {

    /** The file's name in the data folder. */
    public static final String FILE = "sync.properties";

    /** A device token: at least 256 random bits in base64url, so at least 43 characters. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43,}");

    public SyncSettings {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(token, "token");
        String scheme = server.getScheme() == null ? "" : server.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("The sync server's address must begin with https:// (or http://),"
                    + " like https://sync.example.com; '" + server + "' does not.");
        }
        if (server.getHost() == null || server.getHost().isBlank()) {
            throw new IllegalArgumentException("The sync server's address '" + server + "' names no server.");
        }
        if (server.getRawQuery() != null || server.getRawFragment() != null || server.getRawUserInfo() != null) {
            throw new IllegalArgumentException("The sync server's address is only scheme, server, port and path,"
                    + " like https://sync.example.com; '" + server + "' has more.");
        }
        if (!TOKEN.matcher(token).matches()) {
            throw new IllegalArgumentException("This is not a device token: a token is at least 43 letters, digits,"
                    + " '-' and '_', as headquarters printed it when they enrolled the desk.");
        }
        // One form, so that paths resolve the same whether or not the address ended with a slash.
        String path = server.getRawPath() == null ? "" : server.getRawPath().replaceAll("/+$", "");
        server = URI.create(scheme + "://" + server.getRawAuthority() + path);
    }

    /** Whether {@code text} has the shape of a device token (it may still be unknown to the server). */
    public static boolean looksLikeToken(String text) {
        return text != null && TOKEN.matcher(text).matches();
    }

    /** Settings from what a person typed: the server's address and the token; clear words when either is wrong. */
    public static SyncSettings of(String server, String token) {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(token, "token");
        URI uri;
        try {
            uri = new URI(server.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + server.strip() + "' is not a web address; the sync server's"
                    + " address looks like https://sync.example.com.", e);
        }
        return new SyncSettings(uri, token.strip());
    }

    /** The address of one of the server's paths ({@link SyncApi#ME}, ...). */
    public URI resolve(String apiPath) {
        return URI.create(server + apiPath);
    }

    /** The settings kept in {@code dataDir}; empty when the desk works standalone. */
    public static Optional<SyncSettings> read(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        Optional<Properties> read = PrivateSettingsFile.read(dataDir, FILE, "sync settings");
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Properties p = read.get();
        String server = p.getProperty("server");
        String token = p.getProperty("token");
        if (server == null || token == null) {
            throw new IllegalStateException("The sync settings in " + file + " are incomplete (they need server and"
                    + " token); connect the desk again.");
        }
        try {
            return Optional.of(of(server, token));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The sync settings in " + file + " are damaged: " + e.getMessage()
                    + " Connect the desk again.", e);
        }
    }

    /**
     * Keeps the settings in {@code dataDir}, replacing any before, atomically: a reader sees the old file or
     * the new one. The file is its owner's alone where the file system knows POSIX permissions.
     */
    public void save(Path dataDir) {
        Properties p = new Properties();
        p.setProperty("server", server.toString());
        p.setProperty("token", token);
        PrivateSettingsFile.write(dataDir, FILE, p,
                "SalonDesk sync: the chain's server and this desk's device token. Keep private.", "sync settings");
    }

    /** Removes the settings from {@code dataDir}: the desk works standalone from its next start. */
    public static void forget(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the sync settings from " + dataDir, e);
        }
    }

    /** Never shows the token: settings end up in logs and error messages. */
    @Override
    public String toString() {
        return "SyncSettings[server=" + server + ", token=…" + token.substring(token.length() - 4) + "]";
    }
}
