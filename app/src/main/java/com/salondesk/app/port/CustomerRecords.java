package com.salondesk.app.port;

import com.salondesk.domain.booking.BookingStatus;
import com.salondesk.domain.booking.CancelReason;
import com.salondesk.domain.customer.CustomerDetails;
import com.salondesk.domain.customer.CustomerImport;
import com.salondesk.domain.shared.Money;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** What the customer screens ask and do: search, a profile with its history, change, merge, import a list. */
public interface CustomerRecords {

    /** Customers found by name, phone or e-mail as typed, each with their next booking; at most {@code limit}. */
    List<Match> search(String text, int limit);

    /** A customer's profile (the survivor's, for a merged-away record); empty for an unknown id. */
    Optional<Profile> profile(String customerId);

    /** Changes the fields that differ between {@code before} (as the form showed them) and {@code after}. */
    void change(String customerId, CustomerDetails before, CustomerDetails after);

    /** Merges {@code duplicateId} into {@code survivorId}'s record, which keeps {@code keep}. */
    void merge(String survivorId, String duplicateId, CustomerDetails keep);

    /** Reads a customer list and tells which rows would be imported and which are refused, and why. */
    CustomerImport.Outcome previewImport(Path file);

    /** Imports a customer list's acceptable rows, all in one transaction or none; returns what it came to. */
    CustomerImport.Outcome importFile(Path file);

    /** A customer a search found, with the start of their next booking (null when none is coming). */
    record Match(CustomerView customer, Instant nextBooking) {
    }

    /** One booking in a customer's history; {@code spend} is what its checkout took (null when none did). */
    record Visit(String bookingId, Instant start, ZoneId zone, String branchName, String staffName,
                 String serviceName, BookingStatus status, CancelReason.Category cancelCategory, String cancelReason,
                 Money price, Money spend) {
    }

    /** A customer's details, merged records, history (newest first), bookings to come, counts and spend. */
    record Profile(CustomerView customer, List<String> mergedIds, List<Visit> history, List<Visit> upcoming,
                   int noShows, int cancellations, List<Money> spend) {
        public Profile {
            mergedIds = List.copyOf(mergedIds);
            history = List.copyOf(history);
            upcoming = List.copyOf(upcoming);
            spend = List.copyOf(spend);
        }
    }
}
