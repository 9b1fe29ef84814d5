package com.salondesk.app.port;

/** One stylist's booked minutes against the minutes they work while the branch is open, on the dashboard. */
public record StylistMinutes(String staffId, String name, int bookedMinutes, int workingMinutes) {
}
