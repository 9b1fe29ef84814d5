package com.salondesk.persistence.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * A settings file in the desk's data folder that holds a secret (a device token, a mail password): read whole,
 * replaced atomically (a reader sees the old file or the new one), and its owner's alone where the file system knows
 * POSIX permissions.
 */
public final class PrivateSettingsFile {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private PrivateSettingsFile() {
    }

    /** The properties of {@code name} in {@code dataDir}; empty when there is no such file. {@code what} names it in errors. */
    public static Optional<Properties> read(Path dataDir, String name, String what) {
        Path file = dataDir.resolve(name);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + what + " in " + file, e);
        }
        return Optional.of(p);
    }

    /** Replaces {@code name} in {@code dataDir} with {@code properties}, under the comment {@code comment}. */
    public static void write(Path dataDir, String name, Properties properties, String comment, String what) {
        Path file = dataDir.resolve(name);
        try {
            Files.createDirectories(dataDir);
            boolean posix = Files.getFileStore(dataDir).supportsFileAttributeView("posix");
            FileAttribute<?>[] ownerOnly = posix
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                    : new FileAttribute<?>[0];
            Path temp = Files.createTempFile(dataDir, name, ".tmp", ownerOnly);
            try {
                try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    properties.store(out, comment);
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
            throw new UncheckedIOException("cannot write the " + what + " to " + file + ": " + e.getReason(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the " + what + " to " + file, e);
        }
    }
}
