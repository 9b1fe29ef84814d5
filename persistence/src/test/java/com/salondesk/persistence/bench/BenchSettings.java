package com.salondesk.persistence.bench;

/** The benchmarks' {@code -Dbench.*} counts, refused in plain words when they are not whole numbers in range. */
final class BenchSettings {

    private BenchSettings() {
    }

    /** The property's value, or {@code fallback} when it is not set; at least {@code min}. */
    static int count(String property, int fallback, int min) {
        String text = System.getProperty(property);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(text.strip().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + property + " must be a whole number, was '" + text + "'");
        }
        if (value < min) {
            throw new IllegalArgumentException("-D" + property + " must be at least " + min + ", was " + value);
        }
        return value;
    }
}
