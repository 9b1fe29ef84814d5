package com.salondesk.domain.bookingsaga;

import com.salondesk.domain.shared.DomainRejection;
import java.util.List;
import java.util.Locale;

/**
 * Why a step failed: a stable code with its arguments as text, worded per language by the domain's rejections
 * bundle (the saga's own codes are {@code booking-saga.*}; a refused step keeps the refusal's code, such as
 * {@code stock.not-enough}).
 */
public record SagaReason(String code, List<String> arguments) {
    public SagaReason {
        arguments = List.copyOf(arguments);
    }

    public static SagaReason of(String code, Object... arguments) {
        return new SagaReason(code, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    public static SagaReason of(DomainRejection rejection) {
        return new SagaReason(rejection.code(), rejection.arguments().stream().map(String::valueOf).toList());
    }

    /** The reason in words, in {@code locale}. */
    public String text(Locale locale) {
        // A step named in the arguments is worded as a step, in the reader's language.
        Object[] words = arguments.stream().<Object>map(a -> java.util.Arrays.stream(SagaStep.values())
                .filter(s -> s.name().equals(a)).findFirst().<Object>map(s -> s).orElse(a)).toArray();
        return new DomainRejection(code, words).text(locale);
    }
}
