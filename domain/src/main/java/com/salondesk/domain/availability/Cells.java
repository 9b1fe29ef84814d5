package com.salondesk.domain.availability;

import com.salondesk.domain.shared.TimeRange;
import java.time.LocalTime;
import java.util.List;

/**
 * A day as 288 five-minute cells, one bit each in five longs (bit {@code i} is the cell from minute {@code 5i}).
 * The bits past the last cell stay zero, so "free" masks never run over midnight. The operations make new arrays:
 * at five longs a mask, allocation costs less than the bookkeeping of reusing them.
 */
final class Cells {

    static final int MINUTES = 5;
    static final int PER_DAY = 24 * 60 / MINUTES;
    static final int WORDS = (PER_DAY + 63) / 64;
    private static final long LAST_WORD = (1L << (PER_DAY - 64 * (WORDS - 1))) - 1;

    private Cells() {
    }

    static long[] none() {
        return new long[WORDS];
    }

    static long[] all() {
        return range(0, PER_DAY);
    }

    /** The cells {@code [from, to)}, clipped to the day. */
    static long[] range(int from, int to) {
        long[] m = none();
        addRange(m, from, to);
        return m;
    }

    static void addRange(long[] m, int from, int to) {
        from = Math.max(0, from);
        to = Math.min(PER_DAY, to);
        for (int i = from; i < to; ) {
            int word = i >>> 6;
            int bit = i & 63;
            int upto = Math.min(to, (word + 1) << 6);
            int n = upto - i;
            long bits = n == 64 ? -1L : ((1L << n) - 1) << bit;
            m[word] |= bits;
            i = upto;
        }
    }

    static void removeRange(long[] m, int from, int to) {
        long[] r = range(from, to);
        for (int w = 0; w < WORDS; w++) {
            m[w] &= ~r[w];
        }
    }

    /** The cells wholly inside the ranges (a window of work: a cell half inside is not time one can book). */
    static long[] inside(List<TimeRange> ranges) {
        long[] m = none();
        for (TimeRange r : ranges) {
            addRange(m, ceilCell(minuteOf(r.start())), endCellInside(r.end()));
        }
        return m;
    }

    /** The cells the ranges touch at all (a break, a closure: any minute of it makes the cell unusable). */
    static long[] touched(List<TimeRange> ranges) {
        long[] m = none();
        for (TimeRange r : ranges) {
            addRange(m, minuteOf(r.start()) / MINUTES, endCellTouched(r.end()));
        }
        return m;
    }

    static int minuteOf(LocalTime t) {
        return t.getHour() * 60 + t.getMinute();
    }

    static int ceilCell(int minute) {
        return (minute + MINUTES - 1) / MINUTES;
    }

    /** The cell a range's end closes: {@link LocalTime#MAX} (23:59:59.999…) stands for midnight, the end of the day. */
    private static int endCellInside(LocalTime end) {
        return end.equals(LocalTime.MAX) || (end.getHour() == 23 && end.getMinute() == 59 && end.getSecond() == 59)
                ? PER_DAY : minuteOf(end) / MINUTES;
    }

    private static int endCellTouched(LocalTime end) {
        int minute = minuteOf(end);
        boolean partMinute = end.getSecond() != 0 || end.getNano() != 0;
        return ceilCell(minute + (partMinute ? 1 : 0));
    }

    static long[] or(long[] a, long[] b) {
        long[] m = new long[WORDS];
        for (int w = 0; w < WORDS; w++) {
            m[w] = a[w] | b[w];
        }
        return m;
    }

    static long[] and(long[] a, long[] b) {
        long[] m = new long[WORDS];
        for (int w = 0; w < WORDS; w++) {
            m[w] = a[w] & b[w];
        }
        return m;
    }

    static void andInto(long[] target, long[] b) {
        for (int w = 0; w < WORDS; w++) {
            target[w] &= b[w];
        }
    }

    static void orInto(long[] target, long[] b) {
        for (int w = 0; w < WORDS; w++) {
            target[w] |= b[w];
        }
    }

    static long[] andNot(long[] a, long[] b) {
        long[] m = new long[WORDS];
        for (int w = 0; w < WORDS; w++) {
            m[w] = a[w] & ~b[w];
        }
        return m;
    }

    /** The cells not set in {@code a}, within the day. */
    static long[] not(long[] a) {
        long[] m = new long[WORDS];
        for (int w = 0; w < WORDS; w++) {
            m[w] = ~a[w];
        }
        m[WORDS - 1] &= LAST_WORD;
        return m;
    }

    /**
     * Moves every cell {@code k} earlier: afterwards bit {@code t} is what bit {@code t + k} was ("the cell k later is
     * set"), and the last {@code k} cells are clear. Word {@code w} reads only words at or above {@code w}, so going up
     * through the words reads each before it is overwritten.
     */
    static void shiftInto(long[] a, int k) {
        for (int w = 0; w < WORDS; w++) {
            a[w] = wordLater(a, w, k);
        }
    }

    /** {@code a &= a} shifted {@code k} earlier, in place, by the same upward reading as {@link #shiftInto}. */
    private static void andLaterInto(long[] a, int k) {
        for (int w = 0; w < WORDS; w++) {
            a[w] &= wordLater(a, w, k);
        }
    }

    /** Word {@code w} of {@code a} shifted {@code k} cells earlier, from words {@code w} and up. */
    private static long wordLater(long[] a, int w, int k) {
        int from = w + (k >>> 6);
        int bits = k & 63;
        long lo = from < WORDS ? a[from] >>> bits : 0;
        long hi = bits == 0 || from + 1 >= WORDS ? 0 : a[from + 1] << (64 - bits);
        return lo | hi;
    }

    /**
     * Bit {@code t} of the result is set when cells {@code t} to {@code t + length - 1} are all set in {@code a}: the
     * starts of a free run that long. Doubling the run each step, this takes log2(length) shifts.
     */
    static long[] runs(long[] a, int length) {
        if (length <= 0) {
            return all();
        }
        long[] r = a.clone();
        int covered = 1;
        while (covered < length) {
            int step = Math.min(covered, length - covered);
            andLaterInto(r, step);
            covered += step;
        }
        return r;
    }

    /** The length of the longest run of set cells. */
    static int longestRun(long[] a) {
        int longest = 0;
        int run = 0;
        for (int c = 0; c < PER_DAY; c++) {
            if (get(a, c)) {
                longest = Math.max(longest, ++run);
            } else {
                run = 0;
            }
        }
        return longest;
    }

    static boolean isEmpty(long[] a) {
        for (long w : a) {
            if (w != 0) {
                return false;
            }
        }
        return true;
    }

    static boolean get(long[] a, int cell) {
        return (a[cell >>> 6] & (1L << (cell & 63))) != 0;
    }

    /** The first set cell at or after {@code from}, or -1. */
    static int next(long[] a, int from) {
        if (from >= PER_DAY) {
            return -1;
        }
        int w = from >>> 6;
        long word = a[w] & (-1L << (from & 63));
        while (true) {
            if (word != 0) {
                return (w << 6) + Long.numberOfTrailingZeros(word);
            }
            if (++w == WORDS) {
                return -1;
            }
            word = a[w];
        }
    }

    static LocalTime timeOf(int cell) {
        return LocalTime.of(0, 0).plusMinutes((long) cell * MINUTES);
    }
}
