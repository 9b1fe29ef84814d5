package com.salondesk.syncserver.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salondesk.persistence.event.EventEnvelope;
import com.salondesk.persistence.event.EventMetadata;
import com.salondesk.persistence.event.EventTypeRegistry;
import com.salondesk.persistence.event.MalformedEventException;
import com.salondesk.persistence.event.UnknownEventTypeException;
import com.salondesk.persistence.sync.Problem;
import com.salondesk.syncserver.store.Device;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Turns a push body into envelopes, or refuses the whole batch: over the event limit (413), any malformed
 * or unknown field, same id twice, versions out of order (400), an event of another tenant or device (403).
 * Every offending event is listed, not only the first.
 */
public final class PushBatchReader {

    static final Pattern STREAM_ID = Pattern.compile("[A-Za-z][A-Za-z0-9\\-_.:]{0,199}");
    private static final Set<String> ENVELOPE_FIELDS = Set.of("id", "type", "streamId", "version", "timestamp",
            "payload", "metadata");
    private static final Set<String> METADATA_FIELDS = Set.of("tenantId", "branchId", "deviceId", "userId",
            "correlationId", "causationId", "schemaVersion");

    private final ObjectMapper json;
    private final EventTypeRegistry types;
    private final int maxEvents;

    public PushBatchReader(ObjectMapper json, EventTypeRegistry types, int maxEvents) {
        this.json = json;
        this.types = types;
        this.maxEvents = maxEvents;
    }

    public List<EventEnvelope> read(byte[] body, Device device) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException e) {
            throw new ApiProblem(400, "malformed-json", "Malformed JSON",
                    "the body is not JSON: " + firstLine(e), List.of(), e);
        }
        if (root == null || !root.isObject() || !root.path("events").isArray()) {
            throw new ApiProblem(400, "invalid-batch", "Invalid batch", "the body must be {\"events\": [ ... ]}");
        }
        JsonNode eventNodes = root.get("events");
        if (eventNodes.size() > maxEvents) {
            throw new ApiProblem(413, "batch-too-large", "Batch too large", "the batch holds " + eventNodes.size()
                    + " events; at most " + maxEvents + " are accepted in one push");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Iterator<String> extra = root.fieldNames();
        while (extra.hasNext()) {
            String name = extra.next();
            if (!name.equals("events")) {
                errors.add(new Problem.FieldError(null, name, "unknown field of the batch"));
            }
        }
        List<EventEnvelope> events = new ArrayList<>(eventNodes.size());
        for (int i = 0; i < eventNodes.size(); i++) {
            EventEnvelope e = readEvent(eventNodes.get(i), i, errors);
            if (e != null) {
                events.add(e);
            }
        }
        checkBatchOrder(events, errors);
        if (!errors.isEmpty()) {
            throw new ApiProblem(400, "invalid-events", "Invalid events", errors.size()
                    + " problem(s) in the batch; nothing was stored", errors, null);
        }
        checkOwnership(events, device);
        return events;
    }

    private EventEnvelope readEvent(JsonNode node, int index, List<Problem.FieldError> errors) {
        int before = errors.size();
        if (!node.isObject()) {
            errors.add(new Problem.FieldError(null, "events[" + index + "]", "an event is a JSON object"));
            return null;
        }
        UUID id = null;
        JsonNode idNode = node.get("id");
        String idText = idNode != null && idNode.isTextual() ? idNode.asText() : null;
        if (idText == null) {
            errors.add(new Problem.FieldError(null, "events[" + index + "].id", "required: a UUID string"));
        } else {
            try {
                id = UUID.fromString(idText);
                if (!id.toString().equals(idText.toLowerCase(java.util.Locale.ROOT))) {
                    throw new IllegalArgumentException("not canonical");
                }
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError(idText, "id", "not a UUID in canonical form"));
            }
        }
        String ref = id != null ? id.toString() : idText;
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (name.equals("globalPosition")) {
                errors.add(new Problem.FieldError(ref, name, "set by the server only; a pushed event must not carry one"));
            } else if (!ENVELOPE_FIELDS.contains(name)) {
                errors.add(new Problem.FieldError(ref, name, "unknown field"));
            }
        }
        String type = text(node, "type", ref, errors);
        if (type != null && !types.wireNames().contains(type)) {
            errors.add(new Problem.FieldError(ref, "type", "unknown event type '" + type + "'"));
            type = null;
        }
        String streamId = text(node, "streamId", ref, errors);
        if (streamId != null && !STREAM_ID.matcher(streamId).matches()) {
            errors.add(new Problem.FieldError(ref, "streamId",
                    "1-200 ASCII letters, digits and '-_.:', starting with a letter"));
            streamId = null;
        }
        long version = positiveLong(node.get("version"), ref, "version", errors);
        Instant timestamp = null;
        String ts = text(node, "timestamp", ref, errors);
        if (ts != null) {
            try {
                if (!ts.endsWith("Z")) {
                    throw new DateTimeParseException("not UTC", ts, ts.length() - 1);
                }
                timestamp = Instant.parse(ts);
            } catch (DateTimeParseException e) {
                errors.add(new Problem.FieldError(ref, "timestamp", "an ISO-8601 instant in UTC, e.g. 2026-11-26T10:15:30.123Z"));
            }
        }
        JsonNode payload = node.get("payload");
        if (payload == null || !payload.isObject()) {
            errors.add(new Problem.FieldError(ref, "payload", "required: a JSON object"));
            payload = null;
        }
        EventMetadata metadata = readMetadata(node.get("metadata"), ref, type, errors);
        if (type != null && payload != null && metadata != null) {
            checkPayload(type, metadata.schemaVersion(), (ObjectNode) payload, ref, errors);
        }
        if (errors.size() > before) {
            return null;
        }
        return new EventEnvelope(id, type, streamId, version, timestamp, (ObjectNode) payload, metadata, null);
    }

    private EventMetadata readMetadata(JsonNode node, String ref, String type, List<Problem.FieldError> errors) {
        if (node == null || !node.isObject()) {
            errors.add(new Problem.FieldError(ref, "metadata", "required: a JSON object"));
            return null;
        }
        int before = errors.size();
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!METADATA_FIELDS.contains(name)) {
                errors.add(new Problem.FieldError(ref, "metadata." + name, "unknown field"));
            }
        }
        String tenantId = text(node, "tenantId", ref, errors, "metadata.");
        String deviceId = text(node, "deviceId", ref, errors, "metadata.");
        String branchId = optionalText(node, "branchId", ref, errors);
        String userId = optionalText(node, "userId", ref, errors);
        String correlationId = optionalText(node, "correlationId", ref, errors);
        String causationId = optionalText(node, "causationId", ref, errors);
        long schemaVersion = positiveLong(node.get("schemaVersion"), ref, "metadata.schemaVersion", errors);
        if (schemaVersion > Integer.MAX_VALUE) {
            errors.add(new Problem.FieldError(ref, "metadata.schemaVersion", "too large"));
        } else if (type != null && schemaVersion > 0 && !types.knows(type, (int) schemaVersion)) {
            errors.add(new Problem.FieldError(ref, "metadata.schemaVersion",
                    "schema version " + schemaVersion + " of '" + type + "' is not known to this server"));
        }
        if (errors.size() > before) {
            return null;
        }
        return new EventMetadata(tenantId, branchId, deviceId, userId, correlationId, causationId, (int) schemaVersion);
    }

    /** The payload must read as its type says; older schema versions are left to the upcasters that read them. */
    private void checkPayload(String type, int schemaVersion, ObjectNode payload, String ref, List<Problem.FieldError> errors) {
        if (schemaVersion != types.typeNamed(type).schemaVersion()) {
            return;
        }
        try {
            types.fromPayload(type, schemaVersion, payload);
        } catch (MalformedEventException | UnknownEventTypeException e) {
            // Includes payloads that break a domain record's own invariants: Jackson wraps the constructor's exception.
            errors.add(new Problem.FieldError(ref, "payload", firstLine(e)));
        }
    }

    private static void checkBatchOrder(List<EventEnvelope> events, List<Problem.FieldError> errors) {
        Set<UUID> seen = new HashSet<>();
        Map<String, Long> lastVersion = new HashMap<>();
        for (EventEnvelope e : events) {
            if (!seen.add(e.id())) {
                errors.add(new Problem.FieldError(e.id().toString(), "id", "the same id appears twice in the batch"));
            }
            Long last = lastVersion.put(e.streamId(), e.version());
            if (last != null && e.version() != last + 1) {
                errors.add(new Problem.FieldError(e.id().toString(), "version", "stream " + e.streamId()
                        + " goes from version " + last + " to " + e.version() + " in this batch; versions of a stream"
                        + " must follow each other without gaps"));
            }
        }
    }

    private static void checkOwnership(List<EventEnvelope> events, Device device) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (EventEnvelope e : events) {
            if (!e.metadata().tenantId().equals(device.tenantId())) {
                errors.add(new Problem.FieldError(e.id().toString(), "metadata.tenantId", "names tenant '"
                        + e.metadata().tenantId() + "' but this device belongs to '" + device.tenantId() + "'"));
            }
            if (!e.metadata().deviceId().equals(device.deviceId())) {
                errors.add(new Problem.FieldError(e.id().toString(), "metadata.deviceId", "names device '"
                        + e.metadata().deviceId() + "' but the token belongs to '" + device.deviceId() + "'"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(403, "tenant-mismatch", "Event belongs to another tenant or device",
                    errors.getFirst().id() + " " + errors.getFirst().message() + "; nothing was stored", errors, null);
        }
    }

    private static String text(JsonNode node, String field, String ref, List<Problem.FieldError> errors) {
        return text(node, field, ref, errors, "");
    }

    private static String text(JsonNode node, String field, String ref, List<Problem.FieldError> errors, String prefix) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank() || v.asText().length() > 200) {
            errors.add(new Problem.FieldError(ref, prefix + field, "required: a non-empty string of at most 200 characters"));
            return null;
        }
        return v.asText();
    }

    private static String optionalText(JsonNode node, String field, String ref, List<Problem.FieldError> errors) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual() || v.asText().length() > 200) {
            errors.add(new Problem.FieldError(ref, "metadata." + field, "a string of at most 200 characters"));
            return null;
        }
        return v.asText();
    }

    private static long positiveLong(JsonNode v, String ref, String field, List<Problem.FieldError> errors) {
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < 1) {
            errors.add(new Problem.FieldError(ref, field, "required: a whole number of at least 1"));
            return 0;
        }
        return v.asLong();
    }

    private static String firstLine(Throwable e) {
        String m = String.valueOf(e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
