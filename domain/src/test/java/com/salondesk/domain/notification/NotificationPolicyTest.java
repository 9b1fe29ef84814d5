package com.salondesk.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.branch.Address;
import com.salondesk.domain.customer.Customer;
import com.salondesk.domain.customer.CustomerDetails;
import com.salondesk.domain.shared.Money;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who gets which message, in which language and words. */
class NotificationPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final Instant START = Instant.parse("2026-12-04T14:30:00Z");
    private static final String EVENT = "0193f3c2-0000-7000-8000-0000000000aa";

    private static Customer customer(String email, boolean consent) {
        return new Customer.Registered("ada", new CustomerDetails("Ada Lovelace", "", email, "", consent));
    }

    private static MessageFacts facts(ZoneId zone, String currency) {
        return new MessageFacts("0193f3c2-0000-7000-8000-00000000b00c", "soho", "ada", "Ada Lovelace",
                List.of("Cut & finish", "Colour"), "Maya", START, zone, "Soho", "1 Dean St, W1D 3RB London, GB",
                zone.getId().equals("Europe/Berlin") ? "DE" : "GB", Money.of("45.5", currency));
    }

    private static NotificationPolicy.Outcome prepare(NotificationKind kind, Customer customer, String language) {
        return NotificationPolicy.prepare(kind, customer, facts(ZoneId.of("Europe/London"), "GBP"), language,
                BranchTemplates.NONE, EVENT, NOW, NOW);
    }

    @Test
    void a_customer_without_marketing_consent_still_gets_service_messages_never_marketing() {
        var noConsent = customer("ada@example.com", false);
        for (NotificationKind kind : NotificationKind.values()) {
            var outcome = prepare(kind, noConsent, "en");
            if (kind.purpose() == NotificationKind.Purpose.SERVICE) {
                assertThat(outcome).as(kind.name()).isInstanceOf(NotificationPolicy.Outcome.Queue.class);
            } else {
                assertThat(outcome).as(kind.name())
                        .isEqualTo(new NotificationPolicy.Outcome.Skip(NotificationPolicy.SkipReason.NO_MARKETING_CONSENT));
            }
        }
        assertThat(prepare(NotificationKind.RETURN_INVITATION, customer("ada@example.com", true), "en"))
                .isInstanceOf(NotificationPolicy.Outcome.Queue.class);
    }

    @Test
    void no_address_or_no_customer_means_no_message() {
        assertThat(prepare(NotificationKind.BOOKING_CREATED, customer("", true), "en"))
                .isEqualTo(new NotificationPolicy.Outcome.Skip(NotificationPolicy.SkipReason.NO_EMAIL_ADDRESS));
        assertThat(prepare(NotificationKind.BOOKING_CREATED, new Customer.Unknown(), "en"))
                .isEqualTo(new NotificationPolicy.Outcome.Skip(NotificationPolicy.SkipReason.CUSTOMER_UNKNOWN));
    }

    @Test
    void the_message_names_the_booking_in_the_branch_zone_and_the_customer_language() {
        var english = (NotificationPolicy.Outcome.Queue) prepare(NotificationKind.BOOKING_CREATED,
                customer("ada@example.com", false), "en");
        var q = english.command();
        assertThat(q.recipient()).isEqualTo(new Recipient("ada@example.com", "en"));
        assertThat(q.notificationId()).isEqualTo(NotificationDecider.notificationIdFor(EVENT,
                NotificationKind.BOOKING_CREATED));
        assertThat(q.message().subject()).isEqualTo("Your appointment at Soho on Friday, 4 December 2026");
        assertThat(q.message().body()).contains("Hello Ada Lovelace").contains("Cut & finish, Colour with Maya")
                .contains("at 14:30").contains("£45.50").contains("1 Dean St").contains("0000b00c");

        var german = (NotificationPolicy.Outcome.Queue) NotificationPolicy.prepare(NotificationKind.BOOKING_CREATED,
                customer("ada@example.com", false), facts(ZoneId.of("Europe/Berlin"), "EUR"), "de",
                BranchTemplates.NONE, EVENT, NOW, NOW);
        assertThat(german.command().recipient().language()).isEqualTo("de");
        assertThat(german.command().message().subject()).isEqualTo("Ihr Termin bei Soho am Freitag, 4. Dezember 2026");
        assertThat(german.command().message().body()).contains("Hallo Ada Lovelace").contains("um 15:30")
                .contains("45,50").contains("€");
    }

    @Test
    void a_language_without_words_falls_back_to_english() {
        var outcome = (NotificationPolicy.Outcome.Queue) prepare(NotificationKind.BOOKING_CONFIRMED,
                customer("ada@example.com", false), "fr");
        assertThat(outcome.command().recipient().language()).isEqualTo("en");
    }

    @Test
    void the_branch_own_words_win() {
        var own = new BranchTemplatesDecider().fold(List.of(new BranchTemplateEvent.TemplateChanged("soho",
                NotificationKind.BOOKING_CONFIRMED, "en", "See you {date}", "Dear {customer}, {amount}")));
        var outcome = (NotificationPolicy.Outcome.Queue) NotificationPolicy.prepare(NotificationKind.BOOKING_CONFIRMED,
                customer("ada@example.com", false), facts(ZoneId.of("Europe/London"), "GBP"), "en", own, EVENT, NOW, NOW);
        assertThat(outcome.command().message()).isEqualTo(new RenderedMessage("See you Friday, 4 December 2026",
                "Dear Ada Lovelace, £45.50"));
    }

    @Test
    void old_news_is_not_sent() {
        var customer = customer("ada@example.com", true);
        var facts = facts(ZoneId.of("Europe/London"), "GBP");
        var skip = new NotificationPolicy.Outcome.Skip(NotificationPolicy.SkipReason.NO_LONGER_NEWS);
        assertThat(NotificationPolicy.prepare(NotificationKind.BOOKING_CREATED, customer, facts, "en",
                BranchTemplates.NONE, EVENT, NOW.minus(NotificationPolicy.STALE_AFTER).minusSeconds(1), NOW))
                .isEqualTo(skip);
        Instant afterStart = START.plusSeconds(60);
        assertThat(NotificationPolicy.prepare(NotificationKind.BOOKING_CONFIRMED, customer, facts, "en",
                BranchTemplates.NONE, EVENT, afterStart, afterStart)).isEqualTo(skip);
        assertThat(NotificationPolicy.prepare(NotificationKind.PAYMENT_RECEIPT, customer, facts, "en",
                BranchTemplates.NONE, EVENT, afterStart, afterStart))
                .isInstanceOf(NotificationPolicy.Outcome.Queue.class);
    }

    @Test
    void a_branch_in_a_german_speaking_country_writes_german() {
        assertThat(NotificationLanguage.forBranch(new Address("Torstraße 1", "Berlin", "10119", "DE"))).isEqualTo("de");
        assertThat(NotificationLanguage.forBranch(new Address("Graben 1", "Wien", "1010", "Österreich"))).isEqualTo("de");
        assertThat(NotificationLanguage.forBranch(new Address("1 Dean St", "London", "W1D 3RB", "GB"))).isEqualTo("en");
    }
}
