package com.salondesk.app.port;

import java.time.LocalDate;
import java.util.List;

/**
 * What the dashboard shows at one moment: each day's figures (oldest first, the last is {@code today}), each
 * stylist's booked and working minutes today, the rebooking count over the days, the products at or below their
 * low-stock threshold, and the dead letters waiting for a person on this desk.
 *
 * @param visited  customers whose visit was completed on one of the days
 * @param rebooked of those, the ones with a later booking that stands
 */
public record DashboardFigures(LocalDate today, List<DayFigures> days, List<StylistMinutes> stylists, int visited,
                               int rebooked, int lowStock, int deadLetters) {

    public DashboardFigures {
        days = List.copyOf(days);
        stylists = List.copyOf(stylists);
    }

    /** Today's figures (the last day). */
    public DayFigures todays() {
        return days.getLast();
    }
}
