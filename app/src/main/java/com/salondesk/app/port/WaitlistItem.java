package com.salondesk.app.port;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;

/**
 * One customer on the waitlist as the screens show it: who ({@code customer}) waits for which {@code service}, with
 * {@code stylist} (empty: anyone), on a day from {@code from} to {@code to}, between {@code earliest} and
 * {@code latest} when given (null otherwise), and the offer open to them, if any.
 */
public record WaitlistItem(String entryId, String customer, String service, String stylist, LocalDate from,
                           LocalDate to, LocalTime earliest, LocalTime latest, String note, Optional<Offer> offer) {

    /** A freed time offered: {@code stylist} from {@code start} to {@code end} (the branch's local time). */
    public record Offer(String stylist, LocalDateTime start, LocalDateTime end) {
    }
}
