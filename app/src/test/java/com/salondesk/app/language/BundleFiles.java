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

    /**
     * The domain's German words for its rejections ({@code rejections_de.properties}): the screens show them
     * as they are, in the desk's language, beside the app's own texts.
     */
    public static Map<String, String> germanRejections() {
        return read("/com/salondesk/domain/rejections_de.properties");
    }

    private static Map<String, String> read(String file) {
        String path = file.startsWith("/") ? file : "/com/salondesk/app/" + file;
        var in = BundleFiles.class.getResourceAsStream(path);
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
