package com.salondesk.persistence.event;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salondesk.domain.shared.DomainEvent;
import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
    /**
     * A reader per wire name for payloads stored in the type's current shape; readers are immutable. Made on
     * first use: building one for every type up front was a tenth of a desk's start, for types most starts
     * never read.
     */
    private final Map<String, ObjectReader> readers = new ConcurrentHashMap<>();

    private EventTypeRegistry(Map<String, EventType> byName, Map<String, Upcaster> upcasters, ObjectMapper json) {
        this.byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
        this.upcasters = Map.copyOf(upcasters);
        Map<Class<?>, EventType> classes = new HashMap<>();
        byName.values().forEach(t -> classes.put(t.javaType(), t));
        this.byClass = Map.copyOf(classes);
        this.json = json;
    }

    /** Whether a tree of {@code json} holds a JSON fraction as a BigDecimal rather than a double. */
    private static boolean readsFractionsAsBigDecimal(ObjectMapper json) {
        Boolean bigDecimalNodes = json.getDeserializationConfig().getDatatypeFeatures()
                .getExplicitState(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        return bigDecimalNodes == null ? json.isEnabled(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                : bigDecimalNodes;
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

    /**
     * The payload as the log stores it, written straight from the event. Amounts keep their currency's
     * minor unit ({@code 55.00}), as the event catalogue specifies; a JSON tree of the event would drop
     * the trailing zeros (as logs written before 2026-11-27 have them).
     */
    public String toPayloadJson(DomainEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event.getClass().getSimpleName() + " as JSON", e);
        }
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

    /**
     * Reads a payload from its stored JSON text, as {@link #fromPayload} would read the parsed text, with the
     * same results and the same exceptions: {@link UnknownEventTypeException} for a type or schema version
     * this build does not know, {@link MalformedEventException} for text that is not a JSON object or does
     * not fit the type's schema.
     *
     * <p>A payload in its type's current schema version is bound to the event class as it is parsed,
     * without building a tree first. Older versions go through the tree and the upcasters; so does any
     * payload the direct read does not take as it is (it gives up rather than guess), which is how errors
     * keep their old messages.
     */
    public DomainEvent fromJson(String wireName, int schemaVersion, String payloadJson) {
        EventType t = typeNamed(wireName);
        checkVersion(t, schemaVersion);
        Objects.requireNonNull(payloadJson, "payloadJson");
        if (schemaVersion == t.schemaVersion()) {
            DomainEvent event = readDirect(wireName, payloadJson);
            if (event != null) {
                return event;
            }
        }
        return fromPayload(wireName, schemaVersion, parsePayload(wireName, payloadJson));
    }

    /** A payload's JSON text as a tree, as it is stored: no upcasting. */
    public ObjectNode parsePayload(String wireName, String payloadJson) {
        ObjectNode payload;
        try {
            payload = json.readValue(payloadJson, ObjectNode.class);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("payload of '" + wireName + "' is not valid JSON: "
                    + e.getOriginalMessage(), e);
        }
        if (payload == null) {
            throw new MalformedEventException("payload of '" + wireName + "' is not a JSON object", null);
        }
        return payload;
    }

    /**
     * The payload bound straight from its text to the type's class, or null when the direct read does not
     * take it: not one well-formed JSON object, a number where the tree path would read it differently,
     * or anything that fails. The caller then reads it through the tree, which decides (and reports) as
     * it always has.
     */
    DomainEvent readDirect(String wireName, String payloadJson) {
        EventType type = byName.get(wireName);
        if (type == null) {
            return null;
        }
        ObjectReader reader = readers.computeIfAbsent(wireName, name -> json.readerFor(type.javaType()));
        try (JsonParser p = new TreeNumbersParser(reader.createParser(payloadJson))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Object value = reader.readValue(p);
            // The reader consumes (clears) the root's last token, which must be its closing brace.
            return p.getLastClearedToken() == JsonToken.END_OBJECT ? (DomainEvent) value : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The payload in its type's current shape; the given node is not changed. */
    public ObjectNode upcast(String wireName, int schemaVersion, ObjectNode payload) {
        return upcast(typeNamed(wireName), schemaVersion, payload);
    }

    private static void checkVersion(EventType t, int schemaVersion) {
        if (schemaVersion < 1 || schemaVersion > t.schemaVersion()) {
            throw new UnknownEventTypeException(t.wireName(), schemaVersion, "event type '" + t.wireName()
                    + "' has schema versions 1 to " + t.schemaVersion() + ", not " + schemaVersion);
        }
    }

    private ObjectNode upcast(EventType t, int schemaVersion, ObjectNode payload) {
        checkVersion(t, schemaVersion);
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
            if (!wireName.matches("[a-z][a-z-]*(\\.[a-z][a-z-]*)+")) {
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

        /**
         * Checks that every older schema version of every type can be brought to the current one, and that
         * the JSON configuration reads amounts exactly.
         */
        public EventTypeRegistry build() {
            if (!readsFractionsAsBigDecimal(json)) {
                throw new IllegalStateException("the event JSON configuration must read fractions as BigDecimal "
                        + "(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS): amounts never pass through a double");
            }
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
