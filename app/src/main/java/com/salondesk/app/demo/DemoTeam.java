package com.salondesk.app.demo;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import com.salondesk.domain.branch.Address;
import com.salondesk.domain.branch.BranchCommand;
import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.shared.WeeklyHours;
import com.salondesk.domain.staff.StaffCommand;
import com.salondesk.domain.staff.StaffRole;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The demo chain's two London branches and the eight people who work in them. */
final class DemoTeam {

    static final String SHOREDITCH = "shoreditch";
    static final String CLAPHAM = "clapham";
    private static final String ZONE = "Europe/London";

    private DemoTeam() {
    }

    static List<BranchCommand.Open> branches(Instant now) {
        // Both close on Sundays; Shoreditch opens late on Mondays and stays open late midweek.
        WeeklyHours shoreditch = hours(Map.of(
                MONDAY, List.of(range("10:00", "18:00")),
                TUESDAY, List.of(range("09:00", "20:00")),
                WEDNESDAY, List.of(range("09:00", "20:00")),
                THURSDAY, List.of(range("09:00", "20:00")),
                FRIDAY, List.of(range("09:00", "20:00")),
                SATURDAY, List.of(range("09:00", "18:00"))));
        WeeklyHours clapham = hours(Map.of(
                MONDAY, List.of(range("09:00", "18:00")),
                TUESDAY, List.of(range("09:00", "18:00")),
                WEDNESDAY, List.of(range("09:00", "18:00")),
                THURSDAY, List.of(range("09:00", "20:00")),
                FRIDAY, List.of(range("09:00", "18:00")),
                SATURDAY, List.of(range("09:00", "17:00"))));
        return List.of(
                new BranchCommand.Open(SHOREDITCH, "Shoreditch",
                        new Address("14 Redchurch Street", "London", "E2 7DJ", "GB"), ZONE, "GBP", shoreditch, now),
                new BranchCommand.Open(CLAPHAM, "Clapham",
                        new Address("62 Clapham High Street", "London", "SW4 7UL", "GB"), ZONE, "GBP", clapham, now));
    }

    static List<StaffCommand.Hire> staff(Instant now) {
        return List.of(
                new StaffCommand.Hire("amara-okafor", SHOREDITCH, "Amara Okafor", StaffRole.SENIOR_STYLIST,
                        Set.of("womens-cut", "restyle", "blow-dry", "fringe-trim", "gloss-toner", "bond-treatment",
                                "keratin-smoothing"),
                        same(List.of(TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY), range("09:00", "18:00")), now),
                new StaffCommand.Hire("tom-fairweather", SHOREDITCH, "Tom Fairweather", StaffRole.BARBER,
                        Set.of("mens-cut", "childrens-cut", "skin-fade", "beard-trim", "fringe-trim"),
                        same(List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY), range("10:00", "19:00")), now),
                new StaffCommand.Hire("priya-shah", SHOREDITCH, "Priya Shah", StaffRole.COLOURIST,
                        Set.of("root-tint", "full-colour", "half-head-highlights", "full-head-highlights", "balayage",
                                "gloss-toner", "bond-treatment", "blow-dry"),
                        hours(Map.of(
                                TUESDAY, List.of(range("11:00", "20:00")),
                                WEDNESDAY, List.of(range("11:00", "20:00")),
                                THURSDAY, List.of(range("11:00", "20:00")),
                                FRIDAY, List.of(range("11:00", "20:00")),
                                SATURDAY, List.of(range("09:00", "17:00")))), now),
                // A split shift: the nail bar closes for lunch.
                new StaffCommand.Hire("zofia-nowak", SHOREDITCH, "Zofia Nowak", StaffRole.NAIL_TECHNICIAN,
                        Set.of("gel-manicure", "classic-pedicure", "brow-shape-tint"),
                        same(List.of(MONDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY),
                                range("10:00", "13:30"), range("14:00", "18:00")), now),
                new StaffCommand.Hire("grace-whitfield", CLAPHAM, "Grace Whitfield", StaffRole.MANAGER,
                        Set.of("womens-cut", "restyle", "blow-dry", "fringe-trim"),
                        same(List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY), range("09:00", "17:00")), now),
                new StaffCommand.Hire("leon-baptiste", CLAPHAM, "Leon Baptiste", StaffRole.STYLIST,
                        Set.of("womens-cut", "mens-cut", "childrens-cut", "blow-dry", "fringe-trim", "skin-fade",
                                "beard-trim"),
                        hours(Map.of(
                                TUESDAY, List.of(range("09:00", "18:00")),
                                WEDNESDAY, List.of(range("09:00", "18:00")),
                                THURSDAY, List.of(range("12:00", "20:00")),
                                FRIDAY, List.of(range("09:00", "18:00")),
                                SATURDAY, List.of(range("09:00", "17:00")))), now),
                new StaffCommand.Hire("hannah-doyle", CLAPHAM, "Hannah Doyle", StaffRole.COLOURIST,
                        Set.of("root-tint", "full-colour", "half-head-highlights", "full-head-highlights", "balayage",
                                "gloss-toner", "bond-treatment", "scalp-treatment"),
                        hours(Map.of(
                                MONDAY, List.of(range("09:00", "18:00")),
                                TUESDAY, List.of(range("09:00", "18:00")),
                                THURSDAY, List.of(range("09:00", "18:00")),
                                FRIDAY, List.of(range("09:00", "18:00")),
                                SATURDAY, List.of(range("09:00", "14:00")))), now),
                new StaffCommand.Hire("mei-lin", CLAPHAM, "Mei Lin", StaffRole.BEAUTY_THERAPIST,
                        Set.of("brow-shape-tint", "gel-manicure", "classic-pedicure", "scalp-treatment"),
                        same(List.of(WEDNESDAY, THURSDAY, FRIDAY, SATURDAY), range("10:00", "17:00")), now));
    }

    private static TimeRange range(String start, String end) {
        return TimeRange.of(start, end);
    }

    private static WeeklyHours same(List<DayOfWeek> days, TimeRange... ranges) {
        return WeeklyHours.on(days, ranges);
    }

    private static WeeklyHours hours(Map<DayOfWeek, List<TimeRange>> days) {
        return new WeeklyHours(new EnumMap<>(days));
    }
}
