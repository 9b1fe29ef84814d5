package com.salondesk.persistence.sync;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
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
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

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
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sync settings in " + file, e);
        }
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
        Path file = dataDir.resolve(FILE);
        try {
            Files.createDirectories(dataDir);
            boolean posix = Files.getFileStore(dataDir).supportsFileAttributeView("posix");
            FileAttribute<?>[] ownerOnly = posix
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                    : new FileAttribute<?>[0];
            Path temp = Files.createTempFile(dataDir, FILE, ".tmp", ownerOnly);
            try {
                Properties p = new Properties();
                p.setProperty("server", server.toString());
                p.setProperty("token", token);
                try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    p.store(out, "SalonDesk sync: the chain's server and this desk's device token. Keep private.");
                }
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (FileSystemException e) {
            throw new UncheckedIOException("cannot write the sync settings to " + file + ": " + e.getReason(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sync settings to " + file, e);
        }
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
