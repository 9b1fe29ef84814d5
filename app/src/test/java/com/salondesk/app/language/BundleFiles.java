package com.salondesk.app.language;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The bundle files as they are written, each on its own (a ResourceBundle would lend German the English keys). */
public final class BundleFiles {

    private BundleFiles() {
    }

    public static Map<String, String> english() {
        return read("texts.properties");
    }

    public static Map<String, String> german() {
        return read("texts_de.properties");
    }

    private static Map<String, String> read(String file) {
        var in = BundleFiles.class.getResourceAsStream("/com/salondesk/app/" + file);
        if (in == null) {
            throw new AssertionError(file + " is missing");
        }
        try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties texts = new Properties();
            texts.load(reader);
            Map<String, String> byKey = new TreeMap<>();
            texts.stringPropertyNames().forEach(k -> byKey.put(k, texts.getProperty(k)));
            return byKey;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
