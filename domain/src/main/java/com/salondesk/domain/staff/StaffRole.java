package com.salondesk.domain.staff;

/** What a staff member does in the salon. */
public enum StaffRole {
    STYLIST, SENIOR_STYLIST, COLOURIST, BARBER, BEAUTY_THERAPIST, NAIL_TECHNICIAN, MANAGER, RECEPTIONIST
}
