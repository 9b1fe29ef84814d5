package com.salondesk.persistence.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version SalonDesk was built as, one for the desk and the sync server: read from
 * {@code build-version.properties}, which Maven fills in from the build's version.
 */
public final class BuildVersion {

    private static final String VERSION = read();

    private BuildVersion() {
    }

    /** The build's version as Maven knows it, e.g. {@code 0.1.0} or {@code 0.2.0-SNAPSHOT}. */
    public static String number() {
        return VERSION;
    }

    /** What {@code --version} prints on the desk and the server alike, e.g. {@code SalonDesk 0.1.0}. */
    public static String line() {
        return "SalonDesk " + VERSION;
    }

    private static String read() {
        try (InputStream in = BuildVersion.class.getResourceAsStream("build-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("build-version.properties is missing from the build");
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version");
            if (version == null || version.isBlank() || version.contains("${")) {
                // target/classes copied without Maven's filtering (an IDE build) would print a placeholder.
                throw new IllegalStateException("build-version.properties holds no version: " + version);
            }
            return version.strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
