package com.salondesk.syncserver.http;

import com.salondesk.persistence.sync.Problem;
import com.salondesk.persistence.sync.SyncApi;
import java.util.List;
import java.util.Objects;

/**
 * A request the server refuses, with everything its problem+json answer says. Thrown by route handlers and
 * turned into the answer in one place ({@link ProblemAnswers}).
 */
public final class ApiProblem extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ApiProblem(int status, String type, String title, String detail, List<Problem.FieldError> errors, Throwable cause) {
        super(detail, cause);
        this.status = status;
        this.type = Objects.requireNonNull(type, "type");
        this.title = Objects.requireNonNull(title, "title");
        this.errors = List.copyOf(errors);
    }

    public ApiProblem(int status, String type, String title, String detail) {
        this(status, type, title, detail, List.of(), null);
    }

    public static ApiProblem unauthorized(String detail) {
        return new ApiProblem(401, "unauthorized", "Missing or unknown device token", detail);
    }

    public static ApiProblem revoked(String deviceId) {
        return new ApiProblem(403, "device-revoked", "Device revoked",
                "device '" + deviceId + "' was revoked by headquarters; enrol it again to sync");
    }

    public int status() {
        return status;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Problem toProblem() {
        return new Problem(SyncApi.PROBLEM_PREFIX + type, title, status, getMessage(), errors);
    }
}
