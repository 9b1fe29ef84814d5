package com.salondesk.domain.till;

import com.salondesk.domain.shared.DeciderScenario;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** One open till per desk at a time. */
class DrawerDeciderTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    private final DeciderScenario<DrawerCommand, Drawer, DrawerEvent> drawer = DeciderScenario.of(new DrawerDecider());

    @Test
    void a_free_desk_takes_a_till() {
        drawer.given().when(new DrawerCommand.Take("desk-a", "t1", DAY))
                .thenEvents(new DrawerEvent.TillTaken("desk-a", "t1", DAY));
    }

    @Test
    void a_desk_with_an_open_till_opens_no_second_one() {
        drawer.given(new DrawerEvent.TillTaken("desk-a", "t1", DAY)).when(new DrawerCommand.Take("desk-a", "t2", DAY))
                .thenRejected("till.desk-has-open-till");
        drawer.given(new DrawerEvent.TillTaken("desk-a", "t1", DAY)).when(new DrawerCommand.Take("desk-a", "t1", DAY))
                .thenNothing();
    }

    @Test
    void after_the_close_the_next_till_may_open() {
        drawer.given(new DrawerEvent.TillTaken("desk-a", "t1", DAY)).when(new DrawerCommand.GiveBack("desk-a", "t1"))
                .thenEvents(new DrawerEvent.TillGivenBack("desk-a", "t1"));
        drawer.given(new DrawerEvent.TillTaken("desk-a", "t1", DAY), new DrawerEvent.TillGivenBack("desk-a", "t1"))
                .when(new DrawerCommand.Take("desk-a", "t2", DAY.plusDays(1)))
                .thenEvents(new DrawerEvent.TillTaken("desk-a", "t2", DAY.plusDays(1)));
        drawer.given().when(new DrawerCommand.GiveBack("desk-a", "t1")).thenNothing();
    }
}
