package com.salondesk.app.dashboard;

import java.util.List;

/** One series of a dashboard chart (revenue in one currency), its points in order. */
public record ChartSeries(String name, List<ChartPoint> points) {

    public ChartSeries {
        points = List.copyOf(points);
    }
}
