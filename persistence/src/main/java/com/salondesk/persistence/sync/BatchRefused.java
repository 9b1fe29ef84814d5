package com.salondesk.persistence.sync;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The server refused a pushed batch as a whole and stored none of it: invalid events (400), an id stored
 * with other content (409), too large (413), or events of another tenant or device (403).
 */
public final class BatchRefused extends SyncFailure {

    private final int status;

    public BatchRefused(int status, Problem problem) {
        super("the sync server refused the batch (" + status + "): " + describe(problem),
                Objects.requireNonNull(problem, "problem"), null);
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** Whether the batch was too large for the server (413). */
    public boolean tooLarge() {
        return status == 413;
    }

    /** The ids of the events the problem names; empty when it names none. */
    public Set<UUID> eventIds() {
        return problem().errors().stream().map(Problem.FieldError::id).filter(Objects::nonNull)
                .map(id -> {
                    try {
                        return UUID.fromString(id);
                    } catch (IllegalArgumentException e) {
                        return null;
                    }
                }).filter(Objects::nonNull).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** What the problem says about one event, or its detail when it names the event nowhere. */
    public String reasonFor(UUID id) {
        String named = problem().errors().stream().filter(e -> id.toString().equals(e.id()))
                .map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
        return named.isEmpty() ? describe(problem()) : named;
    }

    static String describe(Problem problem) {
        return problem.detail() == null || problem.detail().isBlank() ? problem.title()
                : problem.title() + " — " + problem.detail();
    }
}
