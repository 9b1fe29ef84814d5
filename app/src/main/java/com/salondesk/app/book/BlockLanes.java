package com.salondesk.app.book;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lays bookings that share time side by side: splits a column's bookings into groups that overlap, and gives
 * each booking of a group the leftmost lane that is free at its start.
 */
public final class BlockLanes {

    private BlockLanes() {
    }

    public static boolean overlap(BookingBlock a, BookingBlock b) {
        return a.start().isBefore(b.end()) && b.start().isBefore(a.end());
    }

    /** The bookings in groups that overlap in a chain, each group and each booking within it by start. */
    public static List<List<BookingBlock>> overlapping(List<BookingBlock> bookings) {
        List<BookingBlock> byStart = bookings.stream().sorted(Comparator.comparing(BookingBlock::start)
                .thenComparing(BookingBlock::end)).toList();
        List<List<BookingBlock>> groups = new ArrayList<>();
        List<BookingBlock> group = new ArrayList<>();
        LocalTime groupEnd = null;
        for (BookingBlock b : byStart) {
            if (groupEnd != null && !b.start().isBefore(groupEnd)) {
                groups.add(group);
                group = new ArrayList<>();
                groupEnd = null;
            }
            group.add(b);
            groupEnd = groupEnd == null || b.end().isAfter(groupEnd) ? b.end() : groupEnd;
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        return groups;
    }

    /** For a group sorted by start: each booking's lane, the leftmost whose last booking has ended. */
    public static List<Integer> lanes(List<BookingBlock> group) {
        List<LocalTime> laneEnds = new ArrayList<>();
        List<Integer> lanes = new ArrayList<>();
        for (BookingBlock b : group) {
            int lane = 0;
            while (lane < laneEnds.size() && b.start().isBefore(laneEnds.get(lane))) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(b.end());
            } else {
                laneEnds.set(lane, b.end());
            }
            lanes.add(lane);
        }
        return lanes;
    }
}
