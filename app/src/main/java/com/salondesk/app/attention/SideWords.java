package com.salondesk.app.attention;

import com.salondesk.app.language.Formats;
import com.salondesk.app.language.Texts;
import com.salondesk.app.port.ContestedBooking;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** One side of a Needs-attention entry in words: who, with whom, what, when, which desk booked it. */
public record SideWords(String customer, String staff, String service, String time, String desk) {

    /** Shown on the side of an entry whose rival booking the desk does not know. */
    public static final SideWords UNKNOWN = new SideWords("—", "—", "—", "—", "—");
    static final SideWords NONE = new SideWords("", "", "", "", "");

    static SideWords of(ContestedBooking booking, ZoneId zone) {
        if (booking == null) {
            return UNKNOWN;
        }
        return new SideWords(booking.customerName(), booking.staffName(), booking.serviceName(),
                time(booking, zone), booking.deviceId());
    }

    /** "Tuesday, 1 December 2026, 10:00–10:45" in the branch's zone. */
    static String time(ContestedBooking booking, ZoneId zone) {
        ZonedDateTime start = booking.start().atZone(zone);
        ZonedDateTime end = booking.end().atZone(zone);
        return Texts.get("attention.time", Formats.fullDate(start.toLocalDate()),
                Formats.time(start.toLocalTime()), Formats.time(end.toLocalTime()));
    }

    /** The customer's phone and e-mail, as the desk would call or write: "+44 20 7946 0000 · jane@example.com". */
    static String contact(ContestedBooking booking) {
        boolean phone = booking.phone() != null && !booking.phone().isBlank();
        boolean email = booking.email() != null && !booking.email().isBlank();
        if (phone && email) {
            return Texts.get("attention.contact.both", booking.phone(), booking.email());
        }
        if (phone || email) {
            return phone ? booking.phone() : booking.email();
        }
        return Texts.get("attention.contact.none");
    }
}
