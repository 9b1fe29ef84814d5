package com.salondesk.persistence.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salondesk.domain.shared.DomainEvent;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Maps stable wire names ({@code booking.created}) to event classes and their current schema version,
 * and turns events into JSON payloads and back. Wire names are written down here, never derived from
 * class names, so renaming a class cannot change the log.
 */
public final class EventTypeRegistry {

    /** One registered event type. */
    public record EventType(String wireName, Class<? extends DomainEvent> javaType, int schemaVersion) {
    }

    private final Map<String, EventType> byName;
    private final Map<Class<?>, EventType> byClass;
    private final ObjectMapper json;

    private EventTypeRegistry(Map<String, EventType> byName, ObjectMapper json) {
        this.byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
        Map<Class<?>, EventType> classes = new HashMap<>();
        byName.values().forEach(t -> classes.put(t.javaType(), t));
        this.byClass = Map.copyOf(classes);
        this.json = json;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Set<String> wireNames() {
        return byName.keySet();
    }

    public boolean knows(String wireName, int schemaVersion) {
        EventType t = byName.get(wireName);
        return t != null && schemaVersion >= 1 && schemaVersion <= t.schemaVersion();
    }

    public EventType typeOf(DomainEvent event) {
        EventType t = byClass.get(event.getClass());
        if (t == null) {
            throw new IllegalArgumentException("no wire name registered for " + event.getClass().getName());
        }
        return t;
    }

    public EventType typeNamed(String wireName) {
        EventType t = byName.get(wireName);
        if (t == null) {
            throw new UnknownEventTypeException(wireName, 0, "unknown event type '" + wireName + "'");
        }
        return t;
    }

    public ObjectNode toPayload(DomainEvent event) {
        return json.valueToTree(event);
    }

    /** Reads a payload written in the current schema version of its type. */
    public DomainEvent fromPayload(String wireName, int schemaVersion, ObjectNode payload) {
        EventType t = typeNamed(wireName);
        if (schemaVersion != t.schemaVersion()) {
            throw new UnknownEventTypeException(wireName, schemaVersion, "event type '" + wireName
                    + "' is at schema version " + t.schemaVersion() + ", cannot read version " + schemaVersion);
        }
        try {
            return json.treeToValue(payload, t.javaType());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("payload of '" + wireName + "' does not match its schema: "
                    + e.getMessage(), e);
        }
    }

    public ObjectMapper json() {
        return json;
    }

    /** Collects the wire names; each name and each class may be registered once. */
    public static final class Builder {
        private final Map<String, EventType> types = new LinkedHashMap<>();
        private ObjectMapper json = Json.mapper();

        public Builder register(String wireName, Class<? extends DomainEvent> javaType, int schemaVersion) {
            Objects.requireNonNull(wireName, "wireName");
            if (!wireName.matches("[a-z]+(\\.[a-z][a-z-]*)+")) {
                throw new IllegalArgumentException("wire names are category.name in lower case: " + wireName);
            }
            if (types.containsKey(wireName)) {
                throw new IllegalArgumentException("wire name registered twice: " + wireName);
            }
            if (types.values().stream().anyMatch(t -> t.javaType().equals(javaType))) {
                throw new IllegalArgumentException(javaType.getName() + " registered under two wire names");
            }
            types.put(wireName, new EventType(wireName, javaType, schemaVersion));
            return this;
        }

        public Builder json(ObjectMapper mapper) {
            this.json = mapper;
            return this;
        }

        public EventTypeRegistry build() {
            return new EventTypeRegistry(types, json);
        }
    }
}
