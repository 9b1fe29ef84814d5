package com.salondesk.domain.availability;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A question made ready for the day searches: the services in order with the cell each starts at within the visit,
 * the stylists who may be chosen ({@code pool}), for each service the positions in the pool of those who may do it,
 * and, for each service and choice, where the same stylist stands among the choices of the next service (-1: not
 * there), so that the search never compares names.
 */
record Visit(List<ServiceTiming> parts, int[] offsets, int cells, List<StaffRota> pool, int[][] choices,
             int[][] sameInNext, boolean sameStylist, Optional<String> customerId) {

    static Visit of(List<ServiceTiming> parts, List<StaffRota> pool, boolean sameStylist, Optional<String> customerId) {
        int n = parts.size();
        int[] offsets = new int[n];
        int cells = 0;
        for (int i = 0; i < n; i++) {
            offsets[i] = cells;
            cells += parts.get(i).phases().clientMinutes() / Cells.MINUTES;
        }
        int[][] choices = new int[n][];
        for (int i = 0; i < n; i++) {
            ServiceTiming part = parts.get(i);
            choices[i] = IntStream.range(0, pool.size())
                    .filter(p -> sameStylist ? parts.stream().allMatch(s -> pool.get(p).performs(s.serviceId()))
                            : pool.get(p).performs(part.serviceId()))
                    .toArray();
        }
        int[][] sameInNext = new int[n][];
        for (int i = 0; i < n; i++) {
            sameInNext[i] = new int[choices[i].length];
            for (int s = 0; s < choices[i].length; s++) {
                sameInNext[i][s] = i + 1 < n ? indexOf(choices[i + 1], choices[i][s]) : -1;
            }
        }
        return new Visit(List.copyOf(parts), offsets, cells, List.copyOf(pool), choices, sameInNext, sameStylist, customerId);
    }

    private static int indexOf(int[] positions, int position) {
        for (int s = 0; s < positions.length; s++) {
            if (positions[s] == position) {
                return s;
            }
        }
        return -1;
    }
}
