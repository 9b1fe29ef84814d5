package com.salondesk.domain.availability;

import java.util.Arrays;

/**
 * How many holds cover each cell of one day of one stylist, client or resource, and the mask of the cells that
 * are full: held at all for a person, held {@code capacity} times for a resource. Counts rather than bits because
 * holds may overlap (a deliberate overbooking, a basin shared by three clients), and taking one away must leave
 * the others.
 */
final class CellCounts {

    private final short[] counts = new short[Cells.PER_DAY];
    private final long[] full = Cells.none();
    private int capacity;
    private int holds;

    CellCounts(int capacity) {
        this.capacity = capacity;
    }

    void add(int from, int to) {
        holds++;
        for (int c = Math.max(0, from); c < Math.min(Cells.PER_DAY, to); c++) {
            if (++counts[c] >= capacity) {
                full[c >>> 6] |= 1L << (c & 63);
            }
        }
    }

    void remove(int from, int to) {
        holds--;
        for (int c = Math.max(0, from); c < Math.min(Cells.PER_DAY, to); c++) {
            if (--counts[c] < capacity) {
                full[c >>> 6] &= ~(1L << (c & 63));
            }
        }
    }

    void changeCapacity(int newCapacity) {
        capacity = newCapacity;
        for (int c = 0; c < Cells.PER_DAY; c++) {
            if (counts[c] >= capacity) {
                full[c >>> 6] |= 1L << (c & 63);
            } else {
                full[c >>> 6] &= ~(1L << (c & 63));
            }
        }
    }

    /** The cells that cannot take one more hold. Read-only: callers must not change it. */
    long[] full() {
        return full;
    }

    boolean isEmpty() {
        return holds == 0;
    }

    /** Whether both count the same holds in every cell, and call the same cells full. */
    boolean sameAs(CellCounts other) {
        return holds == other.holds && capacity == other.capacity && Arrays.equals(counts, other.counts)
                && Arrays.equals(full, other.full);
    }

    CellCounts copy() {
        CellCounts c = new CellCounts(capacity);
        System.arraycopy(counts, 0, c.counts, 0, counts.length);
        System.arraycopy(full, 0, c.full, 0, full.length);
        c.holds = holds;
        return c;
    }
}
