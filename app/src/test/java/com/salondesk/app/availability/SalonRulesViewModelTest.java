package com.salondesk.app.availability;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.TestSalon;
import com.salondesk.app.task.CurrentThreadTaskExecutor;
import com.salondesk.app.wiring.FrontDesk;
import com.salondesk.domain.availability.DaySegment;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Salon menu's three screens on a real desk: bad input refused beside its field, good input recorded. */
class SalonRulesViewModelTest {

    private static final LocalDate WEDNESDAY = LocalDate.parse("2026-12-02");

    @TempDir
    Path folder;
    private FrontDesk desk;

    @BeforeEach
    void open() {
        desk = TestSalon.open(folder);
    }

    @AfterEach
    void close() {
        desk.local().close();
    }

    private long logged() {
        return desk.local().log().count();
    }

    @Test
    void a_closure_needs_a_date_and_a_reason_and_then_blocks_the_day() {
        BranchRulesViewModel screen = desk.branchRules(new CurrentThreadTaskExecutor());
        screen.refresh();
        assertThat(screen.branchNameProperty().get()).isEqualTo("Soho");
        long before = logged();

        screen.addClosure();
        assertThat(screen.closureDateErrorProperty().get()).isEqualTo("Choose a date.");
        assertThat(screen.closureReasonErrorProperty().get()).startsWith("Say why");
        screen.closureDateProperty().set(WEDNESDAY);
        screen.closureFromProperty().set("nine");
        screen.closureReasonProperty().set("Training");
        screen.addClosure();
        assertThat(screen.closureHoursErrorProperty().get()).isEqualTo("Type a time like 09:30, not \"nine\".");
        screen.closureFromProperty().set("12:00");
        screen.closureToProperty().set("09:00");
        screen.addClosure();
        assertThat(screen.closureHoursErrorProperty().get()).contains("must end after it starts");
        assertThat(logged()).isEqualTo(before);

        screen.closureFromProperty().set("");
        screen.closureToProperty().set("");
        screen.addClosure();

        assertThat(screen.closures()).singleElement().satisfies(c -> {
            assertThat(c.date()).isEqualTo(WEDNESDAY);
            assertThat(c.from()).isNull();
            assertThat(c.reason()).isEqualTo("Training");
        });
        assertThat(desk.local().availability().dayPicture(TestSalon.BRANCH, TestSalon.BEN, WEDNESDAY))
                .extracting(DaySegment::kind).containsOnly(DaySegment.Kind.BLOCKED);
    }

    @Test
    void the_booking_window_and_a_resource_are_checked_before_they_are_saved() {
        BranchRulesViewModel screen = desk.branchRules(new CurrentThreadTaskExecutor());
        screen.refresh();
        long before = logged();
        screen.noticeProperty().set("-5");
        screen.furthestAheadProperty().set("0");
        screen.saveBookingWindow();
        assertThat(screen.noticeErrorProperty().get()).startsWith("Type a whole number from 0");
        assertThat(screen.furthestAheadErrorProperty().get()).startsWith("Type a whole number from 1");
        screen.noticeProperty().set("2880");
        screen.furthestAheadProperty().set("1");
        screen.saveBookingWindow();
        assertThat(screen.noticeErrorProperty().get()).contains("leaves nothing to book");
        screen.resourceIdProperty().set("basin");
        screen.resourceCapacityProperty().set("0");
        screen.saveResource();
        assertThat(screen.resourceNameErrorProperty().get()).isNotEmpty();
        assertThat(screen.resourceCapacityErrorProperty().get()).startsWith("Type a whole number from 1 to 99");
        assertThat(logged()).isEqualTo(before);

        screen.noticeProperty().set("120");
        screen.furthestAheadProperty().set("60");
        screen.saveBookingWindow();
        screen.resourceNameProperty().set("Basin");
        screen.resourceCapacityProperty().set("2");
        screen.saveResource();

        assertThat(screen.resources()).singleElement().satisfies(r -> assertThat(r.capacity()).isEqualTo(2));
        screen.refresh();
        assertThat(screen.noticeProperty().get()).isEqualTo("120");
        assertThat(screen.messageProperty().get()).isEqualTo("Basin saved.");
    }

    @Test
    void a_break_outside_the_working_hours_is_refused_beside_the_form_and_time_off_is_recorded() {
        StylistRulesViewModel screen = desk.stylistRules(new CurrentThreadTaskExecutor());
        screen.refresh();
        screen.stylistProperty().set(screen.stylists().stream().filter(s -> s.staffId().equals(TestSalon.ANNA))
                .findFirst().orElseThrow());
        long before = logged();

        screen.breakDayProperty().set(DayOfWeek.TUESDAY);
        screen.breakFromProperty().set("13:00");
        screen.breakToProperty().set("12:30");
        screen.addBreak();
        assertThat(screen.breakErrorProperty().get()).contains("must come after the start");
        screen.breakFromProperty().set("17:00");
        screen.breakToProperty().set("17:30");
        screen.addBreak();
        assertThat(screen.breakErrorProperty().get()).contains("outside the working hours");
        assertThat(logged()).isEqualTo(before);

        screen.breakFromProperty().set("13:00");
        screen.breakToProperty().set("13:30");
        screen.addBreak();
        screen.offFromDateProperty().set(WEDNESDAY);
        screen.offToDateProperty().set(WEDNESDAY);
        screen.offFromTimeProperty().set("14:00");
        screen.offReasonProperty().set("Dentist");
        screen.addTimeOff();

        assertThat(screen.breakErrorProperty().get()).isEmpty();
        assertThat(screen.breaks()).singleElement().satisfies(b -> assertThat(b.day()).isEqualTo(DayOfWeek.TUESDAY));
        assertThat(screen.timeOff()).singleElement().satisfies(t -> {
            assertThat(t.start()).isEqualTo(WEDNESDAY.atTime(14, 0));
            assertThat(t.end()).isEqualTo(WEDNESDAY.plusDays(1).atStartOfDay());
        });
        assertThat(desk.local().availability().dayPicture(TestSalon.BRANCH, TestSalon.ANNA, WEDNESDAY))
                .contains(new DaySegment(LocalTime.of(14, 0), LocalTime.of(18, 0), DaySegment.Kind.BLOCKED, null));
    }

    @Test
    void a_services_phases_are_numbers_in_five_minute_steps() {
        ServiceTimingViewModel screen = desk.serviceTiming(new CurrentThreadTaskExecutor());
        screen.refresh();
        screen.serviceProperty().set(screen.services().stream().filter(s -> s.serviceId().equals(TestSalon.COLOUR))
                .findFirst().orElseThrow());
        assertThat(screen.activeProperty().get()).isEqualTo("90");
        long before = logged();

        screen.activeProperty().set("thirty");
        screen.save();
        assertThat(screen.activeErrorProperty().get()).startsWith("Type a whole number from 5");
        screen.activeProperty().set("30");
        screen.processingProperty().set("32");
        screen.save();
        assertThat(screen.processingErrorProperty().get()).contains("multiple of 5");
        assertThat(logged()).isEqualTo(before);

        screen.processingProperty().set("30");
        screen.finishingProperty().set("15");
        screen.resourceIdsProperty().set("basin");
        screen.save();

        assertThat(screen.serviceProperty().get().processingMinutes()).isEqualTo(30);
        assertThat(screen.serviceProperty().get().resourceIds()).containsExactly("basin");
        assertThat(screen.messageProperty().get()).isEqualTo("Full colour saved.");
    }
}
