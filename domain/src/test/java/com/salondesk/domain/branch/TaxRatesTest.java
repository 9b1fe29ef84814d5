package com.salondesk.domain.branch;

import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.shared.DeciderScenario;
import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.shared.WeeklyHours;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaxRatesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final BranchEvent.Opened OPENED = new BranchEvent.Opened("soho", "Soho",
            new Address("12 Greek Street", "London", "W1D 4DJ", "GB"), "Europe/London", "GBP",
            WeeklyHours.on(List.of(MONDAY), TimeRange.of("09:00", "18:00")));
    private static final Map<String, BigDecimal> UK = Map.of(TaxRates.SERVICES, new BigDecimal("20"),
            TaxRates.RETAIL, new BigDecimal("20"));

    private final DeciderScenario<BranchCommand, Branch, BranchEvent> branch = DeciderScenario.of(new BranchDecider());

    private static BranchCommand rates(Map<String, BigDecimal> rates) {
        return new BranchCommand.ChangeTaxRates("soho", new TaxRates(rates), NOW);
    }

    @Test
    void a_branch_sets_its_tax_rates_per_kind_of_sale() {
        var changed = new BranchEvent.TaxRatesChanged("soho", UK);
        branch.given(OPENED).when(rates(UK)).thenEvents(changed);
        Branch.Open open = (Branch.Open) new BranchDecider().fold(List.of(OPENED, changed));
        assertThat(open.taxRates().percentFor(TaxRates.RETAIL)).isEqualByComparingTo("20");
        assertThat(open.taxRates().percentFor("tips")).isZero();
    }

    @Test
    void the_same_rates_again_change_nothing_however_written() {
        branch.given(OPENED, new BranchEvent.TaxRatesChanged("soho", UK))
                .when(rates(Map.of(TaxRates.SERVICES, new BigDecimal("20.0"), TaxRates.RETAIL, new BigDecimal("20"))))
                .thenNothing();
    }

    @Test
    void rates_are_between_nought_and_a_hundred_percent_for_a_named_kind() {
        branch.given(OPENED).when(rates(Map.of(TaxRates.SERVICES, new BigDecimal("-1"))))
                .thenRejected("branch.invalid-tax-rate");
        branch.given(OPENED).when(rates(Map.of(TaxRates.SERVICES, new BigDecimal("100.01"))))
                .thenRejected("branch.invalid-tax-rate");
        branch.given(OPENED).when(rates(Map.of(" ", BigDecimal.ONE))).thenRejected("branch.tax-category-required");
        branch.given().when(rates(UK)).thenRejected("branch.not-found");
    }

    @Test
    void a_branch_without_rates_taxes_nothing() {
        Branch.Open open = (Branch.Open) new BranchDecider().fold(List.of(OPENED));
        assertThat(open.taxRates()).isEqualTo(TaxRates.none());
    }
}
