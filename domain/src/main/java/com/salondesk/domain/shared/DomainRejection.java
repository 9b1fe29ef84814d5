package com.salondesk.domain.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A command broke a business rule. The {@link #code()} is stable (tests, the UI and the sync protocol
 * match on it) and the {@link #arguments()} fill in the details (a stylist's name, a time); the words a
 * person reads are looked up per locale by {@link RejectionTexts}. {@link #getMessage()} is the
 * English text, for logs.
 */
public final class DomainRejection extends RuntimeException {
    private final String code;
    private final List<Object> arguments;

    public DomainRejection(String code, Object... arguments) {
        super(code);
        this.code = Objects.requireNonNull(code, "code");
        this.arguments = Arrays.stream(arguments).map(a -> a == null ? "" : a).toList();
    }

    public String code() {
        return code;
    }

    /** The details the text names, in the order its pattern numbers them ({0}, {1}, …). */
    public List<Object> arguments() {
        return arguments;
    }

    /** The text in the given language. */
    public String text(Locale locale) {
        return RejectionTexts.text(this, locale);
    }

    @Override
    public String getMessage() {
        return text(Locale.ENGLISH);
    }
}
