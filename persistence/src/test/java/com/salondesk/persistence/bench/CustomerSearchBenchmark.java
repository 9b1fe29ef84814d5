package com.salondesk.persistence.bench;

import com.salondesk.domain.customer.CustomerCommand;
import com.salondesk.domain.customer.CustomerDetails;
import com.salondesk.persistence.TestChain;
import com.salondesk.persistence.backend.DeskBackEnd;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Issue 12's customer search on a desk with many customers: imports N customers in one transaction (default 10,000,
 * {@code -Dbench.customers=N}), waits for the search read model, then times searches as a receptionist types them
 * (the beginning of a name, two words, a phone number written another way, an e-mail address) and prints the
 * import's time and the searches' p50 and p99.
 *
 * <p>Run: {@code ./mvnw -q -pl persistence -am -Pcustomer-search-benchmark -DskipTests verify}
 */
public final class CustomerSearchBenchmark {

    private static final List<String> FIRST = List.of("Olivia", "Amelia", "Isla", "Ava", "Mia", "Freya", "Lily",
            "Grace", "Sophie", "Ella", "Chloe", "Zara", "Aisha", "Maya", "Priya", "Hannah", "Oliver", "George", "Noah",
            "Arthur", "Leo", "Oscar", "Harry", "Jack", "Theo", "Kwame", "Callum", "Rhys", "Finn", "Dev");
    private static final List<String> LAST = List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson",
            "Johnson", "Davies", "Patel", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts",
            "Green", "Hall", "Wood", "Jackson", "Clarke", "Khan", "Hughes", "Edwards", "Murphy", "Chen", "Nguyen");

    private CustomerSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int customers = Integer.getInteger("bench.customers", 10_000);
        int searches = Integer.getInteger("bench.searches", 2_000);
        Path folder = Files.createTempDirectory("customer-search-bench");
        Random random = new Random(12);
        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.systemUTC())) {
            TestChain.setUp(desk);
            Instant now = Instant.now();
            List<CustomerCommand.Register> rows = new ArrayList<>(customers);
            for (int i = 0; i < customers; i++) {
                String first = FIRST.get(random.nextInt(FIRST.size()));
                String last = LAST.get(random.nextInt(LAST.size()));
                rows.add(new CustomerCommand.Register("bench-" + i, new CustomerDetails(first + " " + last,
                        String.format(Locale.ROOT, "07%03d %06d", random.nextInt(1000), i), first.toLowerCase(Locale.ROOT)
                        + "." + last.toLowerCase(Locale.ROOT) + i + "@example.com", "", i % 2 == 0), now));
            }
            long importStart = System.nanoTime();
            desk.customers().importRows(TestChain.ctx(), rows);
            double importMs = (System.nanoTime() - importStart) / 1e6;
            long settleStart = System.nanoTime();
            if (!desk.runtime().projections().awaitPosition(desk.log().headPosition(), java.time.Duration.ofMinutes(10))) {
                throw new IllegalStateException("the read models did not catch up within 10 minutes");
            }
            double settleMs = (System.nanoTime() - settleStart) / 1e6;

            List<String> typed = new ArrayList<>();
            for (int i = 0; i < searches; i++) {
                var r = rows.get(random.nextInt(rows.size())).details();
                String[] name = r.name().split(" ");
                typed.add(switch (i % 5) {
                    case 0 -> name[0].substring(0, 3);
                    case 1 -> name[1].toLowerCase(Locale.ROOT) + " " + name[0].substring(0, 2);
                    case 2 -> "+44 " + r.phone().substring(1);
                    case 3 -> r.phone().substring(0, 7);
                    default -> r.email().substring(0, r.email().indexOf('@'));
                });
            }
            for (String t : typed.subList(0, Math.min(200, typed.size()))) {
                desk.customerQueries().search(t, 12, now);
            }
            long[] nanos = new long[typed.size()];
            long slowest = 0;
            String slowestTyped = "";
            for (int i = 0; i < typed.size(); i++) {
                long start = System.nanoTime();
                desk.customerQueries().search(typed.get(i), 12, now);
                nanos[i] = System.nanoTime() - start;
                if (nanos[i] > slowest) {
                    slowest = nanos[i];
                    slowestTyped = typed.get(i);
                }
            }
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "slowest search: '%s' in %.2f ms%n", slowestTyped, slowest / 1e6);
            System.out.printf(Locale.ROOT, "customers = %d, import in one transaction ms = %.0f, read models caught up ms = %.0f%n",
                    customers, importMs, settleMs);
            System.out.printf(Locale.ROOT, "customer search p50 ms = %.2f%n", nanos[nanos.length / 2] / 1e6);
            System.out.printf(Locale.ROOT, "customer search p99 ms = %.2f%n", nanos[(int) (nanos.length * 0.99)] / 1e6);
        }
    }
}
