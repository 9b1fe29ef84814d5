package com.salondesk.domain.availability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * One day's search for a visit. For each service and each stylist who may do it: the starts of the visit at which
 * that stylist is free for that service (their active and finishing phases, and their cleanup after it unless they
 * also do the next service), and which of those starts lead on to a stylist for every later service as well. The
 * later service is worked out first, so each earlier one needs only its own cells and the next one's answer.
 */
final class DaySearch {

    private final Visit visit;
    private final LocalDate date;
    private final IntFunction<FreeDay> freeDayOf;
    private final FreeDay[] freeDays;
    /** [service][choice]: starts from which this stylist can do this service and someone every later one. */
    private long[][][] reach;
    /** [service][choice]: starts at which this stylist can do this service if they do the next one too. */
    private long[][][] withoutCleanup;
    private long[] starts = Cells.none();

    /** {@code freeDayOf} gives the free cells on {@code date} of the stylist at that position of the visit's pool. */
    DaySearch(Visit visit, LocalDate date, IntFunction<FreeDay> freeDayOf) {
        this.visit = visit;
        this.date = date;
        this.freeDayOf = freeDayOf;
        this.freeDays = new FreeDay[visit.pool().size()];
    }

    /** Narrows {@code candidates} (starts the branch, the client and the resources allow) to those with stylists. */
    DaySearch run(long[] candidates) {
        starts = candidates;
        if (Cells.isEmpty(starts)) {
            return this;
        }
        int n = visit.parts().size();
        reach = new long[n][][];
        withoutCleanup = new long[n][][];
        for (int i = n - 1; i >= 0; i--) {
            int[] choices = visit.choices()[i];
            reach[i] = new long[choices.length][];
            withoutCleanup[i] = new long[choices.length][];
            long[] anyoneNext = i < n - 1 && !visit.sameStylist() ? union(reach[i + 1]) : null;
            for (int s = 0; s < choices.length; s++) {
                long[] r;
                if (i == n - 1) {
                    r = partCells(i, choices[s], true);
                } else {
                    int same = visit.sameInNext()[i][s];
                    long[] without = partCells(i, choices[s], false);
                    withoutCleanup[i][s] = without;
                    r = same < 0 ? Cells.none() : Cells.and(without, reach[i + 1][same]);
                    if (anyoneNext != null && !Cells.isEmpty(anyoneNext)) {
                        long[] with = partCells(i, choices[s], true);
                        Cells.andInto(with, anyoneNext);
                        Cells.orInto(r, with);
                    }
                }
                Cells.andInto(r, starts);
                reach[i][s] = r;
            }
        }
        Cells.andInto(starts, union(reach[0]));
        return this;
    }

    long[] starts() {
        return starts;
    }

    private static long[] union(long[][] masks) {
        long[] any = Cells.none();
        for (long[] m : masks) {
            Cells.orInto(any, m);
        }
        return any;
    }

    /** The visit's starts at which the stylist is free for service {@code i}: active, then finishing (and cleanup). */
    private long[] partCells(int i, int poolPosition, boolean cleanup) {
        FreeDay free = freeDays[poolPosition];
        if (free == null) {
            free = freeDayOf.apply(poolPosition);
            freeDays[poolPosition] = free;
        }
        Phases p = visit.parts().get(i).phases();
        int active = p.activeMinutes() / Cells.MINUTES;
        int tail = (p.finishingMinutes() + (cleanup ? p.cleanupMinutes() : 0)) / Cells.MINUTES;
        if (!free.fits(active) || !free.fits(tail)) {
            return Cells.none();
        }
        int offset = visit.offsets()[i];
        long[] ok = Cells.runs(free.cells(), active);
        Cells.shiftInto(ok, offset);
        if (tail > 0) {
            long[] after = Cells.runs(free.cells(), tail);
            Cells.shiftInto(after, offset + (p.activeMinutes() + p.processingMinutes()) / Cells.MINUTES);
            Cells.andInto(ok, after);
        }
        return ok;
    }

    /** The visit from cell {@code t}, with the first stylists in rota order, keeping one stylist where one can. */
    VisitSlot slotAt(int t) {
        List<PlannedPart> parts = new ArrayList<>();
        int s = firstReaching(0, t);
        for (int i = 0; i < visit.parts().size(); i++) {
            StaffRota stylist = visit.pool().get(visit.choices()[i][s]);
            parts.add(new PlannedPart(visit.parts().get(i), stylist.staffId(),
                    date.atTime(Cells.timeOf(t + visit.offsets()[i]))));
            if (i + 1 < visit.parts().size()) {
                int same = visit.sameInNext()[i][s];
                boolean stay = same >= 0 && Cells.get(withoutCleanup[i][s], t) && Cells.get(reach[i + 1][same], t);
                s = stay ? same : firstReaching(i + 1, t);
            }
        }
        return new VisitSlot(parts);
    }

    private int firstReaching(int part, int t) {
        for (int s = 0; s < reach[part].length; s++) {
            if (Cells.get(reach[part][s], t)) {
                return s;
            }
        }
        throw new IllegalStateException("no stylist reaches cell " + t + " for service " + part + " on " + date);
    }
}
