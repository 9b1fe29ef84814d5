package com.salondesk.domain.availability;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.shared.TimeRange;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CellsTest {

    private static List<Integer> set(long[] cells) {
        List<Integer> list = new ArrayList<>();
        for (int c = Cells.next(cells, 0); c >= 0; c = Cells.next(cells, c + 1)) {
            list.add(c);
        }
        return list;
    }

    private static long[] later(long[] cells, int k) {
        long[] shifted = cells.clone();
        Cells.shiftInto(shifted, k);
        return shifted;
    }

    @Test
    void a_day_is_288_cells_and_nothing_runs_past_midnight() {
        assertThat(set(Cells.all())).hasSize(288).endsWith(287);
        assertThat(set(Cells.not(Cells.range(0, 280)))).containsExactly(280, 281, 282, 283, 284, 285, 286, 287);
        assertThat(set(Cells.runs(Cells.all(), 3))).endsWith(285);
    }

    @Test
    void a_shift_looks_k_cells_ahead_across_word_boundaries() {
        long[] cells = Cells.range(60, 70);
        assertThat(set(later(cells, 5))).containsExactly(55, 56, 57, 58, 59, 60, 61, 62, 63, 64);
        assertThat(set(later(cells, 64))).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(set(later(cells, 70))).isEmpty();
        assertThat(set(later(Cells.range(200, 202), 130))).containsExactly(70, 71);
        assertThat(set(later(cells, 0))).isEqualTo(set(cells));
    }

    @Test
    void runs_are_the_starts_of_free_stretches_long_enough() {
        long[] free = Cells.none();
        Cells.addRange(free, 10, 20);
        Cells.addRange(free, 62, 70);

        assertThat(set(Cells.runs(free, 8))).containsExactly(10, 11, 12, 62);
        assertThat(set(Cells.runs(free, 11))).isEmpty();
        assertThat(Cells.longestRun(free)).isEqualTo(10);
    }

    @Test
    void opening_hours_count_whole_cells_and_breaks_every_cell_they_touch() {
        var hours = List.of(TimeRange.of("09:02", "10:58"));

        assertThat(set(Cells.inside(hours))).startsWith(109).endsWith(130);
        assertThat(set(Cells.touched(hours))).startsWith(108).endsWith(131);
    }
}
