package com.salondesk.domain.till;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.shared.DeciderScenario;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A drawer's business day: opened with a float, cash in and out with reasons, closed once with the difference. */
class TillDeciderTest {

    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);
    private static final String TILL = "till-1";

    private final DeciderScenario<TillCommand, Till, TillEvent> till = DeciderScenario.of(new TillDecider());

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static TillCommand.Open open(Money openingFloat) {
        return new TillCommand.Open(TILL, "br-1", "desk-a", DAY, openingFloat, "maria", NOW);
    }

    private static final TillEvent.Opened OPENED =
            new TillEvent.Opened(TILL, "br-1", "desk-a", DAY, eur("150.00"), "maria", NOW);

    @Test
    void a_till_opens_with_a_float_of_zero_or_more() {
        till.given().when(open(eur("150"))).thenEvents(OPENED);
        till.given().when(open(eur("0"))).thenEvents(
                new TillEvent.Opened(TILL, "br-1", "desk-a", DAY, eur("0.00"), "maria", NOW));
        till.given().when(open(eur("-0.01"))).thenRejected("till.float-negative");
    }

    @Test
    void opening_again_the_same_way_records_nothing_twice_but_another_opening_is_refused() {
        till.given(OPENED).when(open(eur("150.00"))).thenNothing();
        till.given(OPENED).when(open(eur("200.00"))).thenRejected("till.already-open");
    }

    @Test
    void cash_goes_in_and_out_with_a_positive_amount_and_a_reason() {
        till.given(OPENED).when(new TillCommand.PutIn(TILL, eur("50"), "  change from the bank ", "maria", NOW))
                .thenEvents(new TillEvent.CashIn(TILL, eur("50.00"), "change from the bank", "maria", NOW));
        till.given(OPENED).when(new TillCommand.TakeOut(TILL, eur("12.50"), "window cleaner", "maria", NOW))
                .thenEvents(new TillEvent.CashOut(TILL, eur("12.50"), "window cleaner", "maria", NOW));
        till.given(OPENED).when(new TillCommand.TakeOut(TILL, eur("0"), "nothing", "maria", NOW))
                .thenRejected("till.amount-not-positive");
        till.given(OPENED).when(new TillCommand.PutIn(TILL, eur("-5"), "bank", "maria", NOW))
                .thenRejected("till.amount-not-positive");
        till.given(OPENED).when(new TillCommand.TakeOut(TILL, eur("5"), "  ", "maria", NOW))
                .thenRejected("till.reason-required");
        till.given(OPENED).when(new TillCommand.TakeOut(TILL, Money.of("5", "GBP"), "bank", "maria", NOW))
                .thenRejected("till.wrong-currency");
    }

    @Test
    void nothing_moves_in_a_till_that_was_never_opened() {
        till.given().when(new TillCommand.PutIn(TILL, eur("5"), "bank", "maria", NOW)).thenRejected("till.not-open");
        till.given().when(new TillCommand.Close(TILL, eur("5"), eur("5"), List.of(), "maria", NOW))
                .thenRejected("till.not-open");
    }

    @Test
    void the_close_records_counted_expected_and_the_difference() {
        till.given(OPENED).when(new TillCommand.Close(TILL, eur("181.50"), eur("182.00"), List.of(), "maria", NOW))
                .thenEvents(new TillEvent.Closed(TILL, eur("181.50"), eur("182.00"), eur("-0.50"), List.of(), "maria",
                        NOW));
        till.given(OPENED).when(new TillCommand.Close(TILL, eur("-1"), eur("182.00"), List.of(), "maria", NOW))
                .thenRejected("till.counted-negative");
    }

    @Test
    void a_count_by_notes_and_coins_must_add_up_to_the_counted_cash() {
        var count = List.of(new DenominationCount(eur("50"), 3), new DenominationCount(eur("0.50"), 3));
        till.given(OPENED).when(new TillCommand.Close(TILL, eur("151.50"), eur("150.00"), count, "maria", NOW))
                .thenEvents(new TillEvent.Closed(TILL, eur("151.50"), eur("150.00"), eur("1.50"), count, "maria", NOW));
        DomainRejection wrong = till.given(OPENED)
                .when(new TillCommand.Close(TILL, eur("150.00"), eur("150.00"), count, "maria", NOW))
                .thenRejected("till.count-does-not-add-up");
        assertThat(wrong.text(Locale.ENGLISH)).isEqualTo("The notes and coins add up to 151.50 EUR, not 150.00 EUR.");
        till.given(OPENED).when(new TillCommand.Close(TILL, eur("0"), eur("150.00"),
                List.of(new DenominationCount(eur("50"), -1)), "maria", NOW)).thenRejected("till.denomination-invalid");
    }

    @Test
    void nothing_happens_after_the_close() {
        var closed = new TillEvent.Closed(TILL, eur("150.00"), eur("150.00"), eur("0.00"), List.of(), "maria", NOW);
        till.given(OPENED, closed).when(new TillCommand.PutIn(TILL, eur("5"), "bank", "maria", NOW))
                .thenRejected("till.closed");
        till.given(OPENED, closed).when(new TillCommand.TakeOut(TILL, eur("5"), "bank", "maria", NOW))
                .thenRejected("till.closed");
        till.given(OPENED, closed).when(new TillCommand.Close(TILL, eur("150"), eur("150"), List.of(), "maria", NOW))
                .thenRejected("till.closed");
        DomainRejection reopen = till.given(OPENED, closed).when(open(eur("150"))).thenRejected("till.closed");
        assertThat(reopen.text(Locale.GERMAN)).startsWith("Der Kassentag ");
    }

    @Test
    void the_state_after_the_close_keeps_the_figures() {
        var closed = new TillEvent.Closed(TILL, eur("149.00"), eur("150.00"), eur("-1.00"), List.of(), "maria", NOW);
        assertThat(new TillDecider().fold(List.of(OPENED, closed)))
                .isEqualTo(new Till.Closed(OPENED, eur("149.00"), eur("150.00"), eur("-1.00")));
    }
}
