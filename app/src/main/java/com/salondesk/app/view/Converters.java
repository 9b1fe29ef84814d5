package com.salondesk.app.view;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Converters for choice boxes and auto-completion that only show a value in words (nothing is typed back). */
public final class Converters {

    private Converters() {
    }

    /** Shows a value as {@code say} puts it, and nothing for none. */
    public static <T> StringConverter<T> saying(Function<T, String> say) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : say.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
