package com.salondesk.app.deadletters;

/** One entry of a filter list: what the person reads, and the value it filters on (null: everything). */
public record FilterChoice<T>(String label, T value) {

    public static <T> FilterChoice<T> all(String label) {
        return new FilterChoice<>(label, null);
    }

    @Override
    public String toString() {
        return label;
    }
}
