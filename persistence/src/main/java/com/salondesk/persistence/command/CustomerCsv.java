package com.salondesk.persistence.command;

import com.salondesk.domain.customer.CustomerDetails;
import com.salondesk.domain.customer.CustomerImport;
import com.salondesk.domain.shared.DomainRejection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a customer list exported from a spreadsheet or another salon program: a header row naming the columns
 * (name — or first and last name —, phone, e-mail, notes, marketing consent, in the common spellings, English or
 * German, in any order), fields separated by commas or semicolons (whichever the header uses), quoted fields with
 * doubled quotes inside, UTF-8 with or without a byte-order mark. A file it cannot read at all is refused whole; a row
 * it cannot read is refused with its line number.
 */
public final class CustomerCsv {

    private enum Column { NAME, FIRST_NAME, LAST_NAME, PHONE, EMAIL, NOTES, CONSENT }

    private static final Map<String, Column> HEADERS = headers();
    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "x", "ja", "j", "opt-in", "optin");
    private static final Set<String> NO = Set.of("", "no", "n", "false", "0", "nein", "opt-out", "optout", "-");

    /** The rows read, and those refused already because they could not be read. */
    public record Parsed(List<CustomerImport.Row> rows, List<CustomerImport.Refused> refused) {
        public Parsed {
            rows = List.copyOf(rows);
            refused = List.copyOf(refused);
        }
    }

    private CustomerCsv() {
    }

    /** Reads the file's bytes; throws a rejection when the file as a whole cannot be read as a customer list. */
    public static Parsed read(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Line> lines = records(text, separatorOf(text));
        if (lines.isEmpty()) {
            throw new DomainRejection("customer.import-empty");
        }
        Line header = lines.getFirst();
        Column[] columns = new Column[header.fields().size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = HEADERS.get(key(header.fields().get(i)));
        }
        List<Column> known = java.util.Arrays.asList(columns);
        if (!known.contains(Column.NAME) && !known.contains(Column.FIRST_NAME) && !known.contains(Column.LAST_NAME)) {
            throw new DomainRejection("customer.import-no-name-column", String.join(", ", header.fields()));
        }
        if (!known.contains(Column.PHONE) && !known.contains(Column.EMAIL)) {
            throw new DomainRejection("customer.import-no-contact-column", String.join(", ", header.fields()));
        }
        List<CustomerImport.Row> rows = new ArrayList<>();
        List<CustomerImport.Refused> refused = new ArrayList<>();
        for (Line line : lines.subList(1, lines.size())) {
            if (line.fields().stream().allMatch(String::isBlank)) {
                continue;
            }
            try {
                rows.add(new CustomerImport.Row(line.number(), details(line, columns)));
            } catch (DomainRejection reason) {
                refused.add(new CustomerImport.Refused(line.number(), reason));
            }
        }
        return new Parsed(rows, refused);
    }

    private static CustomerDetails details(Line line, Column[] columns) {
        if (line.fields().size() > columns.length) {
            throw new DomainRejection("customer.import-too-many-fields", String.valueOf(line.fields().size()),
                    String.valueOf(columns.length));
        }
        String name = "";
        String first = "";
        String last = "";
        String phone = "";
        String email = "";
        String notes = "";
        boolean consent = false;
        for (int i = 0; i < line.fields().size(); i++) {
            String value = line.fields().get(i).strip();
            if (columns[i] == null) {
                continue;
            }
            switch (columns[i]) {
                case NAME -> name = value;
                case FIRST_NAME -> first = value;
                case LAST_NAME -> last = value;
                case PHONE -> phone = value;
                case EMAIL -> email = value;
                case NOTES -> notes = value;
                case CONSENT -> consent = consent(value);
            }
        }
        if (name.isEmpty()) {
            name = (first + " " + last).strip();
        }
        return new CustomerDetails(name, phone, email, notes, consent);
    }

    private static boolean consent(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        if (YES.contains(v)) {
            return true;
        }
        if (NO.contains(v)) {
            return false;
        }
        throw new DomainRejection("customer.import-invalid-consent", value);
    }

    /** One record of the file and the line it starts on (a quoted field may run over several lines). */
    private record Line(int number, List<String> fields) {
    }

    /** The separator the header row uses: a semicolon if it has more of them than commas, or a tab, else a comma. */
    private static char separatorOf(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static List<Line> records(String text, char separator) {
        List<Line> lines = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int lineNumber = 1;
        int startsOn = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        lineNumber++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                lines.add(new Line(startsOn, List.copyOf(fields)));
                fields.clear();
                lineNumber++;
                startsOn = lineNumber;
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            lines.add(new Line(startsOn, List.copyOf(fields)));
        }
        return lines;
    }

    /** A header as compared: lower case, letters only ("E-Mail Address" is "emailaddress"). */
    private static String key(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    }

    private static Map<String, Column> headers() {
        Map<String, Column> h = new java.util.HashMap<>();
        for (String s : List.of("name", "fullname", "customer", "customername", "client", "clientname", "kunde",
                "kundin", "kundenname", "vollständigername")) {
            h.put(s, Column.NAME);
        }
        for (String s : List.of("firstname", "givenname", "forename", "first", "vorname")) {
            h.put(s, Column.FIRST_NAME);
        }
        for (String s : List.of("lastname", "surname", "familyname", "last", "nachname", "familienname")) {
            h.put(s, Column.LAST_NAME);
        }
        for (String s : List.of("phone", "phonenumber", "telephone", "telephonenumber", "tel", "mobile",
                "mobilephone", "mobilenumber", "cell", "cellphone", "telefon", "telefonnummer", "handy", "mobil")) {
            h.put(s, Column.PHONE);
        }
        for (String s : List.of("email", "emailaddress", "mail", "emailadresse", "mailadresse")) {
            h.put(s, Column.EMAIL);
        }
        for (String s : List.of("notes", "note", "comment", "comments", "remarks", "notizen", "notiz",
                "bemerkung", "bemerkungen", "anmerkungen")) {
            h.put(s, Column.NOTES);
        }
        for (String s : List.of("marketingconsent", "consent", "marketing", "optin", "newsletter",
                "marketingoptin", "einwilligung", "werbeeinwilligung", "werbung", "marketingeinwilligung")) {
            h.put(s, Column.CONSENT);
        }
        return Map.copyOf(h);
    }
}
