package com.salondesk.persistence.snapshot;

import java.util.Map;
import java.util.Objects;

/**
 * When to snapshot which aggregate type: every {@code everyEvents} events of a stream, with the state's
 * {@code schemaVersion}. Raise the schema version whenever a state record changes shape; older snapshots
 * are then ignored (and rebuilt from events), never misread.
 */
public record SnapshotPolicy(Map<String, Rule> rules) {

    /** The rule for one aggregate type. */
    public record Rule(int everyEvents, int schemaVersion) {
        public Rule {
            if (everyEvents < 1 || schemaVersion < 1) {
                throw new IllegalArgumentException("snapshot every >= 1 events with a schema version >= 1");
            }
        }
    }

    public SnapshotPolicy {
        rules = Map.copyOf(rules);
    }

    /**
     * The desk's default: busy stylists' days and long-lived customers and staff. Booking states are at schema
     * version 2, since they know whether the booking lost its time; branch states at 3, since they carry tax rates and
     * then closures, a booking window and resources; staff states at 2, since they carry breaks, shifts and time off; stylists' days at 2, since they
     * carry processing gaps.
     */
    public static SnapshotPolicy standard() {
        return new SnapshotPolicy(Map.of(
                "schedule", new Rule(20, 2),
                "customer", new Rule(20, 1),
                "staff", new Rule(20, 2),
                "branch", new Rule(20, 3),
                "booking", new Rule(20, 2)));
    }

    public static SnapshotPolicy none() {
        return new SnapshotPolicy(Map.of());
    }

    /** The aggregate type of a stream: the part of its id before the first dash. */
    public static String aggregateType(String streamId) {
        Objects.requireNonNull(streamId, "streamId");
        int dash = streamId.indexOf('-');
        return dash < 0 ? streamId : streamId.substring(0, dash);
    }

    public Rule ruleFor(String streamId) {
        return rules.get(aggregateType(streamId));
    }

    /** Whether appending took the stream across a snapshot boundary. */
    public boolean due(String streamId, long versionBefore, long versionAfter) {
        Rule rule = ruleFor(streamId);
        return rule != null && versionAfter / rule.everyEvents() > versionBefore / rule.everyEvents();
    }
}
