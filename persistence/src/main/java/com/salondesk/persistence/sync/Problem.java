package com.salondesk.persistence.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * An RFC 9457 problem document, the body of every 4xx/5xx answer of the sync server. {@code errors} lists the
 * offending events of a refused push (empty otherwise).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One thing wrong with one pushed event; {@code id} is null when the event had no readable id. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String id, String field, String message) {
        public FieldError {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
        }
    }

    public Problem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        errors = errors == null ? List.of() : List.copyOf(errors);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a problem has a 4xx or 5xx status, not " + status);
        }
    }
}
