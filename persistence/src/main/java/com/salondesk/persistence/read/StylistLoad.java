package com.salondesk.persistence.read;

/**
 * How busy one stylist is over some days: the minutes of the bookings that stand and hold time, against the minutes
 * the stylist works while the branch is open (weekly hours; a stylist may be booked over 100 % on purpose).
 */
public record StylistLoad(String staffId, String name, String branchId, int bookedMinutes, int workingMinutes) {
}
