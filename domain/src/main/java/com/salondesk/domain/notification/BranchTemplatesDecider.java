package com.salondesk.domain.notification;

import com.salondesk.domain.shared.Decider;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps a branch's own message templates ({@code notification-templates-<branchId>}): as events, so every desk of
 * the chain writes the branch's messages with the same words.
 */
public final class BranchTemplatesDecider
        implements Decider<BranchTemplateCommand, BranchTemplates, BranchTemplateEvent> {

    public static String streamId(String branchId) {
        return "notification-templates-" + branchId;
    }

    @Override
    public BranchTemplates initialState() {
        return BranchTemplates.NONE;
    }

    @Override
    public List<BranchTemplateEvent> decide(BranchTemplateCommand command, BranchTemplates state) {
        return switch (command) {
            case BranchTemplateCommand.Change c -> {
                NotificationLanguage.require(c.language());
                c.template().validate();
                if (state.own(c.kind(), c.language()).filter(c.template()::equals).isPresent()) {
                    yield List.of();
                }
                yield List.of(new BranchTemplateEvent.TemplateChanged(c.branchId(), c.kind(), c.language(),
                        c.template().subject(), c.template().body()));
            }
            case BranchTemplateCommand.Reset r -> state.own(r.kind(), r.language()).isEmpty()
                    ? List.of()
                    : List.of(new BranchTemplateEvent.TemplateReset(r.branchId(), r.kind(), r.language()));
        };
    }

    /** The command that recorded {@code event}, to decide again on a newer state after a sync conflict. */
    public static BranchTemplateCommand again(BranchTemplateEvent event, String actor, Instant at) {
        return switch (event) {
            case BranchTemplateEvent.TemplateChanged c -> new BranchTemplateCommand.Change(c.branchId(), c.kind(),
                    c.language(), new MessageTemplate(c.subject(), c.body()), actor, at);
            case BranchTemplateEvent.TemplateReset r -> new BranchTemplateCommand.Reset(r.branchId(), r.kind(),
                    r.language(), actor, at);
        };
    }

    @Override
    public BranchTemplates evolve(BranchTemplates state, BranchTemplateEvent event) {
        Map<String, MessageTemplate> overrides = new HashMap<>(state.overrides());
        switch (event) {
            case BranchTemplateEvent.TemplateChanged c -> overrides.put(BranchTemplates.key(c.kind(), c.language()),
                    new MessageTemplate(c.subject(), c.body()));
            case BranchTemplateEvent.TemplateReset r -> overrides.remove(BranchTemplates.key(r.kind(), r.language()));
        }
        return new BranchTemplates(overrides);
    }
}
