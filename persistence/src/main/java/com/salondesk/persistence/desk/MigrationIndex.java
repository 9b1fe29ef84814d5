package com.salondesk.persistence.desk;

import java.io.IOException;
import java.math.BigInteger;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells, without Flyway, whether a desk's log already has every migration the build holds: the versions named
 * by the files in {@code db/desk} ({@code V<n>__*.sql}) and by the Java migrations beside this class
 * ({@code V<n>__*.class}), against the successful rows of Flyway's history table. Flyway itself (loading it,
 * scanning, validating) is a third of a start's opening work; on the everyday start, where nothing is pending,
 * this reads two folder listings and one small table instead. Anything else — a new log, a pending or a
 * failed migration, a version the build does not know — is Flyway's to handle.
 */
final class MigrationIndex {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationIndex.class);

    private static final Pattern VERSIONED = Pattern.compile("^V(\\d+(?:[._]\\d+)*)__[^$]*\\.(?:sql|class)$");
    static final String HISTORY = "flyway_schema_history";

    private MigrationIndex() {
    }

    /** Whether the log behind {@code source} has exactly the migrations the build holds, all successful. */
    static boolean isCurrent(DataSource source) {
        try (Connection connection = source.getConnection()) {
            Set<String> applied = applied(connection);
            return applied != null && applied.equals(known());
        } catch (SQLException e) {
            return false; // Flyway will say what is wrong, in its words
        } catch (IOException | RuntimeException e) {
            // Not knowing costs only time: Flyway looks for itself.
            LOG.warn("could not list this build's migrations ({}); Flyway checks the log instead", e.toString());
            return false;
        }
    }

    /** The versions of the migrations this build holds, normalised ("7", "10", "2.1"). */
    static Set<String> known() throws IOException {
        List<String> names = new ArrayList<>();
        Path home = home();
        String javaFolder = MigrationIndex.class.getPackageName().replace('.', '/');
        if (Files.isDirectory(home)) {
            names.addAll(listed(home.resolve("db/desk")));
            names.addAll(listed(home.resolve(javaFolder)));
        } else {
            try (JarFile jar = new JarFile(home.toFile())) {
                for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                    String name = entries.nextElement().getName();
                    int slash = name.lastIndexOf('/');
                    String folder = slash < 0 ? "" : name.substring(0, slash);
                    if (folder.equals("db/desk") || folder.equals(javaFolder)) {
                        names.add(name.substring(slash + 1));
                    }
                }
            }
        }
        Set<String> versions = new TreeSet<>();
        for (String name : names) {
            Matcher m = VERSIONED.matcher(name);
            if (m.matches()) {
                versions.add(normalise(m.group(1)));
            }
        }
        return versions;
    }

    /**
     * Where this class was loaded from, the persistence jar or its classes folder: the migrations are in the same
     * place (another folder of the same name elsewhere on the class path, test classes say, does not count). Found
     * through the class's own resource, since a class the JVM took from its AOT cache has no code-source location.
     */
    private static Path home() throws IOException {
        String self = MigrationIndex.class.getName().replace('.', '/') + ".class";
        URL url = MigrationIndex.class.getClassLoader().getResource(self);
        if (url == null) {
            throw new IOException("cannot find " + self + " on the class path");
        }
        try {
            return switch (url.getProtocol()) {
                case "jar" -> Path.of(((JarURLConnection) url.openConnection()).getJarFileURL().toURI());
                case "file" -> {
                    Path file = Path.of(url.toURI());
                    Path root = file;
                    for (int i = 0; i < self.split("/").length; i++) {
                        root = root.getParent();
                    }
                    yield root;
                }
                default -> throw new IOException("the persistence classes are in an unexpected place: " + url);
            };
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static List<String> listed(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }

    /** The versions applied successfully; null when the log has no history table yet (a new log). */
    private static Set<String> applied(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet tables = meta.getTables(null, null, HISTORY, null)) {
            if (!tables.next()) {
                return null;
            }
        }
        Set<String> versions = new HashSet<>();
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT \"version\", \"success\" FROM \"" + HISTORY + "\""
                     + " WHERE \"version\" IS NOT NULL")) {
            while (rows.next()) {
                if (!rows.getBoolean(2)) {
                    return null; // a failed migration: Flyway must see it
                }
                versions.add(normalise(rows.getString(1)));
            }
        }
        return versions;
    }

    /** Flyway's reading of a version: parts split on dots or underscores, leading zeros dropped. */
    static String normalise(String version) {
        StringBuilder out = new StringBuilder();
        for (String part : version.split("[._]")) {
            if (!out.isEmpty()) {
                out.append('.');
            }
            out.append(new BigInteger(part));
        }
        return out.toString();
    }
}
