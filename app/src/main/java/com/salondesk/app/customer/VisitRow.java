package com.salondesk.app.customer;

import com.salondesk.app.dialog.CancelReasonWords;
import com.salondesk.app.language.Texts;
import com.salondesk.app.port.CustomerRecords;
import com.salondesk.app.view.Prices;
import com.salondesk.domain.booking.BookingStatus;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** One line of a customer's history or upcoming bookings, in words: when, where, with whom, what, how, spend. */
public record VisitRow(String bookingId, String when, String branch, String stylist, String service, String outcome,
                       String spend) {

    static VisitRow of(CustomerRecords.Visit v) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Texts.locale()).format(v.start().atZone(v.zone()));
        return new VisitRow(v.bookingId(), when, v.branchName(), v.staffName(), v.serviceName(), outcome(v),
                v.spend() == null ? "" : Prices.say(v.spend()));
    }

    private static String outcome(CustomerRecords.Visit v) {
        String status = Texts.get("customers.status." + v.status().name());
        if (v.status() != BookingStatus.CANCELLED) {
            return status;
        }
        String why = v.cancelCategory() == null ? "" : CancelReasonWords.say(v.cancelCategory());
        if (v.cancelReason() != null && !v.cancelReason().isBlank()) {
            why = why.isEmpty() ? v.cancelReason() : why + ": " + v.cancelReason();
        }
        return why.isEmpty() ? status : Texts.get("customers.status.cancelledBecause", why);
    }
}
