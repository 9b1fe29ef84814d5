package com.salondesk.app.demo;

import com.salondesk.domain.service.ServiceCommand;
import com.salondesk.domain.shared.Money;
import java.time.Instant;
import java.util.List;

/** The demo chain's service menu: twenty services with London high-street durations and prices. */
final class DemoMenu {

    private DemoMenu() {
    }

    static List<ServiceCommand.Add> services(Instant now) {
        return List.of(
                add("womens-cut", "Women's cut & blow-dry", "Cuts", 60, "58.00", now),
                add("mens-cut", "Men's cut", "Cuts", 30, "32.00", now),
                add("childrens-cut", "Children's cut (under 12)", "Cuts", 30, "20.00", now),
                add("restyle", "Restyle consultation & cut", "Cuts", 75, "72.00", now),
                add("blow-dry", "Blow-dry", "Cuts", 45, "35.00", now),
                add("fringe-trim", "Fringe trim", "Cuts", 15, "10.00", now),
                add("root-tint", "Root tint", "Colour", 90, "65.00", now),
                add("full-colour", "Full colour", "Colour", 120, "95.00", now),
                add("half-head-highlights", "Half-head highlights", "Colour", 120, "110.00", now),
                add("full-head-highlights", "Full-head highlights", "Colour", 150, "145.00", now),
                add("balayage", "Balayage", "Colour", 180, "175.00", now),
                add("gloss-toner", "Gloss & toner", "Colour", 30, "30.00", now),
                add("bond-treatment", "Bond-repair treatment", "Treatments", 30, "35.00", now),
                add("keratin-smoothing", "Keratin smoothing", "Treatments", 150, "180.00", now),
                add("scalp-treatment", "Scalp treatment & massage", "Treatments", 45, "40.00", now),
                add("skin-fade", "Skin fade", "Barbering", 45, "30.00", now),
                add("beard-trim", "Beard trim & shape", "Barbering", 20, "18.00", now),
                add("gel-manicure", "Gel manicure", "Nails", 45, "32.00", now),
                add("classic-pedicure", "Classic pedicure", "Nails", 60, "38.00", now),
                add("brow-shape-tint", "Brow shape & tint", "Beauty", 30, "24.00", now));
    }

    private static ServiceCommand.Add add(String id, String name, String category, int minutes, String price,
                                          Instant now) {
        return new ServiceCommand.Add(id, name, category, minutes, Money.of(price, "GBP"), now);
    }
}
