package com.salondesk.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class UuidV7Test {

    @Test
    void ids_are_rfc_9562_version_7() {
        UUID id = UuidV7.next();
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.toString()).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    @Test
    void ids_carry_the_time_they_were_made_in_milliseconds() {
        long before = System.currentTimeMillis();
        UUID id = UuidV7.next();
        long after = System.currentTimeMillis();
        long millis = id.getMostSignificantBits() >>> 16;
        // Ids made faster than 4096 per millisecond borrow from the next milliseconds, so allow a little.
        assertThat(millis).isBetween(before, after + 50);
    }

    @Test
    void ten_thousand_ids_made_in_a_burst_are_strictly_increasing() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(UuidV7.next());
        }
        for (int i = 1; i < ids.size(); i++) {
            UUID previous = ids.get(i - 1);
            UUID current = ids.get(i);
            // The text form sorts like the unsigned 128-bit value, which is what databases compare.
            assertThat(current.toString()).as("id %d", i).isGreaterThan(previous.toString());
            assertThat(current).as("id %d", i).isGreaterThan(previous);
            assertThat(current.version()).isEqualTo(7);
            assertThat(current.variant()).isEqualTo(2);
        }
    }

    @Test
    void ids_made_on_many_threads_at_once_are_unique() throws Exception {
        Set<UUID> seen = ConcurrentHashMap.newKeySet();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 5_000; i++) {
                        seen.add(UuidV7.next());
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        }
        assertThat(seen).hasSize(40_000);
        Set<Long> stamps = new HashSet<>();
        seen.forEach(id -> stamps.add(id.getMostSignificantBits()));
        assertThat(stamps).as("time and counter alone are unique, not just the random part").hasSize(40_000);
    }
}
