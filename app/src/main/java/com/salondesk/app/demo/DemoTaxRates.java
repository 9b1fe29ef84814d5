package com.salondesk.app.demo;

import com.salondesk.domain.branch.BranchCommand;
import com.salondesk.domain.branch.TaxRates;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The demo branches' tax rates: UK VAT at the standard 20 % on services and retail products (tips untaxed). */
final class DemoTaxRates {

    private DemoTaxRates() {
    }

    static List<BranchCommand.ChangeTaxRates> rates(Instant now) {
        TaxRates vat = new TaxRates(Map.of(TaxRates.SERVICES, BigDecimal.valueOf(20),
                TaxRates.RETAIL, BigDecimal.valueOf(20)));
        return List.of(new BranchCommand.ChangeTaxRates(DemoTeam.SHOREDITCH, vat, now),
                new BranchCommand.ChangeTaxRates(DemoTeam.CLAPHAM, vat, now));
    }
}
