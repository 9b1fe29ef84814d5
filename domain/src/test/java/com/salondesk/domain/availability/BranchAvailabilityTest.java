package com.salondesk.domain.availability;

import static com.salondesk.domain.availability.Salon.BLOW_DRY;
import static com.salondesk.domain.availability.Salon.COLOUR;
import static com.salondesk.domain.availability.Salon.CUT;
import static com.salondesk.domain.availability.Salon.LONDON;
import static com.salondesk.domain.availability.Salon.MONDAY_1ST;
import static com.salondesk.domain.availability.Salon.SHOP_HOURS;
import static com.salondesk.domain.availability.Salon.SUNDAY_7TH;
import static com.salondesk.domain.availability.Salon.TUESDAY_2ND;
import static com.salondesk.domain.availability.Salon.allRounder;
import static com.salondesk.domain.availability.Salon.ask;
import static com.salondesk.domain.availability.Salon.at;
import static com.salondesk.domain.availability.Salon.booking;
import static com.salondesk.domain.availability.Salon.soho;
import static com.salondesk.domain.availability.Salon.starts;
import static com.salondesk.domain.availability.Salon.t;
import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salondesk.domain.shared.WeeklyHours;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BranchAvailabilityTest {

    private static final StaffRota MARIA = allRounder("maria");
    private static final StaffRota ANA = allRounder("ana");

    @Nested
    class OpeningHoursAndClosures {

        @Test
        void a_cut_can_start_every_five_minutes_while_the_branch_is_open_and_end_by_closing() {
            var slots = soho().with(MARIA).build().freeSlots(ask("cut"), MONDAY_1ST);

            assertThat(starts(slots)).startsWith("09:00", "09:05", "09:10").endsWith("17:10", "17:15").hasSize(100);
            assertThat(slots.getLast().end()).isEqualTo(at(MONDAY_1ST, "18:00"));
        }

        @Test
        void nothing_on_a_day_the_branch_does_not_open() {
            assertThat(soho().with(MARIA).build().freeSlots(ask("cut"), SUNDAY_7TH)).isEmpty();
        }

        @Test
        void nothing_on_a_bank_holiday() {
            var branch = soho().with(MARIA).closed(Closure.wholeDay(MONDAY_1ST, "St David's Day")).build();

            assertThat(branch.freeSlots(ask("cut"), MONDAY_1ST)).isEmpty();
            assertThat(branch.freeSlots(ask("cut"), TUESDAY_2ND)).hasSize(100);
        }

        @Test
        void a_closed_morning_moves_the_first_slot_to_when_it_reopens() {
            var branch = soho().with(MARIA).closed(Closure.part(MONDAY_1ST, t("09:00", "12:00"), "training")).build();

            assertThat(starts(branch.freeSlots(ask("cut"), MONDAY_1ST)).getFirst()).isEqualTo("12:00");
        }

        @Test
        void a_visit_never_straddles_a_closure_even_when_the_stylist_would_be_free() {
            var branch = soho().with(MARIA).closed(Closure.part(MONDAY_1ST, t("13:00", "14:00"), "fire drill")).build();

            assertThat(starts(branch.freeSlots(ask("cut"), MONDAY_1ST)))
                    .contains("12:15", "14:00").doesNotContain("12:20", "12:30", "13:00", "13:55");
        }

        @Test
        void a_holiday_week_closes_every_day_of_it() {
            var salon = soho().with(MARIA);
            Closure.days(MONDAY_1ST, MONDAY_1ST.plusDays(2), "refit").forEach(salon::closed);
            var branch = salon.build();

            assertThat(branch.freeSlots(ask("cut"), MONDAY_1ST)).isEmpty();
            assertThat(branch.freeSlots(ask("cut"), MONDAY_1ST.plusDays(2))).isEmpty();
            assertThat(branch.freeSlots(ask("cut"), MONDAY_1ST.plusDays(3))).hasSize(100);
        }
    }

    @Nested
    class StylistsHours {

        @Test
        void a_stylist_is_offered_only_in_her_hours_of_that_weekday() {
            var mondayAfternoons = StaffRota.weekly("maria", Set.of("cut"), WeeklyHours.on(List.of(MONDAY), t("12:00", "20:00")));
            var branch = soho().with(mondayAfternoons).build();

            var slots = branch.freeSlots(ask("cut").by(Stylists.named("maria")), MONDAY_1ST);

            assertThat(starts(slots)).startsWith("12:00").endsWith("17:15");
            assertThat(branch.freeSlots(ask("cut"), TUESDAY_2ND)).isEmpty();
        }

        @Test
        void no_slot_overlaps_her_lunch_break() {
            var lunch = WeeklyHours.on(List.of(MONDAY), t("13:00", "13:30"));
            var maria = new StaffRota("maria", Set.of("cut"), SHOP_HOURS, lunch, List.of(), List.of());

            var slots = soho().with(maria).build().freeSlots(ask("cut"), MONDAY_1ST);

            assertThat(starts(slots)).contains("12:15", "13:30").doesNotContain("12:20", "13:00", "13:25");
        }

        @Test
        void time_off_takes_her_out_of_the_book_and_may_span_days() {
            var doctor = new TimeOff(at(MONDAY_1ST, "09:00"), at(MONDAY_1ST, "10:50"), "doctor");
            var holiday = new TimeOff(at(TUESDAY_2ND, "00:00"), at(TUESDAY_2ND.plusDays(2), "00:00"), "holiday");
            var maria = new StaffRota("maria", Set.of("cut"), SHOP_HOURS, WeeklyHours.none(), List.of(), List.of(doctor, holiday));
            var branch = soho().with(maria).build();

            assertThat(starts(branch.freeSlots(ask("cut"), MONDAY_1ST)).getFirst()).isEqualTo("10:50");
            assertThat(branch.freeSlots(ask("cut"), TUESDAY_2ND)).isEmpty();
            assertThat(branch.freeSlots(ask("cut"), TUESDAY_2ND.plusDays(1))).isEmpty();
            assertThat(branch.freeSlots(ask("cut"), TUESDAY_2ND.plusDays(2))).hasSize(100);
        }

        @Test
        void a_one_off_shift_replaces_her_hours_that_day_within_opening_hours() {
            var late = new Shift(MONDAY_1ST, List.of(t("14:00", "21:00")));
            var maria = new StaffRota("maria", Set.of("cut"), SHOP_HOURS, WeeklyHours.none(), List.of(late), List.of());
            var branch = soho().with(maria).build();

            assertThat(starts(branch.freeSlots(ask("cut"), MONDAY_1ST))).startsWith("14:00").endsWith("17:15");
            assertThat(starts(branch.freeSlots(ask("cut"), TUESDAY_2ND))).startsWith("09:00");
        }

        @Test
        void a_stylist_who_does_not_do_the_service_is_not_offered_for_it() {
            var cutsOnly = StaffRota.weekly("maria", Set.of("cut"), SHOP_HOURS);
            var branch = soho().with(cutsOnly).build();

            assertThat(branch.freeSlots(ask("colour"), MONDAY_1ST)).isEmpty();
            assertThat(branch.freeSlots(ask("cut"), MONDAY_1ST)).isNotEmpty();
        }

        @Test
        void asking_for_a_stylist_the_branch_does_not_have_is_an_error() {
            assertThatThrownBy(() -> soho().with(MARIA).build().freeSlots(ask("cut").by(Stylists.named("nobody")), MONDAY_1ST))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nobody");
        }
    }

    @Nested
    class ExistingBookings {

        @Test
        void a_booking_takes_the_stylists_time() {
            var branch = soho().with(MARIA).build();
            branch.apply(booking("bk-1", "cu-jo", CUT, "maria", at(MONDAY_1ST, "10:00")));

            var slots = branch.freeSlots(ask("cut").by(Stylists.named("maria")), MONDAY_1ST);

            assertThat(starts(slots)).contains("09:15", "10:45").doesNotContain("09:20", "10:00", "10:40");
        }

        @Test
        void another_stylist_takes_the_time_when_one_is_booked() {
            var branch = soho().with(MARIA).with(ANA).build();
            branch.apply(booking("bk-1", "cu-jo", CUT, "maria", at(MONDAY_1ST, "10:00")));

            var ten = branch.freeSlots(ask("cut"), MONDAY_1ST).stream()
                    .filter(s -> s.start().equals(at(MONDAY_1ST, "10:00"))).findFirst().orElseThrow();

            assertThat(ten.parts().getFirst().staffId()).isEqualTo("ana");
        }

        @Test
        void a_cancelled_booking_gives_its_time_back() {
            var branch = soho().with(MARIA).build();
            branch.apply(booking("bk-1", "cu-jo", CUT, "maria", at(MONDAY_1ST, "10:00")));
            branch.remove("bk-1");

            assertThat(branch.freeSlots(ask("cut"), MONDAY_1ST)).hasSize(100);
            assertThat(branch.bookings()).isEmpty();
        }

        @Test
        void a_moved_booking_holds_only_its_new_time() {
            var branch = soho().with(MARIA).build();
            branch.apply(booking("bk-1", "cu-jo", CUT, "maria", at(MONDAY_1ST, "10:00")));
            branch.apply(booking("bk-1", "cu-jo", CUT, "maria", at(MONDAY_1ST, "15:00")));

            assertThat(starts(branch.freeSlots(ask("cut"), MONDAY_1ST))).contains("10:00").doesNotContain("15:00");
        }

        @Test
        void a_booking_off_the_five_minute_grid_takes_every_cell_it_touches() {
            var branch = soho().with(MARIA).build();
            var odd = new BookedPart("cut", "maria", at(MONDAY_1ST, "10:02"), Phases.simple(30), List.of());
            branch.apply(BookedVisit.of("bk-1", "cu-jo", List.of(odd)));

            assertThat(starts(branch.freeSlots(ask("cut"), MONDAY_1ST))).contains("09:15", "10:35").doesNotContain("09:20", "10:30");
        }

        @Test
        void overlapping_bookings_keep_the_time_until_both_are_gone() {
            var branch = soho().with(MARIA).build();
            branch.apply(booking("bk-1", "cu-jo", CUT, "maria", at(MONDAY_1ST, "10:00")));
            branch.apply(booking("bk-2", "cu-al", CUT, "maria", at(MONDAY_1ST, "10:15")));
            branch.remove("bk-1");

            assertThat(starts(branch.freeSlots(ask("cut"), MONDAY_1ST))).contains("09:30").doesNotContain("09:35", "10:00", "10:15");
        }
    }

    @Nested
    class ProcessingTime {

        private final BranchAvailability branch = soho().with(MARIA).build();

        ProcessingTime() {
            // Jo's colour: applied 10:00–10:30, developing 10:30–11:00 at the basin, rinsed 11:00–11:15.
            branch.apply(booking("bk-colour", "cu-jo", COLOUR, "maria", at(MONDAY_1ST, "10:00")));
        }

        @Test
        void frees_the_stylist_for_another_client() {
            var maria = StaffRota.weekly("maria", Set.of("colour", "trim"), SHOP_HOURS);
            var withTrim = soho().with(maria).with(ServiceTiming.simple("trim", 30)).build();
            withTrim.apply(booking("bk-colour", "cu-jo", COLOUR, "maria", at(MONDAY_1ST, "10:00")));

            assertThat(starts(withTrim.freeSlots(ask("trim"), MONDAY_1ST))).contains("10:30").doesNotContain("10:05", "10:35", "11:00");
        }

        @Test
        void does_not_free_the_client() {
            var forJo = ask("blow-dry").forCustomer("cu-jo");

            assertThat(starts(branch.freeSlots(forJo, MONDAY_1ST))).contains("09:15", "11:15").doesNotContain("09:30", "10:30", "11:10");
        }

        @Test
        void does_not_free_the_basin() {
            var withAna = soho().with(MARIA).with(ANA).build();
            withAna.apply(booking("bk-colour", "cu-jo", COLOUR, "maria", at(MONDAY_1ST, "10:00")));

            var colours = starts(withAna.freeSlots(ask("colour"), MONDAY_1ST));

            assertThat(colours).startsWith("11:15").doesNotContain("09:00", "10:30", "11:10");
        }

        @Test
        void a_second_basin_takes_a_second_colour() {
            var twoBasins = soho().with(MARIA).with(ANA).with(new Resource("basin", "Basins", 2)).build();
            twoBasins.apply(booking("bk-colour", "cu-jo", COLOUR, "maria", at(MONDAY_1ST, "10:00")));

            var ten = twoBasins.freeSlots(ask("colour"), MONDAY_1ST).stream()
                    .filter(s -> s.start().equals(at(MONDAY_1ST, "10:00"))).findFirst().orElseThrow();

            assertThat(ten.parts().getFirst().staffId()).isEqualTo("ana");
        }

        @Test
        void a_basin_given_fewer_places_later_is_full_sooner() {
            var twoBasins = soho().with(MARIA).with(ANA).with(new Resource("basin", "Basins", 2)).build();
            twoBasins.apply(booking("bk-colour", "cu-jo", COLOUR, "maria", at(MONDAY_1ST, "10:00")));
            twoBasins.putResource(new Resource("basin", "Basins", 1));

            assertThat(starts(twoBasins.freeSlots(ask("colour"), MONDAY_1ST))).doesNotContain("10:00");
        }

        @Test
        void the_stylist_may_take_her_break_while_the_colour_develops() {
            var lunch = WeeklyHours.on(List.of(MONDAY), t("12:30", "13:00"));
            var maria = new StaffRota("maria", Set.of("colour"), SHOP_HOURS, lunch, List.of(), List.of());

            var slots = soho().with(maria).build().freeSlots(ask("colour"), MONDAY_1ST);

            assertThat(starts(slots)).contains("12:00").doesNotContain("12:05", "12:30");
        }
    }

    @Nested
    class Cleanup {

        @Test
        void the_stylist_tidies_up_before_her_next_client() {
            var branch = soho().with(MARIA).build();
            branch.apply(booking("bk-1", "cu-jo", BLOW_DRY, "maria", at(MONDAY_1ST, "10:00")));

            assertThat(starts(branch.freeSlots(ask("cut"), MONDAY_1ST))).contains("10:45").doesNotContain("10:30", "10:40");
        }

        @Test
        void the_client_may_go_on_to_another_stylist_while_she_tidies_up() {
            var branch = soho().with(MARIA).with(ANA).build();
            branch.apply(booking("bk-1", "cu-jo", BLOW_DRY, "maria", at(MONDAY_1ST, "10:00")));

            assertThat(starts(branch.freeSlots(ask("cut").forCustomer("cu-jo"), MONDAY_1ST))).contains("10:30");
        }

        @Test
        void the_cleanup_is_part_of_her_working_day() {
            var slots = soho().with(MARIA).build().freeSlots(ask("blow-dry"), MONDAY_1ST);

            assertThat(starts(slots).getLast()).isEqualTo("17:15");
        }
    }

    @Nested
    class BookingWindowRules {

        @Test
        void minimum_notice_keeps_the_next_hours_out_of_reach() {
            var branch = soho().with(MARIA).window(new BookingWindow(Duration.ofHours(2), Duration.ofDays(60))).build();
            Instant now = at(MONDAY_1ST, "09:12").atZone(LONDON).toInstant();

            var slots = branch.freeSlots(new VisitRequest(List.of("cut"), Stylists.anyone(), Optional.empty(), now), MONDAY_1ST);

            assertThat(starts(slots).getFirst()).isEqualTo("11:15");
        }

        @Test
        void nothing_further_ahead_than_the_branch_takes_bookings() {
            var branch = soho().with(MARIA).window(new BookingWindow(Duration.ZERO, Duration.ofDays(8))).build();

            assertThat(branch.freeSlots(ask("cut"), MONDAY_1ST)).hasSize(100);
            assertThat(branch.freeSlots(ask("cut"), TUESDAY_2ND)).isEmpty();
            assertThat(branch.nextSlot(ask("cut"), at(TUESDAY_2ND, "09:00").atZone(LONDON).toInstant())).isEmpty();
        }

        @Test
        void a_notice_longer_than_the_horizon_is_refused() {
            assertThatThrownBy(() -> new BookingWindow(Duration.ofDays(2), Duration.ofDays(1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class OneClientOnePlace {

        @Test
        void a_client_booked_elsewhere_is_not_offered_that_time() {
            var branch = soho().with(MARIA).build();
            // Jo's booking at another branch, with a stylist Soho does not have: it only takes Jo's time.
            branch.apply(booking("bk-elsewhere", "cu-jo", ServiceTiming.simple("cut", 60), "kim-at-camden",
                    at(MONDAY_1ST, "10:00")));

            var forJo = starts(branch.freeSlots(ask("cut").forCustomer("cu-jo"), MONDAY_1ST));
            var forAnyone = starts(branch.freeSlots(ask("cut"), MONDAY_1ST));

            assertThat(forJo).contains("09:15", "11:00").doesNotContain("09:20", "10:00", "10:55");
            assertThat(forAnyone).contains("10:00");
        }
    }

    @Nested
    class SeveralServices {

        @Test
        void cut_and_colour_back_to_back_by_one_stylist() {
            var branch = soho().with(MARIA).build();

            var first = branch.freeSlots(ask("cut", "colour").by(Stylists.oneForAll()), MONDAY_1ST).getFirst();

            assertThat(first.parts()).extracting(PlannedPart::staffId).containsExactly("maria", "maria");
            assertThat(first.parts()).extracting(PlannedPart::start)
                    .containsExactly(at(MONDAY_1ST, "09:00"), at(MONDAY_1ST, "09:45"));
            assertThat(first.end()).isEqualTo(at(MONDAY_1ST, "11:00"));
        }

        @Test
        void by_two_stylists_when_neither_does_both() {
            var cutter = StaffRota.weekly("maria", Set.of("cut"), SHOP_HOURS);
            var colourist = StaffRota.weekly("ana", Set.of("colour"), SHOP_HOURS);
            var branch = soho().with(cutter).with(colourist).build();

            var first = branch.freeSlots(ask("cut", "colour"), MONDAY_1ST).getFirst();

            assertThat(first.parts()).extracting(PlannedPart::staffId).containsExactly("maria", "ana");
            assertThat(branch.freeSlots(ask("cut", "colour").by(Stylists.oneForAll()), MONDAY_1ST)).isEmpty();
            assertThat(branch.freeSlots(ask("cut", "colour").by(Stylists.named("maria")), MONDAY_1ST)).isEmpty();
        }

        @Test
        void the_visit_keeps_one_stylist_where_one_is_free() {
            var branch = soho().with(MARIA).with(ANA).build();

            var first = branch.freeSlots(ask("cut", "colour"), MONDAY_1ST).getFirst();

            assertThat(first.parts()).extracting(PlannedPart::staffId).containsExactly("maria", "maria");
        }

        @Test
        void a_second_stylist_takes_over_when_the_first_is_booked_after_the_first_service() {
            var branch = soho().with(MARIA).with(ANA).build();
            branch.apply(booking("bk-1", "cu-al", CUT, "maria", at(MONDAY_1ST, "09:45")));
            branch.apply(booking("bk-2", "cu-bo", CUT, "ana", at(MONDAY_1ST, "09:00")));

            var nine = branch.freeSlots(ask("cut", "colour"), MONDAY_1ST).getFirst();

            assertThat(nine.start()).isEqualTo(at(MONDAY_1ST, "09:00"));
            assertThat(nine.parts()).extracting(PlannedPart::staffId).containsExactly("maria", "ana");
        }

        @Test
        void the_stylist_tidies_up_after_her_last_service_of_the_visit_only() {
            var branch = soho().with(MARIA).build();
            var slot = branch.freeSlots(ask("cut", "blow-dry").by(Stylists.named("maria")), MONDAY_1ST).getFirst();
            var booked = slot.toBooking("bk-1", Optional.of("cu-jo"));
            branch.apply(booked);

            assertThat(slot.parts()).extracting(PlannedPart::start)
                    .containsExactly(at(MONDAY_1ST, "09:00"), at(MONDAY_1ST, "09:45"));
            assertThat(starts(branch.freeSlots(ask("cut"), MONDAY_1ST)).getFirst()).isEqualTo("10:30");
            assertThat(booked.cleansUpAfter(0)).isFalse();
            assertThat(booked.cleansUpAfter(1)).isTrue();
        }

        @Test
        void never_split_across_a_closure() {
            var branch = soho().with(MARIA).closed(Closure.part(MONDAY_1ST, t("13:00", "14:00"), "staff meeting")).build();

            var visits = starts(branch.freeSlots(ask("cut", "colour"), MONDAY_1ST));

            assertThat(visits).contains("11:00", "14:00").doesNotContain("11:05", "12:00", "12:30");
        }

        @Test
        void an_offered_slot_once_booked_is_offered_no_more() {
            var branch = soho().with(MARIA).build();
            var slot = branch.freeSlots(ask("cut", "colour"), MONDAY_1ST).getFirst();

            branch.apply(slot.toBooking("bk-1", Optional.of("cu-jo")));

            assertThat(branch.freeSlots(ask("cut", "colour"), MONDAY_1ST)).first()
                    .extracting(VisitSlot::start).isEqualTo(at(MONDAY_1ST, "11:00"));
        }
    }

    @Nested
    class NextSlot {

        @Test
        void is_the_first_free_start_at_or_after_the_moment_asked() {
            var branch = soho().with(MARIA).build();
            Instant from = at(MONDAY_1ST, "11:02").atZone(LONDON).toInstant();

            assertThat(branch.nextSlot(ask("cut"), from)).map(VisitSlot::start).contains(at(MONDAY_1ST, "11:05"));
        }

        @Test
        void goes_on_to_the_next_working_day() {
            var branch = soho().with(MARIA).build();
            Instant saturdayEvening = at(MONDAY_1ST.minusDays(2), "17:30").atZone(LONDON).toInstant();

            assertThat(branch.nextSlot(ask("cut"), saturdayEvening)).map(VisitSlot::start).contains(at(MONDAY_1ST, "09:00"));
        }

        @Test
        void passes_over_a_full_day() {
            var branch = soho().with(MARIA).build();
            branch.apply(booking("bk-day", "cu-jo", ServiceTiming.simple("cut", 9 * 60 - 30), "maria", at(MONDAY_1ST, "09:00")));

            var next = branch.nextSlot(ask("cut"), at(MONDAY_1ST, "08:00").atZone(LONDON).toInstant());

            assertThat(next).map(VisitSlot::start).contains(at(TUESDAY_2ND, "09:00"));
        }

        @Test
        void is_empty_when_nobody_ever_does_the_service() {
            var branch = soho().with(StaffRota.weekly("maria", Set.of("cut"), SHOP_HOURS)).build();

            assertThat(branch.nextSlot(ask("colour"))).isEmpty();
        }

        @Test
        void from_now_honours_the_minimum_notice() {
            var branch = soho().with(MARIA).window(new BookingWindow(Duration.ofMinutes(90), Duration.ofDays(30))).build();
            Instant now = at(MONDAY_1ST, "09:00").atZone(LONDON).toInstant();

            var next = branch.nextSlot(new VisitRequest(List.of("cut"), Stylists.anyone(), Optional.empty(), now));

            assertThat(next).map(VisitSlot::start).contains(at(MONDAY_1ST, "10:30"));
        }
    }

    @Test
    void a_service_that_needs_a_resource_the_branch_lacks_is_refused() {
        var needsRoom = new ServiceTiming("facial", Phases.simple(60), List.of("treatment-room"));

        assertThatThrownBy(() -> soho().with(needsRoom).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("treatment-room");
    }

    @Test
    void a_service_off_the_five_minute_grid_is_refused() {
        assertThatThrownBy(() -> ServiceTiming.simple("odd", 42)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("multiples of 5");
    }

    @Test
    void a_copy_goes_its_own_way() {
        var branch = soho().with(MARIA).build();
        var copy = branch.copy();

        branch.apply(booking("bk-1", "cu-jo", CUT, "maria", at(MONDAY_1ST, "09:00")));

        assertThat(starts(copy.freeSlots(ask("cut"), MONDAY_1ST)).getFirst()).isEqualTo("09:00");
        assertThat(starts(branch.freeSlots(ask("cut"), MONDAY_1ST)).getFirst()).isEqualTo("09:45");
    }

    @Test
    void a_visit_with_no_client_holds_only_stylists_and_resources() {
        var branch = soho().with(MARIA).build();
        var withAna = soho().with(MARIA).with(ANA).build();
        withAna.apply(new BookedVisit("block-1", Optional.empty(), List.of(BookedPart.of(CUT, "maria", at(MONDAY_1ST, "12:00")))));
        branch.apply(new BookedVisit("block-1", Optional.empty(),
                List.of(BookedPart.of(CUT, "maria", at(MONDAY_1ST, "12:00")))));

        assertThat(starts(branch.freeSlots(ask("cut"), MONDAY_1ST))).doesNotContain("12:00");
        assertThat(withAna.freeSlots(ask("cut").forCustomer("cu-jo"), MONDAY_1ST))
                .filteredOn(s -> s.start().equals(at(MONDAY_1ST, "12:00"))).extracting(s -> s.parts().getFirst().staffId())
                .containsExactly("ana");
    }
}
