package com.salondesk.app.wiring;

import com.salondesk.app.port.FreeTime;
import com.salondesk.domain.availability.DaySegment;
import com.salondesk.domain.availability.VisitRequest;
import com.salondesk.persistence.backend.DeskBackEnd;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The book's free time from the desk's live availability view. */
final class DeskFreeTime implements FreeTime {

    private final DeskBackEnd local;

    DeskFreeTime(DeskBackEnd local) {
        this.local = local;
    }

    @Override
    public Optional<FreeSlot> firstFree(String branchId, String serviceId, Instant from) {
        return local.availability().read(branchId, engine -> engine.nextSlot(VisitRequest.service(serviceId, from))
                        .orElse(null))
                .map(slot -> new FreeSlot(slot.parts().getFirst().staffId(), slot.start(), slot.end()));
    }

    @Override
    public List<DaySegment> dayPicture(String branchId, String staffId, LocalDate date) {
        return local.availability().dayPicture(branchId, staffId, date);
    }
}
