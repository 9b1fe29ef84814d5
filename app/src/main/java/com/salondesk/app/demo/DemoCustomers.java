package com.salondesk.app.demo;

import com.salondesk.domain.customer.CustomerDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Made-up customers from a seeded random generator, so every demo folder holds the same people. Phone
 * numbers come from Ofcom's drama range (07700 900000–900999) and e-mail domains are reserved for examples,
 * so no real person is ever contacted.
 */
final class DemoCustomers {

    private static final List<String> FIRST = List.of("Olivia", "Amelia", "Isla", "Ava", "Mia", "Freya", "Lily",
            "Grace", "Sophie", "Ella", "Chloe", "Zara", "Aisha", "Maya", "Priya", "Hannah", "Niamh", "Siobhan",
            "Fatima", "Leah", "Ruby", "Evie", "Poppy", "Imogen", "Harriet", "Oliver", "George", "Noah", "Arthur",
            "Leo", "Oscar", "Harry", "Jack", "Theo", "Mohammed", "Kwame", "Callum", "Rhys", "Finn", "Dev");
    private static final List<String> LAST = List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson",
            "Johnson", "Davies", "Patel", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts",
            "Green", "Hall", "Wood", "Jackson", "Clarke", "Khan", "Hughes", "Edwards", "Murphy", "O'Brien",
            "Kowalski", "Mensah", "Chen", "Nguyen", "Hussain", "Ali", "Campbell", "Stewart", "Morgan", "Price",
            "Fletcher", "Begum", "Adeyemi", "Reid");
    private static final List<String> DOMAINS = List.of("example.com", "example.co.uk", "example.org", "example.net");
    private static final List<String> NOTES = List.of("Patch test needed before any colour.",
            "Prefers a quiet appointment.", "Sensitive scalp.", "Allergic to PPD — use PPD-free colour only.",
            "Usually books with the same stylist.", "Likes a strong coffee on arrival.", "Wheelchair user.",
            "Curly hair: cut dry.");

    private DemoCustomers() {
    }

    static List<CustomerDetails> generate(int count, long seed) {
        Random random = new Random(seed);
        List<CustomerDetails> customers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String first = FIRST.get(random.nextInt(FIRST.size()));
            String last = LAST.get(random.nextInt(LAST.size()));
            String phone = String.format(Locale.ROOT, "07700 900%03d", i % 1000);
            // Some give only a phone number, a few only an e-mail address.
            int contact = random.nextInt(10);
            String email = contact < 2 ? "" : emailOf(first, last, i, random);
            if (contact == 9) {
                phone = "";
            }
            String notes = random.nextInt(6) == 0 ? NOTES.get(random.nextInt(NOTES.size())) : "";
            boolean consent = random.nextInt(10) < 6;
            customers.add(new CustomerDetails(first + " " + last, phone, email, notes, consent));
        }
        return customers;
    }

    private static String emailOf(String first, String last, int i, Random random) {
        String local = (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "");
        return local + (i % 7 == 0 ? "" : String.valueOf(i)) + "@" + DOMAINS.get(random.nextInt(DOMAINS.size()));
    }
}
