package com.salondesk.app.book.week;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.ScriptedDialogs;
import com.salondesk.app.TestSalon;
import com.salondesk.app.book.AppointmentBookViewModel;
import com.salondesk.app.book.BookMode;
import com.salondesk.app.book.BookingBlock;
import com.salondesk.app.task.CurrentThreadTaskExecutor;
import com.salondesk.app.wiring.FrontDesk;
import com.salondesk.domain.booking.NewBooking;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The week as the view model reads it, on a real desk; today is Tuesday 1 December 2026, 08:00 in London. */
class WeekBookViewModelTest {

    private static final LocalDate MONDAY = LocalDate.parse("2026-11-30");

    @TempDir
    Path folder;
    private FrontDesk desk;
    private AppointmentBookViewModel book;
    private WeekBookViewModel week;

    @BeforeEach
    void openTheWeek() {
        desk = TestSalon.open(folder);
        var tasks = new CurrentThreadTaskExecutor();
        book = desk.appointmentBook(tasks, new ScriptedDialogs(), listener -> { });
        week = desk.weekBook(book, tasks, listener -> { });
        book.start();
    }

    @AfterEach
    void close() {
        desk.local().close();
    }

    @Test
    void readsNothingUntilItShowsThenTheWholeWeekMondayFirst() {
        assertThat(week.weekProperty().get()).as("the day view is showing").isNull();

        book.viewProperty().set(BookMode.WEEK);

        BookWeek shown = week.weekProperty().get();
        assertThat(shown.monday()).isEqualTo(MONDAY);
        assertThat(shown.days()).extracting(WeekDay::date).containsExactly(MONDAY, MONDAY.plusDays(1),
                MONDAY.plusDays(2), MONDAY.plusDays(3), MONDAY.plusDays(4), MONDAY.plusDays(5), MONDAY.plusDays(6));
        assertThat(shown.days().getFirst().columns()).extracting(WeekColumn::staffId).containsExactly(TestSalon.BEN);
        assertThat(shown.days().get(1).columns()).extracting(WeekColumn::staffId)
                .containsExactly(TestSalon.ANNA, TestSalon.BEN);
        assertThat(shown.days().getLast().closed()).isTrue();
        assertThat(week.nowProperty().get()).isEqualTo(LocalDateTime.of(2026, 12, 1, 8, 0));
        assertThat(week.titleProperty().get()).isEqualTo("Soho · Monday, 30 November 2026 – Sunday, 6 December 2026");
    }

    @Test
    void putsEachBookingOnItsDayInItsStylistsColumnAndFiltersOneStylist() {
        String anna = book(TestSalon.ANNA, MONDAY.plusDays(2), "10:00");
        String ben = book(TestSalon.BEN, MONDAY.plusDays(5), "16:00");
        book.viewProperty().set(BookMode.WEEK);

        BookWeek shown = week.weekProperty().get();
        assertThat(idsIn(shown, MONDAY.plusDays(2), TestSalon.ANNA)).containsExactly(anna);
        assertThat(idsIn(shown, MONDAY.plusDays(5), TestSalon.BEN)).containsExactly(ben);
        assertThat(week.statusProperty().get()).isEqualTo("2 appointments this week");

        week.staffFilterProperty().set(week.team().stream().filter(s -> s.staffId().equals(TestSalon.ANNA))
                .findFirst().orElseThrow());
        BookWeek anna1 = week.weekProperty().get();
        assertThat(anna1.days()).allMatch(d -> d.columns().stream().allMatch(c -> c.staffId().equals(TestSalon.ANNA)));
        assertThat(anna1.days().getFirst().columns()).as("Monday off: an empty column").hasSize(1);
        assertThat(anna1.days().getFirst().columns().getFirst().workingWindows()).isEmpty();
        assertThat(week.statusProperty().get()).isEqualTo("Anna Berg: 1 appointment this week");
    }

    @Test
    void pagesByWeekTogetherWithTheBookAndADayOpensInTheDayView() {
        book.viewProperty().set(BookMode.WEEK);
        week.nextWeek();
        assertThat(week.weekProperty().get().monday()).isEqualTo(MONDAY.plusWeeks(1));
        assertThat(book.dateProperty().get()).isEqualTo(TestSalon.TODAY.plusWeeks(1));
        assertThat(week.nowProperty().get()).as("today is not in that week").isNull();

        week.previousWeek();
        week.previousWeek();
        assertThat(week.weekProperty().get().monday()).isEqualTo(MONDAY.minusWeeks(1));
        week.thisWeek();
        assertThat(week.weekProperty().get().monday()).isEqualTo(MONDAY);
        week.showWeekOf(LocalDate.parse("2027-01-01"));
        assertThat(week.weekProperty().get().monday()).isEqualTo(LocalDate.parse("2026-12-28"));

        week.openDay(LocalDate.parse("2026-12-30"));
        assertThat(book.viewProperty().get()).isEqualTo(BookMode.DAY);
        assertThat(book.dateProperty().get()).isEqualTo(LocalDate.parse("2026-12-30"));
    }

    private static java.util.List<String> idsIn(BookWeek week, LocalDate date, String staffId) {
        return week.days().stream().filter(d -> d.date().equals(date)).flatMap(d -> d.columns().stream())
                .filter(c -> c.staffId().equals(staffId)).flatMap(c -> c.bookings().stream())
                .map(BookingBlock::bookingId).toList();
    }

    private String book(String staffId, LocalDate day, String start) {
        String customer = desk.local().queries().searchCustomers("jane doe", 1).getFirst().customerId();
        LocalTime from = LocalTime.parse(start);
        String id = desk.local().bookings().book(desk.command(), new NewBooking(customer, TestSalon.BRANCH, staffId,
                TestSalon.CUT, day.atTime(from), day.atTime(from.plusMinutes(45)), false));
        desk.local().awaitProjections();
        return id;
    }
}
