package com.salondesk.app.view;

import com.salondesk.domain.staff.StaffRole;

/** Staff roles as they are said on the salon floor. */
public final class StaffRoles {

    private StaffRoles() {
    }

    public static String say(StaffRole role) {
        return switch (role) {
            case STYLIST -> "Stylist";
            case SENIOR_STYLIST -> "Senior stylist";
            case COLOURIST -> "Colourist";
            case BARBER -> "Barber";
            case BEAUTY_THERAPIST -> "Beauty therapist";
            case NAIL_TECHNICIAN -> "Nail technician";
            case MANAGER -> "Salon manager";
            case RECEPTIONIST -> "Receptionist";
        };
    }
}
