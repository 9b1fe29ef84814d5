package com.salondesk.persistence.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.schedule.StaffDayEvent;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** A stylist's reservation stored before processing gaps existed reads as one the stylist works throughout. */
class SlotReservedV2Test {

    @Test
    void a_version_one_reservation_has_no_processing_gap() throws Exception {
        var registry = SalonEventTypes.registry();
        String v1 = "{\"staffId\":\"anna\",\"date\":\"2026-12-01\",\"bookingId\":\"b1\",\"start\":\"10:00\","
                + "\"end\":\"10:45\",\"overbooked\":false}";

        var read = (StaffDayEvent.SlotReserved) registry.fromJson("schedule.slot-reserved", 1, v1);

        assertThat(read).isEqualTo(new StaffDayEvent.SlotReserved("anna", LocalDate.parse("2026-12-01"), "b1",
                LocalTime.of(10, 0), LocalTime.of(10, 45), false));
        assertThat(read.processing()).isNull();
        assertThat(registry.typeOf(read).schemaVersion()).isEqualTo(2);
    }
}
