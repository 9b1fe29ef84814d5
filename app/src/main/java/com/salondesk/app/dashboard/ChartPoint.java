package com.salondesk.app.dashboard;

/** One bar or point of a dashboard chart: its label on the category axis and its value (a count, percent or amount). */
public record ChartPoint(String label, Number value) {
}
