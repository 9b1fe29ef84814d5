package com.salondesk.domain.customer;

import com.salondesk.domain.shared.DomainRejection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which rows of a customer list may be imported: each row must be a valid new customer (the new-customer form's
 * rules), and no two customers may share a phone number or an e-mail address — neither two rows of the file nor a
 * row and a customer already on file. The rows that pass are imported together or not at all.
 */
public final class CustomerImport {

    private CustomerImport() {
    }

    /** One row of the file, with its line number (the header is line 1). */
    public record Row(int line, CustomerDetails details) {
    }

    /** A row that is not imported, and why. */
    public record Refused(int line, DomainRejection reason) {
    }

    /** The rows to import and the rows refused, each in the file's order. */
    public record Outcome(List<Row> accepted, List<Refused> refused) {
        public Outcome {
            accepted = List.copyOf(accepted);
            refused = List.copyOf(refused);
        }
    }

    /** Customers already on file, looked up by {@link ContactKeys}: the name of the one with that key, if any. */
    public interface OnFile {
        Optional<String> nameWithPhoneKey(String phoneKey);

        Optional<String> nameWithEmailKey(String emailKey);
    }

    public static Outcome check(List<Row> rows, OnFile onFile) {
        List<Row> accepted = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        Map<String, Integer> phoneLines = new HashMap<>();
        Map<String, Integer> emailLines = new HashMap<>();
        for (Row row : rows) {
            try {
                row.details().validate();
                String phone = ContactKeys.phone(row.details().phone());
                String email = ContactKeys.email(row.details().email());
                Integer earlier = phone.isEmpty() ? null : phoneLines.get(phone);
                if (earlier == null && !email.isEmpty()) {
                    earlier = emailLines.get(email);
                }
                if (earlier != null) {
                    throw new DomainRejection("customer.import-duplicate-in-file", String.valueOf(earlier));
                }
                Optional<String> existing = phone.isEmpty() ? Optional.empty() : onFile.nameWithPhoneKey(phone);
                if (existing.isEmpty() && !email.isEmpty()) {
                    existing = onFile.nameWithEmailKey(email);
                }
                if (existing.isPresent()) {
                    throw new DomainRejection("customer.import-already-on-file", existing.get());
                }
                if (!phone.isEmpty()) {
                    phoneLines.put(phone, row.line());
                }
                if (!email.isEmpty()) {
                    emailLines.put(email, row.line());
                }
                accepted.add(row);
            } catch (DomainRejection reason) {
                refused.add(new Refused(row.line(), reason));
            }
        }
        return new Outcome(accepted, refused);
    }
}
