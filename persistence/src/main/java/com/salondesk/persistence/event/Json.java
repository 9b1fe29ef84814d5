package com.salondesk.persistence.event;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * The one JSON configuration for events: ISO-8601 times, record components only, unknown fields are an error,
 * and fractions read as {@code BigDecimal} with every digit and trailing zero they were written with.
 */
public final class Json {

    /** More digits before the point than any amount has (a quintillion); refused before any arithmetic. */
    static final int MAX_INTEGER_DIGITS = 18;
    /** More digits after the point than a stored number's text can hold without an exponent. */
    static final int MAX_FRACTION_DIGITS = 1000;

    private Json() {
    }

    public static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // Amounts never pass through a double: 1.00500000000000000001 must not become 1.005, and
                // a tree (an upcaster's, the server's) keeps 55.00 as 55.00, as the desk wrote it.
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .addModule(new SimpleModule("bounded-decimals").addDeserializer(BigDecimal.class, new BoundedDecimals()))
                // A payload is exactly the record's components: helper methods such as isNegative()
                // must never leak into the log.
                .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
                .build();
    }

    /**
     * Reads a BigDecimal as Jackson does, but refuses magnitudes no amount has ({@code 1e400},
     * {@code 1e-1000000000}): read through a double they used to fail as infinite; read exactly, rounding
     * them to a currency's minor unit would take the JVM's memory and time.
     */
    private static final class BoundedDecimals extends NumberDeserializers.BigDecimalDeserializer {
        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext context) throws IOException {
            BigDecimal value = super.deserialize(p, context);
            if (value != null && (value.precision() - value.scale() > MAX_INTEGER_DIGITS
                    || value.scale() > MAX_FRACTION_DIGITS)) {
                throw InvalidFormatException.from(p, "the number " + value + " is out of range: at most "
                        + MAX_INTEGER_DIGITS + " digits before the decimal point and " + MAX_FRACTION_DIGITS
                        + " after it", value, BigDecimal.class);
            }
            return value;
        }
    }
}
