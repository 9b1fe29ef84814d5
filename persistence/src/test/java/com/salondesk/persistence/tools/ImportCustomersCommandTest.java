package com.salondesk.persistence.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.persistence.TestChain;
import com.salondesk.persistence.backend.DeskBackEnd;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCustomersCommandTest {

    @TempDir
    Path folder;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return DeskMaintenance.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void importsTheGoodRowsAndListsTheRefusedOnesWithTheirLines() throws Exception {
        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC())) {
            TestChain.setUp(desk);
            desk.identity().initialise(TestChain.DESK);
        }
        Path list = folder.resolve("list.csv");
        Files.writeString(list, "name,phone,email\nAnn Smith,07700 900001,\nNo Contact,,\n", StandardCharsets.UTF_8);
        Path data = folder;

        assertThat(run("import-customers", "--dry-run", "--data-dir", data.toString(), list.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("line 3: Enter a phone number or an e-mail address.")
                .contains("1 customer(s) would be imported, 1 row(s) refused; nothing was recorded.");

        assertThat(run("import-customers", "--data-dir", data.toString(), list.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 customer(s) imported, 1 row(s) refused.");
        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC())) {
            desk.awaitProjections();
            assertThat(desk.customerQueries().search("ann smith", 5, Instant.now())).hasSize(1);
        }

        // The same list again: Ann is on file now.
        assertThat(run("import-customers", "--data-dir", data.toString(), list.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("line 2: The same phone number or e-mail address as Ann Smith, who is already a customer.");
    }

    @Test
    void aFileThatIsNotACustomerListIsRefusedWhole() throws Exception {
        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC())) {
            TestChain.setUp(desk);
            desk.identity().initialise(TestChain.DESK);
        }
        Path list = folder.resolve("stock.csv");
        Files.writeString(list, "product;quantity\nShampoo;4\n", StandardCharsets.UTF_8);

        assertThat(run("import-customers", "--data-dir", folder.toString(), list.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Nothing was imported: The first row must name");
        assertThat(run("import-customers", "--data-dir", folder.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Say which CSV file to import.");
    }
}
