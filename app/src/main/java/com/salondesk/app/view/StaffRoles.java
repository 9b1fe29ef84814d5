package com.salondesk.app.view;

import com.salondesk.app.language.Texts;
import com.salondesk.domain.staff.StaffRole;

/** Staff roles as they are said on the salon floor. */
public final class StaffRoles {

    private StaffRoles() {
    }

    public static String say(StaffRole role) {
        return Texts.get(switch (role) {
            case STYLIST -> "staff.role.stylist";
            case SENIOR_STYLIST -> "staff.role.seniorStylist";
            case COLOURIST -> "staff.role.colourist";
            case BARBER -> "staff.role.barber";
            case BEAUTY_THERAPIST -> "staff.role.beautyTherapist";
            case NAIL_TECHNICIAN -> "staff.role.nailTechnician";
            case MANAGER -> "staff.role.manager";
            case RECEPTIONIST -> "staff.role.receptionist";
        });
    }
}
