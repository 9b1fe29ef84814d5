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
    /** Upcasters by wire name and the version they read: {@code "booking.created#1"} turns v1 into v2. */
    private final Map<String, Upcaster> upcasters;
    private final ObjectMapper json;

    private EventTypeRegistry(Map<String, EventType> byName, Map<String, Upcaster> upcasters, ObjectMapper json) {
        this.byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
        this.upcasters = Map.copyOf(upcasters);
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

    /** Reads a payload written in any known schema version of its type, upcasting it to the current one. */
    public DomainEvent fromPayload(String wireName, int schemaVersion, ObjectNode payload) {
        EventType t = typeNamed(wireName);
        ObjectNode current = upcast(t, schemaVersion, payload);
        try {
            return json.treeToValue(current, t.javaType());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("payload of '" + wireName + "' does not match its schema: "
                    + e.getMessage(), e);
        }
    }

    /** The payload in its type's current shape; the given node is not changed. */
    public ObjectNode upcast(String wireName, int schemaVersion, ObjectNode payload) {
        return upcast(typeNamed(wireName), schemaVersion, payload);
    }

    private ObjectNode upcast(EventType t, int schemaVersion, ObjectNode payload) {
        if (schemaVersion < 1 || schemaVersion > t.schemaVersion()) {
            throw new UnknownEventTypeException(t.wireName(), schemaVersion, "event type '" + t.wireName()
                    + "' has schema versions 1 to " + t.schemaVersion() + ", not " + schemaVersion);
        }
        ObjectNode shaped = payload;
        for (int v = schemaVersion; v < t.schemaVersion(); v++) {
            try {
                shaped = upcasters.get(t.wireName() + "#" + v).upcast(shaped.deepCopy());
            } catch (RuntimeException e) {
                throw new MalformedEventException("payload of '" + t.wireName() + "' v" + v
                        + " cannot be brought to v" + (v + 1) + ": " + e.getMessage(), e);
            }
        }
        return shaped;
    }

    public ObjectMapper json() {
        return json;
    }

    /** Collects the wire names; each name and each class may be registered once. */
    public static final class Builder {
        private final Map<String, EventType> types = new LinkedHashMap<>();
        private final Map<String, Upcaster> upcasters = new HashMap<>();
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

        /** Registers how to bring {@code wireName}'s payloads from {@code fromVersion} to the next version. */
        public Builder upcaster(String wireName, int fromVersion, Upcaster upcaster) {
            if (upcasters.put(wireName + "#" + fromVersion, Objects.requireNonNull(upcaster)) != null) {
                throw new IllegalArgumentException("two upcasters for " + wireName + " v" + fromVersion);
            }
            return this;
        }

        public Builder json(ObjectMapper mapper) {
            this.json = mapper;
            return this;
        }

        /** Checks that every older schema version of every type can be brought to the current one. */
        public EventTypeRegistry build() {
            for (EventType t : types.values()) {
                for (int v = 1; v < t.schemaVersion(); v++) {
                    if (!upcasters.containsKey(t.wireName() + "#" + v)) {
                        throw new IllegalStateException(t.wireName() + " is at v" + t.schemaVersion()
                                + " but nothing upcasts v" + v);
                    }
                }
            }
            for (String key : upcasters.keySet()) {
                String name = key.substring(0, key.indexOf('#'));
                int from = Integer.parseInt(key.substring(key.indexOf('#') + 1));
                if (!types.containsKey(name) || from >= types.get(name).schemaVersion()) {
                    throw new IllegalStateException("an upcaster for " + name + " v" + from + " leads nowhere");
                }
            }
            return new EventTypeRegistry(types, upcasters, json);
        }
    }
}
