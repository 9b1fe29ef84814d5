package com.salondesk.persistence.sync;

import java.util.List;
import java.util.Objects;

/** The answer to a push: one result per pushed event, in the batch's order, and the tenant's head after it. */
public record PushResponse(List<PushResult> results, long head) {
    public PushResponse {
        results = List.copyOf(Objects.requireNonNull(results, "results"));
    }
}
