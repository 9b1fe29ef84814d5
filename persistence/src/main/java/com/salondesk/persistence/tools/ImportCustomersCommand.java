package com.salondesk.persistence.tools;

import com.salondesk.domain.customer.CustomerImport;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.DeskIdentity;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.tools.DeskMaintenance.OnDesk;
import com.salondesk.persistence.tools.DeskMaintenance.Words;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code salondesk import-customers FILE}: imports a customer list (CSV) into the desk as the desk's Customers ▸
 * Import customers does — every acceptable row in one transaction, or none — and lists each refused row with its line
 * and reason. {@code --dry-run} only reports.
 */
@Command(name = "import-customers")
final class ImportCustomersCommand extends OnDesk {

    /** Who the events name as their author: the support tool, not a person at the desk. */
    static final String SUPPORT_USER = "support-import";

    @Parameters(index = "0", paramLabel = "<file.csv>", descriptionKey = "import-file")
    Path file;

    @Option(names = "--dry-run", descriptionKey = "import-dry-run")
    boolean dryRun;

    ImportCustomersCommand(Words words, PrintWriter out, PrintWriter err) {
        super(words, out, err);
    }

    @Override
    int on(DeskBackEnd desk) {
        Optional<DeskIdentity> identity = desk.identity().read();
        if (identity.isEmpty()) {
            err.println(words.get("import.no-identity"));
            return DeskMaintenance.FAILED;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            err.println(words.get("import.unreadable", file.toAbsolutePath().toString()));
            return DeskMaintenance.FAILED;
        }
        Locale locale = words.bundle().getLocale().toString().isEmpty() ? Locale.ENGLISH : words.bundle().getLocale();
        CustomerImport.Outcome outcome;
        try {
            outcome = dryRun ? desk.customers().preview(bytes)
                    : desk.customers().importFile(EventContext.command(identity.get(), SUPPORT_USER), bytes);
        } catch (DomainRejection refused) {
            err.println(words.get("import.refused", refused.text(locale)));
            return DeskMaintenance.FAILED;
        }
        for (CustomerImport.Refused row : outcome.refused()) {
            out.println(words.get("import.row-refused", row.line(), row.reason().text(locale)));
        }
        out.println(words.get(dryRun ? "import.would-import" : "import.imported", outcome.accepted().size(),
                outcome.refused().size()));
        return DeskMaintenance.DONE;
    }
}
