package com.salondesk.domain.availability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Cells {@code [from, to)} of one day that a booking takes from a stylist, its client or a resource. */
record Hold(Kind kind, String ownerId, LocalDate date, int from, int to) {

    enum Kind { STAFF, CUSTOMER, RESOURCE }

    private static final int SECONDS_PER_CELL = Cells.MINUTES * 60;

    /**
     * What a booking occupies: the stylist during the active and finishing phases and the cleanup after them (not
     * while the colour develops), the client and each resource from the start to the end of the finishing phase.
     * Every cell a phase touches is taken; what would run past midnight is cut off there.
     */
    static List<Hold> of(BookedVisit visit) {
        List<Hold> holds = new ArrayList<>();
        for (int i = 0; i < visit.parts().size(); i++) {
            BookedPart part = visit.parts().get(i);
            Phases p = part.phases();
            LocalDate date = part.start().toLocalDate();
            int start = part.start().toLocalTime().toSecondOfDay();
            int clientEnd = start + p.clientMinutes() * 60;
            int afterProcessing = start + (p.activeMinutes() + p.processingMinutes()) * 60;
            int stylistEnd = clientEnd + (visit.cleansUpAfter(i) ? p.cleanupMinutes() * 60 : 0);
            add(holds, Kind.STAFF, part.staffId(), date, start, start + p.activeMinutes() * 60);
            add(holds, Kind.STAFF, part.staffId(), date, afterProcessing, stylistEnd);
            if (visit.customerId().isPresent()) {
                add(holds, Kind.CUSTOMER, visit.customerId().get(), date, start, clientEnd);
            }
            for (String resource : part.resourceIds()) {
                add(holds, Kind.RESOURCE, resource, date, start, clientEnd);
            }
        }
        return holds;
    }

    private static void add(List<Hold> holds, Kind kind, String owner, LocalDate date, int fromSecond, int toSecond) {
        int from = fromSecond / SECONDS_PER_CELL;
        int to = Math.min(Cells.PER_DAY, (toSecond + SECONDS_PER_CELL - 1) / SECONDS_PER_CELL);
        if (to > from) {
            holds.add(new Hold(kind, owner, date, from, to));
        }
    }
}
