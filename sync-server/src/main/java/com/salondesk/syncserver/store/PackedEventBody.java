package com.salondesk.syncserver.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The compressed form of an old event's payload and metadata: deflate with a preset dictionary of the words
 * every SalonDesk event repeats (field names, type prefixes), so that even a 500-byte row shrinks.
 * Format: one version byte, then the deflate stream of {@code payload + '\0' + metadata} (both JSON text).
 * The dictionary of a version never changes; a new dictionary gets a new version byte.
 */
public final class PackedEventBody {

    static final byte VERSION_1 = 1;

    private static final byte[] DICTIONARY_V1 = String.join("",
            "\"schemaVersion\":1}", "\"causationId\":\"", "\"correlationId\":\"", "\"userId\":\"",
            "\"deviceId\":\"desk-", "\"branchId\":\"", "{\"tenantId\":\"",
            "\"note\":\"", "\"reason\":\"", "\"currency\":\"EUR\"", "\"currency\":\"GBP\"", "\"amountMinor\":",
            "\"price\":{", "\"end\":\"", "\"start\":\"", "\"date\":\"", "\"serviceId\":\"svc-", "\"staffId\":\"staff-",
            "\"customerId\":\"cust-", "\"bookingId\":\"", "T00:00:00Z\"", ":00Z\",", "\"name\":\"", "\"email\":\"",
            "\"phone\":\"", "schedule-", "booking-", "customer-", "staff-", "{\"bookingId\":\"")
            .getBytes(StandardCharsets.UTF_8);

    /** An event's JSON payload and metadata, as text. */
    public record Body(String payload, String metadata) {
    }

    private PackedEventBody() {
    }

    public static byte[] pack(String payload, String metadata) {
        byte[] input = (payload + '\0' + metadata).getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setDictionary(DICTIONARY_V1);
            deflater.setInput(input);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(input.length / 2 + 16);
            out.write(VERSION_1);
            byte[] buffer = new byte[1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    public static Body unpack(byte[] packed) {
        if (packed.length == 0 || packed[0] != VERSION_1) {
            throw new IllegalArgumentException("unknown packed event format " + (packed.length == 0 ? "(empty)" : packed[0]));
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setDictionary(DICTIONARY_V1);
            inflater.setInput(Arrays.copyOfRange(packed, 1, packed.length));
            ByteArrayOutputStream out = new ByteArrayOutputStream(packed.length * 4);
            byte[] buffer = new byte[2048];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalArgumentException("packed event body is truncated");
                }
                out.write(buffer, 0, n);
            }
            String text = out.toString(StandardCharsets.UTF_8);
            int split = text.indexOf('\0');
            if (split < 0) {
                throw new IllegalArgumentException("packed event body lacks its metadata");
            }
            return new Body(text.substring(0, split), text.substring(split + 1));
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("packed event body is corrupt", e);
        } finally {
            inflater.end();
        }
    }
}
