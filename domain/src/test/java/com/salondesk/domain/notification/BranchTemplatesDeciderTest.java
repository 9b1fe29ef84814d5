package com.salondesk.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.shared.DeciderScenario;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A branch writes its own words for a message, and may go back to the standard ones. */
class BranchTemplatesDeciderTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final MessageTemplate OWN = new MessageTemplate("See you, {customer}", "At {time} on {date}.");

    private final DeciderScenario<BranchTemplateCommand, BranchTemplates, BranchTemplateEvent> templates =
            DeciderScenario.of(new BranchTemplatesDecider());

    private static BranchTemplateCommand.Change change(MessageTemplate template, String language) {
        return new BranchTemplateCommand.Change("soho", NotificationKind.BOOKING_CONFIRMED, language, template, "maria",
                NOW);
    }

    private static final BranchTemplateEvent.TemplateChanged CHANGED = new BranchTemplateEvent.TemplateChanged("soho",
            NotificationKind.BOOKING_CONFIRMED, "en", OWN.subject(), OWN.body());

    @Test
    void a_branch_writes_its_own_words_and_they_are_used() {
        templates.given().when(change(OWN, "en")).thenEvents(CHANGED);
        templates.given(CHANGED).when(change(OWN, "en")).thenNothing();
        var state = new BranchTemplatesDecider().fold(List.of(CHANGED));
        assertThat(state.templateFor(NotificationKind.BOOKING_CONFIRMED, "en")).isEqualTo(OWN);
        assertThat(state.templateFor(NotificationKind.BOOKING_CONFIRMED, "de").subject()).startsWith("Bestätigt");
    }

    @Test
    void going_back_to_the_standard_words() {
        var reset = new BranchTemplateCommand.Reset("soho", NotificationKind.BOOKING_CONFIRMED, "en", "maria", NOW);
        var resetEvent = new BranchTemplateEvent.TemplateReset("soho", NotificationKind.BOOKING_CONFIRMED, "en");
        templates.given(CHANGED).when(reset).thenEvents(resetEvent);
        templates.given().when(reset).thenNothing();
        assertThat(new BranchTemplatesDecider().fold(List.of(CHANGED, resetEvent))
                .templateFor(NotificationKind.BOOKING_CONFIRMED, "en"))
                .isEqualTo(StandardTemplates.of(NotificationKind.BOOKING_CONFIRMED, "en"));
    }

    @Test
    void a_template_must_say_something_the_desk_can_fill_in() {
        templates.given().when(change(new MessageTemplate(" ", "x"), "en"))
                .thenRejected("notification.template-subject-required");
        templates.given().when(change(new MessageTemplate("x", ""), "en"))
                .thenRejected("notification.template-body-required");
        var refusal = templates.given().when(change(new MessageTemplate("Hi {name}", "x"), "en"))
                .thenRejected("notification.template-unknown-placeholder");
        assertThat(refusal.getMessage()).contains("{name}").contains("{customer}");
        assertThat(templates.given().when(change(OWN, "fr")).thenRejected("notification.unknown-language")
                .text(Locale.GERMAN)).contains("„fr“");
    }

    @Test
    void every_kind_has_standard_words_in_every_language_naming_only_what_can_be_filled_in() {
        for (NotificationKind kind : NotificationKind.values()) {
            for (String language : NotificationLanguage.SUPPORTED) {
                MessageTemplate standard = StandardTemplates.of(kind, language);
                standard.validate();
                assertThat(MessageTemplate.PLACEHOLDERS).containsAll(standard.placeholders());
            }
            assertThat(StandardTemplates.of(kind, "de")).isNotEqualTo(StandardTemplates.of(kind, "en"));
        }
    }
}
